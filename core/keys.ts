// Every storage key the extension uses, in one place (issue 17): the rest of the code imports these and writes
// no key-shaped literal of its own (tests/unit/conventions/storage-keys.test.ts checks it).
//
// One storage key per record, so that two views writing different records never overwrite each other.
//
// | key                            | area    | written by                         | exported | synced | migrated |
// | ------------------------------ | ------- | ---------------------------------- | -------- | ------ | -------- |
// | schema                         | local   | lib/storage.ts (upgrade)           | no (1)   | no     | it is the version |
// | settings                       | local   | lib/storage.ts (views)             | yes      | no (2) | yes      |
// | account:<id>                   | local   | lib/storage.ts (views, lib/sync)   | yes      | yes (3)| yes      |
// | step:<account>:<step>          | local   | lib/storage.ts (views, background) | yes      | no     | yes      |
// | incident:<id>                  | local   | lib/storage.ts (views)             | yes      | no     | yes      |
// | task:<incident>:<task>         | local   | lib/storage.ts (views, background) | yes      | no     | yes      |
// | evidence:<id>                  | local   | lib/storage.ts (views)             | yes      | no     | yes      |
// | quarantine:<at>:<key>          | local   | lib/storage.ts (upgrade, lib/sync) | yes (4)  | no     | no       |
// | reminder-log                   | local   | background (entrypoints/background)| no       | no     | no (5)   |
// | sync-meta                      | local   | lib/sync.ts (background)           | no       | no     | no (5)   |
// | acct:<id>                      | sync    | lib/sync.ts (background)           | no       | it is the synced copy | no (6) |
// | panelAccount                   | session | lib/storage.ts (popup, side panel) | no       | no     | no       |
// | revision                       | session | lib/storage.ts (every data write)  | no       | no     | no       |
// | popupView                      | session | lib/storage.ts (background)        | no       | no     | no (7)   |
//
// (1) a backup carries its schema version in its header instead. (2) only the "sync the account list" switch
// in it decides whether accounts travel. (3) through acct:<id>, a slimmer copy (core/sync.ts). (4) shown to
// the user, who restores, exports or discards each one; a backup carries them under keptAside. (5) bookkeeping parsed leniently on read: what does not parse
// falls back to "nothing sent yet" / "not synced yet". (6) versioned by its own shape (core/sync.ts).
// (7) carries its own version and the revision it was made from (core/popup-view.ts); one that does not parse or
// is not current is not used, and the background makes a new one.

/** local: the schema version the stored records are at (core/migrations). */
export const SCHEMA_KEY = 'schema';
/** local: the user's settings. */
export const SETTINGS_KEY = 'settings';
/** local: a value that did not fit its schema, set aside with the time and the key it came from. */
export const QUARANTINE_PREFIX = 'quarantine:';
/** local: the reminders already shown (core/reminders/log.ts), written by the background only. */
export const REMINDER_LOG_KEY = 'reminder-log';
/** local: what was last agreed with the sync area, and how the last sync run went (lib/sync.ts). */
export const SYNC_META_KEY = 'sync-meta';
/** sync: one item per synced account (core/sync.ts). */
export const SYNC_PREFIX = 'acct:';
/** session: the account the side panel shows when it cannot follow the active tab (a view preference). */
export const PANEL_ACCOUNT_KEY = 'panelAccount';
/** session: a new value before every write of user data, so a view computed from older data can tell. */
export const REVISION_KEY = 'revision';
/** session: the popup's first screen, ready-made by the background (core/popup-view.ts). */
export const POPUP_VIEW_KEY = 'popupView';
/**
 * Not a key: the global under which entrypoints/popup-read.ts leaves its read of POPUP_VIEW_KEY and REVISION_KEY,
 * started before the popup's modules load, for lib/popup-start.ts to take.
 */
export const EARLY_POPUP_READ = 'afterleakPopupRead';
export type EarlyPopupRead = { [EARLY_POPUP_READ]?: Promise<Record<string, unknown>> };

export const keys = {
  account: (id: string) => `account:${id}`,
  step: (accountId: string, stepId: string) => `step:${accountId}:${stepId}`,
  incident: (id: string) => `incident:${id}`,
  task: (incidentId: string, taskId: string) => `task:${incidentId}:${taskId}`,
  evidence: (id: string) => `evidence:${id}`,
  // The time makes each set-aside value its own key: a second bad value never overwrites the first.
  quarantine: (key: string, at: number) => `${QUARANTINE_PREFIX}${at}:${key}`,
  /** sync area */
  syncAccount: (id: string) => `${SYNC_PREFIX}${id}`,
};

/** Prefixes that select every record of one owner (an account's steps, an incident's tasks) or of one kind. */
export const keyPrefixes = {
  accounts: 'account:',
  stepsOf: (accountId: string) => `step:${accountId}:`,
  tasksOf: (incidentId: string) => `task:${incidentId}:`,
};

/** @wxt-dev/storage names a key together with its area ("local:settings", "session:panelAccount"). */
export const inArea = {
  local: (key: string) => `local:${key}` as const,
  session: (key: string) => `session:${key}` as const,
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
