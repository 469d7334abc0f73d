// The toolbar badge: how many urgent items are open (in the urgent colour: an open leak's urgent or overdue
// work), or else how many other ones (in a neutral colour); on a site that is one of the user's accounts, that
// site's open items instead. What counts and what leads come from the one priority (core/priority.ts).
import type { SiteSummary } from '@/data/schema';
import type { Account } from '../model';
import { accountsForUrl } from '../sites';
import { isOpenNow, isUrgent, nextItem } from '../priority';
import type { LocalClock } from './clock';
import type { PendingItem } from './items';

export const BADGE_COLORS = { urgent: '#B3261E', routine: '#5F6368' } as const;

export type BadgeKind = 'urgent' | 'routine' | 'site' | 'none';

export interface Badge {
  kind: BadgeKind;
  count: number;
  text: string;
  color: string;
  /** The item the badge's tooltip names: the priority's first item that can be done now. */
  lead?: PendingItem;
}

/** Four characters fit; a count past 99 says "99+". */
export const badgeText = (count: number) => (count <= 0 ? '' : count > 99 ? '99+' : String(count));

/**
 * The next moment the badge changes by itself, with nobody touching the data: a snooze runs out, a follow-up's
 * day comes, a task passes its due time (it turns urgent). The badge must be repainted then.
 */
export function nextBadgeChange(items: readonly PendingItem[], now: number, _clock?: LocalClock): number | undefined {
  let next: number | undefined;
  const consider = (at: number | undefined) => {
    if (at !== undefined && at > now && (next === undefined || at < next)) next = at;
  };
  for (const item of items) {
    consider(item.openFrom);
    // Only when it is open by then; one that opens later is already overdue at its opening.
    if (!item.urgent && item.dueAt !== undefined && item.dueAt + 1 > item.openFrom) consider(item.dueAt + 1);
  }
  return next;
}

/** The items that can be done now, split by honest urgency (core/priority.ts isUrgent). */
export function openCounts(items: readonly PendingItem[], now: number, _clock?: LocalClock) {
  const open = items.filter((item) => isOpenNow(item, now));
  const urgent = open.filter((item) => isUrgent(item, now)).length;
  return { urgent, routine: open.length - urgent };
}

/** The badge when the current tab is not one of the user's sites; pass items without muted accounts. */
export function overallBadge(items: readonly PendingItem[], now: number, clock?: LocalClock): Badge {
  const { urgent, routine } = openCounts(items, now, clock);
  const lead = nextItem(items, now);
  if (urgent) return { kind: 'urgent', count: urgent, text: badgeText(urgent), color: BADGE_COLORS.urgent, lead };
  if (routine) return { kind: 'routine', count: routine, text: badgeText(routine), color: BADGE_COLORS.routine, lead };
  return { kind: 'none', count: 0, text: '', color: BADGE_COLORS.routine };
}

/** The badge on a tab showing one of the user's sites: that site's open items, urgent colour if any is urgent. */
export function siteBadge(items: readonly PendingItem[], accountIds: readonly string[], now: number, _clock?: LocalClock): Badge {
  const mine = items.filter((item) => item.accountId !== undefined && accountIds.includes(item.accountId) && isOpenNow(item, now));
  const color = mine.some((item) => isUrgent(item, now)) ? BADGE_COLORS.urgent : BADGE_COLORS.routine;
  return { kind: 'site', count: mine.length, text: badgeText(mine.length), color, lead: mine[0] };
}

/** The ids of the user's accounts on the site of an address (see core/sites.ts accountsForUrl). */
export function accountIdsForUrl(url: string, accounts: readonly Account[], sites: readonly SiteSummary[]): string[] {
  return accountsForUrl(url, accounts, sites).map((account) => account.id);
}
