// Showing a reminder, and what its click and buttons do. A click may come long after the worker that showed
// it was stopped, so the notification's id leads back to its entry in the stored log.
import { browser } from 'wxt/browser';
import { DAY, findByNotification, parseReminderLog, REMINDER_LOG_KEY, type SentReminder } from '@/core/reminders';
import { t } from '@/lib/i18n';
import { pendingItems } from '@/lib/pending';
import './plan';
import { snoozeItem } from '@/lib/snooze';
import { readInternal } from '@/lib/storage';
import { loadWorkingState } from './working-state';
import { DASHBOARD_PAGE } from '@/core/routes';

const OPEN = 0;
const SNOOZE = 1;

/**
 * Chrome shows notification buttons; Firefox has none (it rejects or ignores `buttons` and never fires
 * onButtonClicked), and only Firefox has runtime.getBrowserInfo. There a click opens the page, where the
 * snooze lives.
 */
export const supportsButtons = () => !('getBrowserInfo' in browser.runtime);

export async function showReminder(entry: SentReminder) {
  const buttons = [{ title: t('reminders.notify.open') }];
  if (entry.items?.length) buttons.push({ title: t('reminders.notify.snooze') });
  await browser.notifications.create(entry.notificationId ?? `reminder:${entry.at}`, {
    type: 'basic',
    // Public files are outside WXT's typed paths until the icon exists at build time.
    iconUrl: browser.runtime.getURL('/icon/128.png' as Parameters<typeof browser.runtime.getURL>[0]),
    title: entry.title ?? t('common.appName'),
    message: entry.message ?? '',
    ...(supportsButtons() ? { buttons } : {}),
  });
}

async function entryFor(notificationId: string): Promise<SentReminder | undefined> {
  return findByNotification(await readInternal(REMINDER_LOG_KEY, parseReminderLog), notificationId);
}

export async function openReminder(notificationId: string) {
  const entry = await entryFor(notificationId);
  await browser.notifications.clear(notificationId);
  if (!entry) return;
  const page = browser.runtime.getURL(DASHBOARD_PAGE as Parameters<typeof browser.runtime.getURL>[0]);
  await browser.tabs.create({ url: `${page}${entry.target ?? ''}` });
}

/**
 * "Snooze a day": every item the reminder was about that is still open becomes snoozed until this time
 * tomorrow, keeping its note. The storage change then moves the alarm.
 */
export async function snoozeReminder(notificationId: string, now = Date.now()): Promise<boolean> {
  const entry = await entryFor(notificationId);
  await browser.notifications.clear(notificationId);
  if (!entry?.items?.length) return false;
  // A click on the notification may be what woke the worker (loadWorkingState loads the catalogue).
  const { state } = await loadWorkingState();
  // Only what is still open now: a step finished since the reminder keeps its "done".
  const open = new Set(
    pendingItems(state, now, { includeMuted: true })
      .filter((item) => item.openFrom <= now)
      .map((item) => item.stateKey),
  );
  for (const key of entry.items.filter((stateKey) => open.has(stateKey))) await snoozeItem(key, now + DAY, now);
  return true;
}

export function onButtonClicked(notificationId: string, buttonIndex: number) {
  if (buttonIndex === OPEN) return openReminder(notificationId);
  if (buttonIndex === SNOOZE) return snoozeReminder(notificationId);
  return Promise.resolve();
}
