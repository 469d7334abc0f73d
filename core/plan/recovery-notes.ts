// What the recovery map has to say about one leak's plan, besides each account's reason: how many accounts
// reset through each leaked route, rings of mailboxes among the accounts to lock down, and accounts there
// with no way back. Pure.
import type { Catalogue } from '../guide';
import type { Account, AppState, Incident } from '../model';
import { buildRecoveryMap } from '../recovery/map';
import { lockDownAccounts } from './lock-down';
import { recoveryExposure } from './recovery';

export type RecoveryNote =
  | { kind: 'route'; via: 'phone' | 'mailbox'; route: string; accounts: Account[] }
  | { kind: 'cycle'; accounts: Account[] }
  | { kind: 'no-recovery'; account: Account };

export function recoveryNotes(incident: Incident, state: AppState, catalogue: Catalogue, now: number): RecoveryNote[] {
  const exposed = recoveryExposure(incident, state.accounts);
  const notes: RecoveryNote[] = [];
  const byRoute = new Map<string, { via: 'phone' | 'mailbox'; route: string; accounts: Account[] }>();
  for (const account of state.accounts) {
    const exposure = exposed.get(account.id);
    if (!exposure) continue;
    const key = `${exposure.via}:${exposure.route}`;
    if (!byRoute.has(key)) byRoute.set(key, { ...exposure, accounts: [] });
    byRoute.get(key)!.accounts.push(account);
  }
  for (const route of byRoute.values()) notes.push({ kind: 'route', ...route });
  const locked = new Set(lockDownAccounts(incident, state.accounts).map(({ account }) => account.id));
  const map = buildRecoveryMap(state, catalogue, now);
  for (const ring of map.cycles) if (ring.some((account) => locked.has(account.id))) notes.push({ kind: 'cycle', accounts: ring });
  for (const item of map.noRecovery) if (locked.has(item.account.id)) notes.push({ kind: 'no-recovery', account: item.account });
  return notes;
}
