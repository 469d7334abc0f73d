// What an import will do, worked out before anything is written: the writes, and a preview of them that
// the user confirms. Only user records are ever changed or removed; kept-aside values from the file are only
// ever added (never replacing one), and bookkeeping keys are never touched.
import { QUARANTINE_PREFIX, parseKey, type RecordKind } from '../keys';
import { RECORD_KINDS, type Records } from './format';
import { fingerprint, sameRecord } from './records';
import { FUTURE_SKEW_MS } from './time';

/** replace: storage ends up holding exactly the backup's records. merge: the newer copy of each record wins. */
export type ImportMode = 'replace' | 'merge';

export interface KindChanges {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

export type ImportPreview = Record<RecordKind, KindChanges>;

export interface ImportPlan {
  mode: ImportMode;
  set: Records;
  remove: string[];
  preview: ImportPreview;
  /** The records the plan was computed against (see fingerprint). */
  base: string;
  /** Kept-aside values from the file that are not here yet: added (in `set`), never replacing or removing any. */
  keptAside: string[];
  /** Future-dated times in the file that were brought back to now (core/backup/time.ts). */
  clamped: number;
}

export interface PlanOptions {
  /** The file's kept-aside values, by quarantine: key. */
  keptAside?: Records;
  /** The kept-aside keys already stored here. */
  keptAsideHere?: readonly string[];
  /** Future-dated times the parse clamped, to show in the preview. */
  clamped?: number;
  /** This device's time: in a merge, a stored record dated past it counts as changed now, not in the future. */
  now?: number;
}

/** When a record last changed: records carry updatedAt; step and task states carry the time they were set. */
function changedAt(value: unknown): number {
  const record = value as { updatedAt?: number; at?: number };
  return record.updatedAt ?? record.at ?? 0;
}

export function planImport(current: Records, incoming: Records, mode: ImportMode, options: PlanOptions = {}): ImportPlan {
  const preview = Object.fromEntries(
    RECORD_KINDS.map((kind): [RecordKind, KindChanges] => [kind, { added: [], changed: [], removed: [], unchanged: 0 }]),
  ) as unknown as ImportPreview;
  const set: Records = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(incoming)) {
    const kind = parseKey(key)?.kind;
    if (!kind) throw new Error(`Not a user record: ${key}`);
    const changes = preview[kind];
    if (!Object.hasOwn(current, key)) {
      changes.added.push(key);
      set[key] = value;
    } else if (sameRecord(current[key], value) || (mode === 'merge' && !takesIncoming(kind, current[key], value, options.now))) {
      changes.unchanged++;
    } else {
      changes.changed.push(key);
      set[key] = value;
    }
  }
  if (mode === 'replace') {
    for (const key of Object.keys(current)) {
      const kind = parseKey(key)?.kind;
      if (!kind || Object.hasOwn(incoming, key)) continue;
      preview[kind].removed.push(key);
      remove.push(key);
    }
  }
  const present = new Set(options.keptAsideHere ?? []);
  const addedAside: string[] = [];
  for (const [key, value] of Object.entries(options.keptAside ?? {})) {
    if (!key.startsWith(QUARANTINE_PREFIX) || present.has(key)) continue;
    set[key] = value;
    addedAside.push(key);
  }
  return { mode, set, remove, preview, base: fingerprint(current), keptAside: addedAside, clamped: options.clamped ?? 0 };
}

/**
 * In a merge, settings this device saved stay (settings it never saved come from the backup: see the
 * `added` branch); any other record is replaced only by a strictly newer copy.
 */
function takesIncoming(kind: RecordKind, mine: unknown, theirs: unknown, now = Infinity): boolean {
  if (kind === 'settings') return false;
  // A stored record dated in the future must not win every merge: it counts as changed at most "now".
  return changedAt(theirs) > Math.min(changedAt(mine), now + FUTURE_SKEW_MS);
}

export function previewIsEmpty(preview: ImportPreview): boolean {
  return RECORD_KINDS.every((kind) => {
    const changes = preview[kind];
    return !changes.added.length && !changes.changed.length && !changes.removed.length;
  });
}
