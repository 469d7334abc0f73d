// The toolbar badge: how many urgent items are open (in the urgent colour), or else how many routine ones (in
// a neutral colour); on a site that is one of the user's accounts, that site's open items instead.
import type { SiteSummary } from '@/data/schema';
import type { Account } from '../model';
import { accountsForUrl } from '../sites';
import { dayStart, type LocalClock } from './clock';
import type { PendingItem } from './items';

export const BADGE_COLORS = { urgent: '#B3261E', routine: '#5F6368' } as const;

export type BadgeKind = 'urgent' | 'routine' | 'site' | 'none';

export interface Badge {
  kind: BadgeKind;
  count: number;
  text: string;
  color: string;
}

/** Four characters fit; a count past 99 says "99+". */
export const badgeText = (count: number) => (count <= 0 ? '' : count > 99 ? '99+' : String(count));

/**
 * When an item starts to count: once its snooze has run out and, for a follow-up, once its day has come (a
 * check due in three months is not work yet). Urgent items count from the moment they exist.
 */
function opensAt(item: PendingItem, clock: LocalClock): number {
  const dayComes = item.urgent || item.dueAt === undefined ? item.openFrom : dayStart(item.dueAt, clock);
  return Math.max(item.openFrom, dayComes);
}

const isOpenNow = (item: PendingItem, now: number, clock: LocalClock) => opensAt(item, clock) <= now;

/**
 * The next moment an item starts to count by itself, with nobody touching the data: the badge must be
 * repainted then, or a snooze that ran out would stay invisible until the next change.
 */
export function nextBadgeChange(items: readonly PendingItem[], now: number, clock: LocalClock): number | undefined {
  let next: number | undefined;
  for (const item of items) {
    const at = opensAt(item, clock);
    if (at > now && (next === undefined || at < next)) next = at;
  }
  return next;
}

export function openCounts(items: readonly PendingItem[], now: number, clock: LocalClock) {
  const open = items.filter((item) => isOpenNow(item, now, clock));
  return { urgent: open.filter((item) => item.urgent).length, routine: open.filter((item) => !item.urgent).length };
}

/** The badge when the current tab is not one of the user's sites; pass items without muted accounts. */
export function overallBadge(items: readonly PendingItem[], now: number, clock: LocalClock): Badge {
  const { urgent, routine } = openCounts(items, now, clock);
  if (urgent) return { kind: 'urgent', count: urgent, text: badgeText(urgent), color: BADGE_COLORS.urgent };
  if (routine) return { kind: 'routine', count: routine, text: badgeText(routine), color: BADGE_COLORS.routine };
  return { kind: 'none', count: 0, text: '', color: BADGE_COLORS.routine };
}

/** The badge on a tab showing one of the user's sites: that site's open items, urgent colour if any is urgent. */
export function siteBadge(items: readonly PendingItem[], accountIds: readonly string[], now: number, clock: LocalClock): Badge {
  const mine = items.filter((item) => item.accountId !== undefined && accountIds.includes(item.accountId) && isOpenNow(item, now, clock));
  const color = mine.some((item) => item.urgent) ? BADGE_COLORS.urgent : BADGE_COLORS.routine;
  return { kind: 'site', count: mine.length, text: badgeText(mine.length), color };
}

/** The ids of the user's accounts on the site of an address (see core/sites.ts accountsForUrl). */
export function accountIdsForUrl(url: string, accounts: readonly Account[], sites: readonly SiteSummary[]): string[] {
  return accountsForUrl(url, accounts, sites).map((account) => account.id);
}
