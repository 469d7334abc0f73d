import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { ensureUpgraded } from '@/lib/storage';
import { clearPopupView } from '@/lib/storage';
import { handleMessages } from '@/lib/messages';
import { updateTabBadge } from './badge';
import { onButtonClicked, openReminder, snoozeReminder, supportsButtons } from './notifications';
import { onAlarm } from './reminders';
import { requestRefresh } from './refresh';
import { openWelcome } from './welcome';
import { snoozeItem } from '@/lib/snooze';
import { startSync } from '@/lib/sync';

const isReminder = (notificationId: string) => notificationId.startsWith('reminder:');

export default defineBackground(() => {
  // Install, update and browser start rebuild the alarm and the badge; so does every change to the data.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void ensureUpgraded().then(requestRefresh);
    void openWelcome(reason);
  });
  browser.runtime.onStartup.addListener(() => void ensureUpgraded().then(requestRefresh));
  browser.storage.onChanged.addListener((_changes, area) => {
    // The popup's ready-made view goes at once: a change made outside lib/storage.ts carries no new revision.
    if (area === 'local') void clearPopupView().then(requestRefresh);
  });
  // Account-list sync between the user's browsers, when turned on (lib/sync.ts).
  startSync();
  // Every alarm ends in a refresh: that is all the badge alarm (a snooze ran out) asks for.
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm).then(requestRefresh));
  browser.notifications.onClicked.addListener((id) => {
    if (isReminder(id)) void openReminder(id);
  });
  if (supportsButtons()) {
    browser.notifications.onButtonClicked.addListener((id, index) => {
      if (isReminder(id)) void onButtonClicked(id, index);
    });
  }
  browser.tabs.onActivated.addListener(({ tabId }) => void updateTabBadge(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'complete' || info.url) void updateTabBadge(tabId);
  });
  handleMessages({
    refresh: async () => {
      await requestRefresh();
      return { ok: true };
    },
    snoozeReminder: async ({ notificationId }) => ({ snoozed: await snoozeReminder(notificationId) }),
    snooze: async ({ stateKey, until }) => {
      await snoozeItem(stateKey, until);
      return { ok: true };
    },
  });
});
