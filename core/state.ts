// Turns the raw contents of storage into the typed state, keeping a list of what did not parse.
import * as z from 'zod/mini';
import { QUARANTINE_PREFIX, parseKey } from './keys';
import { AccountSchema, EvidenceSchema, IncidentSchema, SettingsSchema, StepStateSchema, emptyState, type AppState } from './model';

export interface InvalidRecord {
  key: string;
  error: string;
}

/** A value kept aside under quarantine:<at>:<key>: what was stored, why it did not fit, and when. */
export interface QuarantinedValue {
  key: string;
  raw: unknown;
  error: string;
  at: number;
}

const KeptAsideSchema = z.object({ raw: z.unknown(), error: z.string(), at: z.number() });

/** The key a kept-aside value came from: quarantine:<at>:<key> -> <key>. */
export function keptAsideOrigin(key: string): string {
  const rest = key.startsWith(QUARANTINE_PREFIX) ? key.slice(QUARANTINE_PREFIX.length) : key;
  const colon = rest.indexOf(':');
  return colon < 0 ? rest : rest.slice(colon + 1);
}

/** A kept-aside entry that is itself malformed is still shown (whole, as its raw value), never dropped. */
export function parseKeptAside(key: string, value: unknown): QuarantinedValue {
  const parsed = KeptAsideSchema.safeParse(value);
  return parsed.success
    ? { key, raw: parsed.data.raw, error: parsed.data.error, at: parsed.data.at }
    : { key, raw: value, error: 'unreadable', at: 0 };
}

/** The schema each kind of record must fit (the backup import reports against the same ones). */
export const SCHEMAS = {
  settings: SettingsSchema,
  account: AccountSchema,
  step: StepStateSchema,
  incident: IncidentSchema,
  task: StepStateSchema,
  evidence: EvidenceSchema,
} as const;

// A read checks every record twice over: the upgrade plan first (core/migrations), then parseState. Both get
// the same stored objects, so the verdict is remembered per object and key: each record is parsed once per
// read, whatever the number of records (issue 13). Stored values are never mutated in place.
const verdicts = new WeakMap<object, Map<string, string | undefined>>();

/** Checks one raw value against the schema its key calls for; an error message when it does not fit. */
export function checkRecord(key: string, value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return check(key, value);
  let known = verdicts.get(value);
  if (!known) verdicts.set(value, (known = new Map()));
  if (!known.has(key)) known.set(key, check(key, value));
  return known.get(key);
}

function check(key: string, value: unknown): string | undefined {
  const parsed = parseKey(key);
  if (!parsed) return undefined;
  const result = SCHEMAS[parsed.kind].safeParse(value);
  if (!result.success) {
    return result.error.issues.map((issue) => `${issue.path.join('.') || '(value)'}: ${issue.message}`).join('; ');
  }
  const recordId = (result.data as { id?: unknown }).id;
  if (recordId !== undefined && recordId !== parsed.ids[0]) return `id: "${String(recordId)}" does not match the key`;
  return undefined;
}

export function parseState(raw: Record<string, unknown>): { state: AppState; invalid: InvalidRecord[] } {
  const state = emptyState();
  const invalid: InvalidRecord[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const parsed = parseKey(key);
    if (!parsed) continue;
    const error = checkRecord(key, value);
    if (error) invalid.push({ key, error });
    else place(state, parsed.kind, parsed.ids, value);
  }
  state.accounts.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  state.incidents.sort((a, b) => b.discoveredAt - a.discoveredAt || a.id.localeCompare(b.id));
  state.evidence.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  return { state, invalid };
}

function place(state: AppState, kind: keyof typeof SCHEMAS, [first = '', second = '']: string[], data: unknown) {
  switch (kind) {
    case 'settings':
      state.settings = data as AppState['settings'];
      break;
    case 'account':
      state.accounts.push(data as AppState['accounts'][number]);
      break;
    case 'step':
      setOwn(ownBucket(state.steps, first), second, data);
      break;
    case 'incident':
      state.incidents.push(data as AppState['incidents'][number]);
      break;
    case 'task':
      setOwn(ownBucket(state.tasks, first), second, data);
      break;
    case 'evidence':
      state.evidence.push(data as AppState['evidence'][number]);
      break;
  }
}

/**
 * Ids may be any [A-Za-z0-9_-]+, so an id can be "valueOf" or "__proto__": `map[id] ??= {}` would then find
 * Object.prototype's member (or set the prototype) instead of the record's own entry, and lose the record.
 */
function setOwn(map: object, key: string, value: unknown) {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

function ownBucket(map: Record<string, Record<string, unknown>>, key: string): Record<string, unknown> {
  if (!Object.hasOwn(map, key)) setOwn(map, key, {});
  return map[key]!;
}
