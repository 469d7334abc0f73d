// The toolbar badge: the urgent count (or the routine one) everywhere, and on a tab showing one of the user's
// sites, that site's open steps. A tab's address is only readable where the user allowed it (activeTab after
// a click on our button, or the optional "tabs" permission); elsewhere the tab shows the overall count.
import { browser } from 'wxt/browser';
import { accountIdsForUrl, overallBadge, siteBadge, systemClock, type Badge } from '@/core/reminders';
import type { AppState } from '@/core/model';
import { SITES, withSites } from '@/data/catalogue';
import { loadLanguage, t } from '@/lib/i18n';
import { pendingItems } from '@/lib/pending';
import { loadState } from '@/lib/storage';

function tooltip(badge: Badge): string {
  if (badge.kind === 'none') return t('reminders.badge.none');
  return t(`reminders.badge.${badge.kind}`, badge.count);
}

async function paint(badge: Badge, tabId?: number) {
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text, tabId }),
    browser.action.setBadgeBackgroundColor({ color: badge.color, tabId }),
    browser.action.setTitle({ title: tooltip(badge), tabId }),
  ]);
}

function badgeForTab(state: AppState, overall: Badge, url: string | undefined, now: number): Badge {
  const accountIds = url ? accountIdsForUrl(url, state.accounts, SITES) : [];
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

/** Repaints the overall badge and the badge of every window's active tab. */
export async function updateBadges(now = Date.now()) {
  const { state } = await withSites(await loadState());
  await loadLanguage(state.settings.language);
  const overall = overallBadge(pendingItems(state, now), now, systemClock);
  await paint(overall);
  const tabs = await browser.tabs.query({ active: true });
  for (const tab of tabs) {
    if (tab.id !== undefined) await paint(badgeForTab(state, overall, tab.url, now), tab.id);
  }
}

/** One tab became active or loaded a new page. */
export async function updateTabBadge(tabId: number, now = Date.now()) {
  const tab = await readTab(tabId);
  if (!tab?.active) return;
  const { state } = await withSites(await loadState());
  await loadLanguage(state.settings.language);
  const overall = overallBadge(pendingItems(state, now), now, systemClock);
  await paint(badgeForTab(state, overall, tab.url, now), tabId);
}
