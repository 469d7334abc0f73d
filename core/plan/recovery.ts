// The recovery map in the leak plan: when a leak names a phone number or an email address, every account
// that can be reset through it joins the lock-down, with the route as the reason ("resets by SMS to your
// main phone"); a mailbox that resets several money accounts is the first to harden. Pure.
import type { Account, Incident } from '../model';
import { HARDEN_FIRST_MONEY } from '../recovery/map';
import { phoneLabels } from '../recovery/links';

export interface Exposure {
  /** How the account resets: by SMS/call to a leaked phone, or through a leaked mailbox. */
  via: 'phone' | 'mailbox';
  /** The phone label or the mailbox account's label, shown in the reason. */
  route: string;
}

/** The routes a leak names: the ones the user picked, else every phone label / mailbox when that kind leaked. */
export function leakedRoutes(incident: Incident, accounts: readonly Account[]): { phones: string[]; mailboxes: string[] } {
  const phones = incident.leakedPhones ?? (incident.leaked.includes('phone') ? phoneLabels(accounts) : []);
  const boxes = accounts.filter((account) => account.category === 'email').map((account) => account.id);
  const mailboxes = incident.leakedMailboxes ?? (incident.leaked.includes('email') ? boxes : []);
  return { phones, mailboxes };
}

/** accountId -> the first leaked route it resets through (a phone before a mailbox: SMS needs no password). */
export function recoveryExposure(incident: Incident, accounts: readonly Account[]): Map<string, Exposure> {
  const { phones, mailboxes } = leakedRoutes(incident, accounts);
  const labels = new Map(accounts.map((account) => [account.id, account.label]));
  const exposed = new Map<string, Exposure>();
  for (const account of accounts) {
    const recovery = account.recovery;
    if (!recovery) continue;
    const phone = recovery.phones.find((label) => phones.includes(label));
    const box = recovery.mailboxes.find((id) => mailboxes.includes(id) && labels.has(id) && id !== account.id);
    if (phone !== undefined) exposed.set(account.id, { via: 'phone', route: phone });
    else if (box !== undefined) exposed.set(account.id, { via: 'mailbox', route: labels.get(box)! });
  }
  return exposed;
}

/** Mailboxes that reset HARDEN_FIRST_MONEY or more banking and payment accounts: id -> how many. */
export function hardenFirstMailboxes(accounts: readonly Account[]): Map<string, number> {
  const money = new Map<string, number>();
  for (const account of accounts) {
    if (account.category !== 'banking' && account.category !== 'payment') continue;
    for (const box of new Set(account.recovery?.mailboxes ?? [])) money.set(box, (money.get(box) ?? 0) + 1);
  }
  return new Map([...money].filter(([id, count]) => count >= HARDEN_FIRST_MONEY && accounts.some((a) => a.id === id)));
}

/**
 * The "why" of an account's lock-down steps when the map explains it better than the account's category:
 * a leaked route it resets through, or (for a mailbox) the money accounts it resets. Sharing the leaked
 * password stays the reason when it applies: that one is the more urgent.
 */
export function recoveryWhy(
  reason: string,
  account: Account,
  exposure: Exposure | undefined,
  accounts: readonly Account[],
): { key: string; vars?: Record<string, string | number> } | undefined {
  if (reason === 'shared') return undefined;
  if (exposure) return { key: exposure.via === 'phone' ? 'recovery.why.phone' : 'recovery.why.mailbox', vars: { route: exposure.route } };
  const money = account.category === 'email' ? hardenFirstMailboxes(accounts).get(account.id) : undefined;
  return money ? { key: 'recovery.why.hardenFirst', vars: { count: money } } : undefined;
}
