// One storage key per record, so that two views writing different records never overwrite each other.
export const SCHEMA_KEY = 'schema';
export const SETTINGS_KEY = 'settings';
export const QUARANTINE_PREFIX = 'quarantine:';

export const keys = {
  account: (id: string) => `account:${id}`,
  step: (accountId: string, stepId: string) => `step:${accountId}:${stepId}`,
  incident: (id: string) => `incident:${id}`,
  task: (incidentId: string, taskId: string) => `task:${incidentId}:${taskId}`,
  evidence: (id: string) => `evidence:${id}`,
  // The time makes each set-aside value its own key: a second bad value never overwrites the first.
  quarantine: (key: string, at: number) => `${QUARANTINE_PREFIX}${at}:${key}`,
};

export type RecordKind = 'settings' | 'account' | 'step' | 'incident' | 'task' | 'evidence';

/** Which kind of record a key holds, and the ids in it; undefined for keys that are not user records. */
export function parseKey(key: string): { kind: RecordKind; ids: string[] } | undefined {
  if (key === SETTINGS_KEY) return { kind: 'settings', ids: [] };
  const [kind = '', ...ids] = key.split(':');
  const arity: Record<string, number> = { account: 1, step: 2, incident: 1, task: 2, evidence: 1 };
  if (!Object.hasOwn(arity, kind) || ids.length !== arity[kind] || ids.some((part) => part === '')) return undefined;
  return { kind: kind as RecordKind, ids };
}
