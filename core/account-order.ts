// The order of a user's accounts, most important first: the account list, the side panel's picker and the
// ranks of every step (core/guide.ts, core/priority.ts). Its own module: the side panel's picker needs it
// before its first paint, and nothing else of the guides.
import type { Account, Category } from './model';

const TIER_ORDER = { critical: 0, important: 1, other: 2 } as const;
// Email resets everything else, so it comes first; then where the money is.
const CATEGORY_ORDER: Partial<Record<Category, number>> = { email: 0, banking: 1, payment: 2, telecom: 3 };

export const accountRank = (account: Account) => [
  TIER_ORDER[account.tier],
  account.sharedPassword ? 0 : 1,
  CATEGORY_ORDER[account.category] ?? 9,
];

/** Compares two ranks, element by element: the lower comes first. */
export function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Accounts by tier, then those sharing a leaked password, then by category risk. */
export function sortAccounts(accounts: readonly Account[]): Account[] {
  return [...accounts].sort((a, b) => compareRanks(accountRank(a), accountRank(b)) || a.label.localeCompare(b.label));
}
