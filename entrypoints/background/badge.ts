// The toolbar badge: the urgent count (or the routine one) everywhere, and on a tab showing one of the user's
// sites, that site's open steps. A tab's address is only readable where the user allowed it (activeTab after
// a click on our button, or the optional "tabs" permission); elsewhere the tab shows the overall count.
import { browser } from 'wxt/browser';
import { accountIdsForUrl, nextBadgeChange, overallBadge, siteBadge, systemClock, type Badge, type PendingItem } from '@/core/reminders';
import type { AppState } from '@/core/model';
import { sites } from '@/data/catalogue';
import { t } from '@/lib/i18n';
import { pendingItems, titleText } from '@/lib/pending';
import './plan';
import { loadWorkingState } from './working-state';

/** The count, and the priority's first item by name: the same "next" as the popup's card. */
function tooltip(badge: Badge): string {
  if (badge.kind === 'none') return t('reminders.badge.none');
  const summary = t(`reminders.badge.${badge.kind}`, badge.count);
  return badge.lead ? t('next.badgeNext', { summary, title: titleText(badge.lead.title) }) : summary;
}

async function paint(badge: Badge, tabId?: number) {
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text, tabId }),
    browser.action.setBadgeBackgroundColor({ color: badge.color, tabId }),
    browser.action.setTitle({ title: tooltip(badge), tabId }),
  ]);
}

function badgeForTab(state: AppState, overall: Badge, url: string | undefined, now: number): Badge {
  const accountIds = url ? accountIdsForUrl(url, state.accounts, sites()) : [];
  if (!accountIds.length) return overall;
  return siteBadge(pendingItems(state, now, { includeMuted: true }), accountIds, now, systemClock);
}

async function readTab(tabId: number) {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined; // closed meanwhile
  }
}

/** Wakes the background when a snooze runs out or a follow-up's day comes, to repaint the badge then. */
const BADGE_ALARM = 'badge';

async function scheduleRepaint(items: readonly PendingItem[], now: number) {
  const at = nextBadgeChange(items, now, systemClock);
  if (at === undefined) {
    await browser.alarms.clear(BADGE_ALARM);
    return;
  }
  const current = await browser.alarms.get(BADGE_ALARM);
  if (current?.scheduledTime !== at) await browser.alarms.create(BADGE_ALARM, { when: at });
}

/** Repaints the overall badge and the badge of every window's active tab, and sets when to do it again. */
export async function updateBadges(now = Date.now()) {
  const { state } = await loadWorkingState();
  const overall = overallBadge(pendingItems(state, now), now, systemClock);
  await paint(overall);
  const tabs = await browser.tabs.query({ active: true });
  for (const tab of tabs) {
    if (tab.id !== undefined) await paint(badgeForTab(state, overall, tab.url, now), tab.id);
  }
  // Muted accounts' items count on their own site's badge, so they can change it too.
  await scheduleRepaint(pendingItems(state, now, { includeMuted: true }), now);
}

/** One tab became active or loaded a new page. */
export async function updateTabBadge(tabId: number, now = Date.now()) {
  const tab = await readTab(tabId);
  if (!tab?.active) return;
  const { state } = await loadWorkingState();
  const overall = overallBadge(pendingItems(state, now), now, systemClock);
  await paint(badgeForTab(state, overall, tab.url, now), tabId);
}
