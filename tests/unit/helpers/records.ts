// Stored records that many unit tests start from, so that each test names only what it changes.
import type { Account } from '@/core/model';

/** The fixed "now" of the unit tests (2025-11-24), for records whose times do not follow the real clock. */
export const NOW = 1_764_000_000_000;

/** A critical Google mail account labelled "Mail <id>", with a password of its own, created at NOW, unless `changes` say otherwise. */
export const mailAccount = (id: string, changes: Partial<Account> = {}): Account => ({
  id,
  siteId: 'google',
  label: `Mail ${id}`,
  category: 'email',
  tier: 'critical',
  sharedPassword: false,
  createdAt: NOW,
  updatedAt: NOW,
  ...changes,
});

/** The one account of a person's stored data (a1, "Personal mail"), as the migration and account tests use it. */
export const personalMail: Account = mailAccount('a1', { label: 'Personal mail' });
