// What the views do to the user's data: each action is one write through the storage module, and returns
// what undo needs.
import type { AccountDraft } from '@/core/accounts';
import type { Account, StepState, StepStatus } from '@/core/model';
import { withNote, withStatus } from '@/core/step-state';
import {
  restore, removeAccount, saveAccount, saveStepState, saveTaskState, updateStepState, updateTaskState, type Snapshot,
} from './storage';

export const newId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 20);

export async function addAccounts(drafts: AccountDraft[], now = Date.now()): Promise<Account[]> {
  // It carries the Public Suffix List: loaded on the click that adds, not with the popup.
  const { createAccount } = await import('@/core/account-drafts');
  const accounts = drafts.map((draft) => createAccount(draft, newId(), now));
  for (const account of accounts) await saveAccount(account);
  return accounts;
}

export async function updateAccount(account: Account, changes: Partial<Account>): Promise<void> {
  await saveAccount({ ...account, ...changes, id: account.id, updatedAt: Date.now() });
}

export async function deleteAccount(id: string): Promise<() => Promise<void>> {
  const taken: Snapshot = await removeAccount(id);
  return () => restore(taken);
}

/** Where a state lives: an account's guide step, or a plan task of its own under an incident. */
export type StateRef = { kind: 'step'; accountId: string; stepId: string } | { kind: 'task'; incidentId: string; taskId: string };

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

export const stepRef = (accountId: string, stepId: string): StateRef => ({ kind: 'step', accountId, stepId });
