// What the views do to the user's data: each action is one write through the storage module, and returns
// what undo needs.
import type { AccountDraft } from '@/core/accounts';
import type { Account, StepState, StepStatus } from '@/core/model';
import { withNote, withStatus } from '@/core/step-state';
import type { StateRef } from '@/core/state-ref';
import { keys } from '@/core/keys';
import { loadState } from './storage';
import {
  restore,
  removeAccount,
  saveAccount,
  saveIncident,
  saveStepState,
  saveTaskState,
  updateAccountFields,
  updateStepState,
  updateTaskState,
  type Snapshot,
} from './storage-writes';

export const newId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 20);

export async function addAccounts(drafts: AccountDraft[], now = Date.now()): Promise<Account[]> {
  // It carries the Public Suffix List: loaded on the click that adds, not with the popup.
  const { createAccount } = await import('@/core/account-drafts');
  const accounts = drafts.map((draft) => createAccount(draft, newId(), now));
  for (const account of accounts) await saveAccount(account);
  return accounts;
}

/** Writes only `changes` onto the account as stored now (never the view's older copy of the rest). */
export async function updateAccount(account: Account, changes: Partial<Account>): Promise<void> {
  await updateAccountFields(account.id, changes);
}

/** Removes the account and its step states, and its place in the recovery map of the others (undo puts all back). */
export async function deleteAccount(id: string): Promise<() => Promise<void>> {
  // The recovery map's code (and the secret check it carries) loads with a deletion, not with the popup.
  const [{ state }, { unlinkDeleted }] = await Promise.all([loadState(), import('@/core/recovery/links')]);
  const deleted = state.accounts.find((account) => account.id === id);
  const unlinked = deleted ? unlinkDeleted(deleted, state.accounts, state.incidents, Date.now()) : { accounts: [], incidents: [] };
  const before: Snapshot = {};
  for (const account of unlinked.accounts) before[keys.account(account.id)] = state.accounts.find((a) => a.id === account.id);
  for (const incident of unlinked.incidents) before[keys.incident(incident.id)] = state.incidents.find((i) => i.id === incident.id);
  const taken: Snapshot = await removeAccount(id);
  for (const account of unlinked.accounts) await saveAccount(account);
  for (const incident of unlinked.incidents) await saveIncident(incident);
  return () => restore({ ...taken, ...before });
}

/** Where a state lives (its one home is core/state-ref.ts). */
export type { StateRef };
export { stepRef } from '@/core/state-ref';

export type Undo = () => Promise<void>;

/**
 * Changes one state under its record's lock (a snooze from the background may land at the same moment) and
 * returns the undo, which puts back exactly what the change replaced.
 */
export async function changeState(ref: StateRef, change: (current: StepState | undefined) => StepState | undefined): Promise<Undo> {
  let previous: StepState | undefined;
  const remember = (current: StepState | undefined) => {
    previous = current;
    return change(current);
  };
  if (ref.kind === 'step') {
    await updateStepState(ref.accountId, ref.stepId, remember);
    return () => saveStepState(ref.accountId, ref.stepId, previous);
  }
  await updateTaskState(ref.incidentId, ref.taskId, remember);
  return () => saveTaskState(ref.incidentId, ref.taskId, previous);
}

export const setStatus = (ref: StateRef, status: StepStatus, until?: number) =>
  changeState(ref, (current) => withStatus(current, status, Date.now(), until));

export const setNote = (ref: StateRef, note: string) => changeState(ref, (current) => withNote(current, note, Date.now()));
