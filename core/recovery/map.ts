// The recovery map: the user's mailboxes and phone labels (the routes that can reset an account) with the
// accounts hanging off each, every account's state, and what needs pointing out (a mailbox that resets
// many money accounts, a cycle of mailboxes resetting each other, an account left with no way back).
// Pure; the picture and the list in components/recovery draw the same value.
import { buildGuide, guideProgress, type Catalogue } from '../guide';
import type { Account, AppState } from '../model';

export type Route = { kind: 'mailbox'; accountId: string } | { kind: 'phone'; label: string };
/** Secured: every guide step closed. Open: steps left. Leaked: shares a leaked password (worst first). */
export type AccountStatus = 'leaked-password' | 'open' | 'secured';

export interface MapAccount {
  account: Account;
  status: AccountStatus;
  openSteps: number;
}

export interface Hub {
  /** Stable: "phone:<label>" or "mailbox:<accountId>". */
  key: string;
  route: Route;
  /** The phone label, or the mailbox account's label. */
  label: string;
  /** The mailbox account itself (for a mailbox hub): it has a state of its own. */
  self?: MapAccount;
  dependents: MapAccount[];
  /** Banking and payment accounts among the dependents. */
  money: number;
  /** Resets several money accounts: the first to harden. */
  hardenFirst: boolean;
}

export interface LostRoute {
  account: Account;
  label: string;
  at: number;
}

export interface RecoveryMap {
  hubs: Hub[];
  /** Accounts the user has said nothing about yet. */
  unmapped: MapAccount[];
  /** Accounts whose recovery the user filled in, with no mailbox or phone left. */
  noRecovery: MapAccount[];
  /** Mailboxes that reset each other in a ring: losing one can lock the user out of all. */
  cycles: Account[][];
  /** Routes removed because their mailbox account was deleted. */
  lost: LostRoute[];
}

/** How many money accounts make a mailbox "harden first". */
export const HARDEN_FIRST_MONEY = 2;
const isMoney = (account: Account) => account.category === 'banking' || account.category === 'payment';
const STATUS_ORDER: Record<AccountStatus, number> = { 'leaked-password': 0, open: 1, secured: 2 };

export const hubKey = (route: Route) => (route.kind === 'phone' ? `phone:${route.label}` : `mailbox:${route.accountId}`);

export function accountStatus(account: Account, state: AppState, catalogue: Catalogue, now: number): MapAccount {
  const progress = guideProgress(buildGuide(account, catalogue), state.steps[account.id], now);
  const openSteps = progress.total - progress.closed;
  const status: AccountStatus = account.sharedPassword ? 'leaked-password' : openSteps > 0 ? 'open' : 'secured';
  return { account, status, openSteps };
}

export function buildRecoveryMap(state: AppState, catalogue: Catalogue, now: number): RecoveryMap {
  const byId = new Map(state.accounts.map((account) => [account.id, account]));
  const statusOf = new Map(state.accounts.map((account) => [account.id, accountStatus(account, state, catalogue, now)]));
  const hubs = new Map<string, Hub>();
  const hub = (route: Route, label: string) => {
    const key = hubKey(route);
    if (!hubs.has(key)) {
      const created: Hub = { key, route, label, dependents: [], money: 0, hardenFirst: false };
      if (route.kind === 'mailbox') created.self = statusOf.get(route.accountId);
      hubs.set(key, created);
    }
    return hubs.get(key)!;
  };
  const map: RecoveryMap = { hubs: [], unmapped: [], noRecovery: [], cycles: [], lost: [] };
  for (const account of state.accounts) {
    const mine = statusOf.get(account.id)!;
    const recovery = account.recovery;
    if (!recovery) {
      map.unmapped.push(mine);
      continue;
    }
    for (const lost of recovery.lost ?? []) map.lost.push({ account, label: lost.label, at: lost.at });
    const boxes = recovery.mailboxes.filter((id) => byId.has(id) && id !== account.id);
    for (const label of recovery.phones) hub({ kind: 'phone', label }, label).dependents.push(mine);
    for (const id of boxes) hub({ kind: 'mailbox', accountId: id }, byId.get(id)!.label).dependents.push(mine);
    if (!boxes.length && !recovery.phones.length) map.noRecovery.push(mine);
  }
  for (const value of hubs.values()) {
    value.dependents.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.account.label.localeCompare(b.account.label));
    value.money = value.dependents.filter(({ account }) => isMoney(account)).length;
    value.hardenFirst = value.route.kind === 'mailbox' && value.money >= HARDEN_FIRST_MONEY;
  }
  // Phones first (they usually reset the mailboxes too), then the mailboxes resetting most; ties by label.
  map.hubs = [...hubs.values()].sort(
    (a, b) =>
      (a.route.kind === b.route.kind ? 0 : a.route.kind === 'phone' ? -1 : 1) ||
      b.dependents.length - a.dependents.length ||
      a.label.localeCompare(b.label) ||
      a.key.localeCompare(b.key),
  );
  map.cycles = mailboxCycles(state.accounts);
  return map;
}

/**
 * Rings of mailboxes that reset one another (A resets B, B resets A): each ring once, starting from its
 * earliest account in list order. Only mailbox-to-mailbox links can form one.
 */
export function mailboxCycles(accounts: readonly Account[]): Account[][] {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const order = new Map(accounts.map((account, index) => [account.id, index]));
  // Edge from a mailbox to each account it resets, among accounts that themselves reset something.
  const resets = new Map<string, string[]>();
  for (const account of accounts) {
    for (const box of account.recovery?.mailboxes ?? []) {
      if (!byId.has(box) || box === account.id) continue;
      resets.set(box, [...(resets.get(box) ?? []), account.id]);
    }
  }
  const cycles: Account[][] = [];
  const seen = new Set<string>();
  for (const start of resets.keys()) {
    // Depth-first from each node, keeping only rings whose smallest member is the start (each ring once).
    const walk = (node: string, path: string[]) => {
      for (const next of resets.get(node) ?? []) {
        if (next === start) {
          const ring = [...path];
          const key = [...ring].sort().join(',');
          if (!seen.has(key)) {
            seen.add(key);
            cycles.push(ring.map((id) => byId.get(id)!));
          }
        } else if (!path.includes(next) && (order.get(next) ?? 0) > (order.get(start) ?? 0) && path.length < 8) {
          walk(next, [...path, next]);
        }
      }
    };
    walk(start, [start]);
  }
  return cycles;
}
