// The writers of user data: every change a view or the background makes to stored records, each under the one
// data lock of lib/storage.ts (exclusive), each as one all-or-nothing write. Kept apart from the reads so that
// a view's first paint, which only reads, does not carry them (issue 13); they load with the first action.
import { QUARANTINE_PREFIX, SETTINGS_KEY, keyPrefixes, keys, parseKey } from '@/core/keys';
import { fingerprint, userRecords } from '@/core/backup/records';
import type { ImportPlan } from '@/core/backup/plan';
import type { Account, Evidence, Incident, Settings, StepState } from '@/core/model';
import { checkRecord, keptAsideOrigin, parseKeptAside } from '@/core/state';
import { exclusive } from './storage';

/** One write under the data lock (a whole record the caller just made, or an undo putting one back). */
const write = (set: Record<string, unknown>, remove: string[] = []) => exclusive((held) => held.write(set, remove));

export const saveAccount = (account: Account) => write({ [keys.account(account.id)]: account });
export const saveIncident = (incident: Incident) => write({ [keys.incident(incident.id)]: incident });
export const saveEvidence = (item: Evidence) => write({ [keys.evidence(item.id)]: item });

export function saveStepState(accountId: string, stepId: string, state: StepState | undefined) {
  const key = keys.step(accountId, stepId);
  return state ? write({ [key]: state }) : write({}, [key]);
}

export function saveTaskState(incidentId: string, taskId: string, state: StepState | undefined) {
  const key = keys.task(incidentId, taskId);
  return state ? write({ [key]: state }) : write({}, [key]);
}

/** The fields a form changed; `undefined` removes an optional field. id and updatedAt are set here. */
export type Patch<T> = { [K in keyof T]?: T[K] | undefined };

function applyPatch<T extends { id: string; updatedAt: number }>(current: T, patch: Patch<T>, now: number): T {
  const next = { ...current } as Record<string, unknown>;
  for (const [name, value] of Object.entries(patch)) {
    if (name === 'id' || name === 'updatedAt') continue;
    if (value === undefined) delete next[name];
    else next[name] = value;
  }
  // Later than the copy it replaces even when that copy came from a clock running ahead (clamped on sync).
  next.updatedAt = Math.max(now, current.updatedAt + 1);
  return next as T;
}

/**
 * Read-modify-write of one account: the fields the user changed, applied to the account as stored now (a
 * rename from sync or another view meanwhile stays). Undefined when the account is gone (removed meanwhile).
 */
export function updateAccountFields(id: string, patch: Patch<Account>, now = Date.now()): Promise<Account | undefined> {
  return exclusive(async (held) => {
    const current = (await held.load()).state.accounts.find((account) => account.id === id);
    if (!current) return undefined;
    const next = applyPatch(current, patch, now);
    await held.write({ [keys.account(id)]: next });
    return next;
  });
}

/**
 * Field-level edit of one leak record, onto the record as stored now: a note or a "dealt with" made in another
 * view meanwhile stays. Returns the record before and after, so an undo can put back just these fields.
 */
export function updateIncidentFields(
  id: string,
  patch: Patch<Incident>,
  now = Date.now(),
): Promise<{ before: Incident; after: Incident } | undefined> {
  return exclusive(async (held) => {
    const before = (await held.load()).state.incidents.find((incident) => incident.id === id);
    if (!before) return undefined;
    const after = applyPatch(before, patch, now);
    await held.write({ [keys.incident(id)]: after });
    return { before, after };
  });
}

/** updateAccountFields for several accounts in one write (the leak form's "shares a leaked password" ticks). */
export function updateAccountsFields(patches: Record<string, Patch<Account>>, now = Date.now()): Promise<Account[]> {
  return exclusive(async (held) => {
    const { accounts } = (await held.load()).state;
    const set: Record<string, unknown> = {};
    const written: Account[] = [];
    for (const account of accounts) {
      if (!Object.hasOwn(patches, account.id)) continue;
      const next = applyPatch(account, patches[account.id]!, now);
      set[keys.account(account.id)] = next;
      written.push(next);
    }
    await held.write(set);
    return written;
  });
}

/** Every stored entry that belongs to a record, so that removing it can be undone exactly. */
export type Snapshot = Record<string, unknown>;

function removeMatching(match: (key: string) => boolean): Promise<Snapshot> {
  return exclusive(async (held) => {
    const raw = await held.raw();
    const taken = Object.fromEntries(Object.entries(raw).filter(([key]) => match(key)));
    await held.write({}, Object.keys(taken));
    return taken;
  });
}

export const removeAccount = (id: string) => removeMatching((key) => key === keys.account(id) || key.startsWith(keyPrefixes.stepsOf(id)));

export const removeIncident = (id: string) => removeMatching((key) => key === keys.incident(id) || key.startsWith(keyPrefixes.tasksOf(id)));

export const removeEvidence = (id: string) => removeMatching((key) => key === keys.evidence(id));

/** Discards one kept-aside value; returns what it held, for undo (restore). */
export const removeQuarantined = (key: string): Promise<Snapshot> =>
  key.startsWith(QUARANTINE_PREFIX) ? removeMatching((stored) => stored === key) : Promise.reject(new Error(`Not kept aside: ${key}`));

/**
 * Puts a kept-aside value back where it came from, when it fits and nothing is there now. An account comes
 * back with the step progress kept aside with it (same time), and as changed now, so that a deletion from
 * another browser does not remove it again. Returns the keys written; nothing when it cannot be restored.
 */
export function restoreKeptAside(key: string, now = Date.now()): Promise<string[]> {
  return exclusive(async (held) => {
    const raw = await held.snapshot();
    if (!key.startsWith(QUARANTINE_PREFIX) || !Object.hasOwn(raw, key)) return [];
    const at = key.slice(QUARANTINE_PREFIX.length).split(':')[0];
    const origin = keptAsideOrigin(key);
    const parsed = parseKey(origin);
    const together = [key];
    if (parsed?.kind === 'account') {
      const steps = `${QUARANTINE_PREFIX}${at}:${keyPrefixes.stepsOf(parsed.ids[0]!)}`;
      together.push(...Object.keys(raw).filter((other) => other.startsWith(steps)));
    }
    const set: Record<string, unknown> = {};
    const removed: string[] = [];
    for (const entry of together) {
      const target = keptAsideOrigin(entry);
      let value = parseKeptAside(entry, raw[entry]).raw;
      if (parseKey(target)?.kind === 'account' && value && typeof value === 'object') {
        const updatedAt = (value as { updatedAt?: unknown }).updatedAt;
        value = { ...value, updatedAt: Math.max(now, typeof updatedAt === 'number' ? updatedAt + 1 : 0) };
      }
      if (Object.hasOwn(raw, target) || checkRecord(target, value) !== undefined) continue;
      set[target] = value;
      removed.push(entry);
    }
    if (!removed.includes(key)) return [];
    await held.write(set, removed);
    return Object.keys(set);
  });
}

/** Puts back what a remove took away (undo). */
export const restore = (snapshot: Snapshot) => write(snapshot);

export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  return exclusive(async (held) => {
    const next = change((await held.load()).state.settings);
    await held.write({ [SETTINGS_KEY]: next });
    return next;
  });
}

/** The stored records changed between the preview and the confirmation: the plan must be made again. */
export class StaleImportError extends Error {
  constructor() {
    super('import-stale');
  }
}

/**
 * Writes a planned import (core/backup planImport) in one set and one remove: the set first, so a full
 * disk fails before anything is removed. It refuses if the records are no longer those the user saw the
 * preview of, and it can only touch user records, never quarantined values or bookkeeping keys.
 */
export function applyImport(plan: Pick<ImportPlan, 'set' | 'remove' | 'base'>): Promise<void> {
  // Kept-aside values from the file are only ever added; everything else it writes or removes is a user record.
  const isAside = (key: string) => key.startsWith(QUARANTINE_PREFIX);
  const wrong =
    Object.keys(plan.set).some((key) => parseKey(key) === undefined && !isAside(key)) ||
    plan.remove.some((key) => parseKey(key) === undefined);
  if (wrong) return Promise.reject(new Error('An import writes user records only'));
  return exclusive(async (held) => {
    const raw = await held.snapshot();
    if (fingerprint(userRecords(raw)) !== plan.base) throw new StaleImportError();
    const set = Object.fromEntries(Object.entries(plan.set).filter(([key]) => !isAside(key) || !Object.hasOwn(raw, key)));
    await held.write(set, plan.remove);
  });
}

/**
 * Read-modify-write of one step's state under its own lock, for writers that keep part of what is there
 * (a snooze keeps the note). `change` returns undefined to clear the state.
 */
export const updateStepState = (accountId: string, stepId: string, change: StateChange) => updateStateAt('step', accountId, stepId, change);

export const updateTaskState = (incidentId: string, taskId: string, change: StateChange) =>
  updateStateAt('task', incidentId, taskId, change);

type StateChange = (current: StepState | undefined) => StepState | undefined;

function updateStateAt(kind: 'step' | 'task', owner: string, item: string, change: StateChange): Promise<StepState | undefined> {
  const key = kind === 'step' ? keys.step(owner, item) : keys.task(owner, item);
  return exclusive(async (held) => {
    const { state } = await held.load();
    const states = kind === 'step' ? state.steps : state.tasks;
    const current = Object.hasOwn(states, owner) && Object.hasOwn(states[owner]!, item) ? states[owner]![item] : undefined;
    const next = change(current);
    await (next ? held.write({ [key]: next }) : held.write({}, [key]));
    return next;
  });
}
