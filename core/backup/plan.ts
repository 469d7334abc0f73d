// What an import will do, worked out before anything is written: the writes, and a preview of them that
// the user confirms. Only user records are ever touched (never quarantined values or bookkeeping keys).
import { parseKey, type RecordKind } from '../keys';
import { RECORD_KINDS, type Records } from './format';
import { fingerprint, sameRecord } from './records';

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
}

/** When a record last changed: records carry updatedAt; step and task states carry the time they were set. */
function changedAt(value: unknown): number {
  const record = value as { updatedAt?: number; at?: number };
  return record.updatedAt ?? record.at ?? 0;
}

export function planImport(current: Records, incoming: Records, mode: ImportMode): ImportPlan {
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
    } else if (sameRecord(current[key], value) || (mode === 'merge' && !takesIncoming(kind, current[key], value))) {
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
  return { mode, set, remove, preview, base: fingerprint(current) };
}

/**
 * In a merge, settings this device saved stay (settings it never saved come from the backup: see the
 * `added` branch); any other record is replaced only by a strictly newer copy.
 */
function takesIncoming(kind: RecordKind, mine: unknown, theirs: unknown): boolean {
  if (kind === 'settings') return false;
  return changedAt(theirs) > changedAt(mine);
}

export function previewIsEmpty(preview: ImportPreview): boolean {
  return RECORD_KINDS.every((kind) => {
    const changes = preview[kind];
    return !changes.added.length && !changes.changed.length && !changes.removed.length;
  });
}
