// What the views do to the user's data: each action is one write through the storage module, and returns
// what undo needs.
import type { AccountDraft } from '@/core/accounts';
import { createAccount } from '@/core/accounts';
import type { Account, StepState, StepStatus } from '@/core/model';
import { restore, removeAccount, saveAccount, saveStepState, type Snapshot } from './storage';

export const newId = () => crypto.randomUUID().replaceAll('-', '').slice(0, 20);

export async function addAccounts(drafts: AccountDraft[], now = Date.now()): Promise<Account[]> {
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

/** Sets a step's state and returns the undo, which puts the previous state (or none) back. */
export async function setStepState(
  accountId: string,
  stepId: string,
  previous: StepState | undefined,
  status: StepStatus,
  extra: { until?: number; note?: string } = {},
): Promise<() => Promise<void>> {
  const next: StepState = { status, at: Date.now() };
  if (extra.until !== undefined) next.until = extra.until;
  const note = extra.note ?? previous?.note;
  if (note) next.note = note;
  await saveStepState(accountId, stepId, status === 'pending' && !note ? undefined : next);
  return () => saveStepState(accountId, stepId, previous);
}

export async function setStepNote(accountId: string, stepId: string, previous: StepState | undefined, note: string) {
  const base: StepState = previous ?? { status: 'pending', at: Date.now() };
  const next: StepState = { ...base };
  if (note.trim()) next.note = note.trim();
  else delete next.note;
  await saveStepState(accountId, stepId, next);
  return () => saveStepState(accountId, stepId, previous);
}
