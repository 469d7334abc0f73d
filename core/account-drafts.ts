// Checking a draft and making the account record from it. Their own module because a custom site is known by
// its registrable domain, which takes the Public Suffix List (core/domains.ts, about 100 kB gzip): the popup
// loads this only when the user adds an account (lib/actions.ts), never with its first paint.
import type { AccountDraft, DraftError } from './accounts';
import { registrableDomain } from './domains';
import type { Account } from './model';

/** The site an account stands for, as a comparable value: a catalogue id or a registrable domain. */
export function accountSiteKey(account: Pick<Account, 'siteId' | 'customDomain'>): string {
  if (account.siteId) return `site:${account.siteId}`;
  return `domain:${registrableDomain(account.customDomain ?? '') ?? account.customDomain ?? ''}`;
}

/**
 * Everything wrong with a draft, so the form can say it all at once. Two accounts on one site are fine
 * (personal and work mail) as long as their labels differ.
 */
export function checkDraft(draft: AccountDraft, existing: readonly Account[], editingId?: string): DraftError[] {
  const errors: DraftError[] = [];
  const label = draft.label.trim();
  if (!label) errors.push('label-empty');
  if (label.length > 100) errors.push('label-too-long');
  if (!draft.siteId) {
    if (!draft.customName?.trim()) errors.push('name-empty');
    if (!registrableDomain(draft.customDomain ?? '')) errors.push('domain-invalid');
  }
  const key = accountSiteKey(draft);
  const duplicate = existing.some(
    (account) => account.id !== editingId && accountSiteKey(account) === key && account.label.trim().toLowerCase() === label.toLowerCase(),
  );
  if (label && duplicate) errors.push('duplicate');
  return errors;
}

export function createAccount(draft: AccountDraft, id: string, now: number): Account {
  const account: Account = {
    id,
    label: draft.label.trim(),
    category: draft.category,
    tier: draft.tier,
    sharedPassword: draft.sharedPassword,
    createdAt: now,
    updatedAt: now,
  };
  if (draft.siteId) account.siteId = draft.siteId;
  else {
    account.customName = draft.customName?.trim();
    account.customDomain = registrableDomain(draft.customDomain ?? '') ?? draft.customDomain?.trim();
  }
  return account;
}
