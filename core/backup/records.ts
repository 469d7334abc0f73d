// The user's records as storage holds them (one per key), built from the parsed state, and a stable text
// form of them, so that two snapshots can be compared whatever order their keys came in.
import { SETTINGS_KEY, keys, parseKey } from '../keys';
import type { AppState } from '../model';
import type { Records } from './format';

export function stateToRecords(state: AppState): Records {
  const records: Records = { [SETTINGS_KEY]: state.settings };
  for (const account of state.accounts) records[keys.account(account.id)] = account;
  for (const [accountId, steps] of Object.entries(state.steps)) {
    for (const [stepId, step] of Object.entries(steps)) records[keys.step(accountId, stepId)] = step;
  }
  for (const incident of state.incidents) records[keys.incident(incident.id)] = incident;
  for (const [incidentId, tasks] of Object.entries(state.tasks)) {
    for (const [taskId, task] of Object.entries(tasks)) records[keys.task(incidentId, taskId)] = task;
  }
  for (const item of state.evidence) records[keys.evidence(item.id)] = item;
  return records;
}

/** Only the entries that are user records: never quarantine, schema or background bookkeeping keys. */
export function userRecords(raw: Records): Records {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => parseKey(key) !== undefined));
}

/** JSON with object keys sorted at every level: equal data gives equal text. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(inner).sort()) sorted[name] = (inner as Record<string, unknown>)[name];
    return sorted;
  });
}

export const sameRecord = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);

/** What an import plan was computed against; applying it to anything else would overwrite unseen changes. */
export const fingerprint = (records: Records) => stableStringify(records);
