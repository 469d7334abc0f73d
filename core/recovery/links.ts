// Keeping the recovery map consistent when accounts change. Pure: callers write what comes back.
import type { Account, Incident, Recovery } from '../model';
import { normaliseLabel } from './phone-label';

/** A recovery with empty lists and duplicates removed, and mailboxes that are not the account itself. */
export function cleanRecovery(accountId: string, recovery: Recovery): Recovery {
  const phones = [...new Set(recovery.phones.map(normaliseLabel).filter(Boolean))];
  const mailboxes = [...new Set(recovery.mailboxes.filter((id) => id !== accountId))];
  const clean: Recovery = { mailboxes, phones };
  if (recovery.secondFactor) clean.secondFactor = recovery.secondFactor;
  if (recovery.lost?.length) clean.lost = recovery.lost;
  return clean;
}

export interface Unlinked {
  accounts: Account[];
  incidents: Incident[];
}

/**
 * When an account is deleted, every account it recovered loses that route, with a dated note of it (the map
 * shows "recovered through X, which you removed"); a leak that named it as a leaked mailbox forgets it.
 * Returns only the records that change.
 */
export function unlinkDeleted(deleted: Account, accounts: readonly Account[], incidents: readonly Incident[], now: number): Unlinked {
  const changedAccounts: Account[] = [];
  for (const account of accounts) {
    const recovery = account.recovery;
    if (account.id === deleted.id || !recovery?.mailboxes.includes(deleted.id)) continue;
    const lost = [...(recovery.lost ?? []), { label: deleted.label, at: now }].slice(-20);
    changedAccounts.push({
      ...account,
      recovery: { ...recovery, mailboxes: recovery.mailboxes.filter((id) => id !== deleted.id), lost },
      updatedAt: now,
    });
  }
  const changedIncidents = incidents
    .filter((incident) => incident.leakedMailboxes?.includes(deleted.id))
    .map((incident) => ({ ...incident, leakedMailboxes: incident.leakedMailboxes!.filter((id) => id !== deleted.id), updatedAt: now }));
  return { accounts: changedAccounts, incidents: changedIncidents };
}

/** Every phone label in use, in the order first met (accounts in list order), for pickers and the plan. */
export function phoneLabels(accounts: readonly Account[]): string[] {
  return [...new Set(accounts.flatMap((account) => account.recovery?.phones ?? []))];
}

/** The user's mailboxes: their email accounts. */
export const mailboxes = (accounts: readonly Account[]) => accounts.filter((account) => account.category === 'email');
