// Reminders in real Chromium: the alarm an incident sets, the notification when it fires (in the user's
// language, once, also after the service worker was stopped), snoozing, the settings page, the badge.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, expectAccessible, readStorage, addToStorage, accountRecord } from './fixtures';
import { test as siteTest } from './site-fixtures';
import { reminderSeed } from '../shared/reminder-seed';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const URGENT_RED = [179, 38, 30, 255];
const NEUTRAL = [95, 99, 104, 255];

interface LogEntry {
  at: number;
  keys: string[];
  kind: string;
  notificationId: string;
  title: string;
  message: string;
  target: string;
  items: string[];
}

/**
 * The background reads Date.now(), so a fake clock inside the service worker makes every test start at the
 * same local time of day (10:00) whenever it runs. Only ever forward: alarms use the real clock, and one set
 * in the real past would fire at once.
 */
async function pinWorkerClock(worker: Worker, at: number) {
  await worker.evaluate((target) => {
    const scope = globalThis as unknown as { realNow?: () => number };
    scope.realNow ??= Date.now.bind(Date);
    const shift = target - scope.realNow();
    const real = scope.realNow;
    Date.now = () => real() + shift;
  }, at);
}

interface Day {
  /** The browser's local midnight of the test's first day. */
  start: number;
  /** Local time on day `day` (0 = the first) at hours:minutes. */
  at: (day: number, hours: number, minutes?: number) => number;
}

/** The next local 10:00 that is at least a minute ahead of the worker's real clock. */
async function testDay(worker: Worker): Promise<Day> {
  const { now, offset } = await worker.evaluate(() => ({ now: Date.now(), offset: -new Date().getTimezoneOffset() }));
  let start = Math.floor((now + offset * 60_000) / DAY) * DAY - offset * 60_000;
  if (start + 10 * HOUR < now + 60_000) start += DAY;
  return { start, at: (day, hours, minutes = 0) => start + day * DAY + hours * HOUR + minutes * 60_000 };
}

/**
 * The test day, its 10:00 on the worker's clock, and the reminder seed stored: default settings (reminders at 19:00,
 * quiet hours 22:00-08:00, at most two a day), a mail account sharing a leaked password, the incident about it.
 */
async function startAtTen(worker: Worker): Promise<Day> {
  const day = await testDay(worker);
  await pinWorkerClock(worker, day.at(0, 10));
  await addToStorage(worker, reminderSeed(day.at(0, 10)));
  return day;
}

const alarmTime = async (worker: Worker) => (await worker.evaluate(() => chrome.alarms.get('reminder')))?.scheduledTime ?? null;
const notifications = (worker: Worker) => worker.evaluate(() => chrome.notifications.getAll());
const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const badgeColor = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));

async function sentLog(worker: Worker): Promise<LogEntry[]> {
  const stored = await readStorage(worker);
  return (stored['reminder-log'] as { sent?: LogEntry[] } | undefined)?.sent ?? [];
}

/** Fires the reminder alarm as the browser would: the same name, due a moment from now (real time). */
async function fireAlarm(target: Worker | Page) {
  // Both run the function in the extension's own scope; the cast only merges their overloads.
  await (target as Worker).evaluate(() => {
    const scope = globalThis as unknown as { realNow?: () => number };
    return chrome.alarms.create('reminder', { when: (scope.realNow ?? Date.now)() + 200 });
  });
}

/**
 * Fires the alarm until `done` holds. A recompute still running from an earlier write may replace a
 * just-created alarm before it goes off; firing again is harmless, since nothing is ever sent twice.
 */
async function fireUntil(target: Worker | Page, done: () => Promise<boolean>) {
  await expect
    .poll(
      async () => {
        if (await done()) return true;
        await fireAlarm(target);
        return false;
      },
      { intervals: [300, 700, 1000] },
    )
    .toBe(true);
}

/**
 * Stops the extension's service worker through the DevTools protocol, as Chrome does to an idle worker, and
 * waits until the protocol reports it stopped (Playwright's own "close" event comes much later).
 */
async function stopServiceWorker(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.scriptURL.endsWith('/background.js') && version.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

test('an incident sets the reminder alarm an hour after it was recorded; the badge shows the urgent count in red', async ({
  worker,
  consoleErrors,
}) => {
  const day = await startAtTen(worker);
  await expect.poll(() => alarmTime(worker)).toBe(day.at(0, 11));

  // Five urgent tasks: four lock-down steps of the Google account and "change the reused password elsewhere".
  await expect.poll(() => badgeText(worker)).toBe('5');
  expect(await badgeColor(worker)).toEqual(URGENT_RED);

  // Once they are done, the badge counts the rest in a neutral colour.
  const done = { status: 'done', at: day.at(0, 10, 30) };
  await addToStorage(worker, {
    'step:gmail:change-password': done,
    'step:gmail:two-step': done,
    'step:gmail:devices': done,
    'step:gmail:forwarding': done,
    'task:leak1:password-everywhere': done,
  });
  await expect.poll(() => badgeColor(worker)).toEqual(NEUTRAL);
  // The three non-urgent lock-down steps (recovery details, connected apps, recent security activity) and the
  // data and procedure tasks, which are work for now too (only the monthly follow-ups wait for their day).
  expect(await badgeText(worker)).toBe('12');
  expect(consoleErrors).toEqual([]);
});

test('firing the alarm shows the reminder once, in the user’s language, also after the service worker was stopped', async ({
  context,
  worker,
  openPage,
  consoleErrors,
}) => {
  const day = await startAtTen(worker);
  await expect.poll(() => alarmTime(worker)).toBe(day.at(0, 11));

  // At 11:01 the alarm fires.
  await pinWorkerClock(worker, day.at(0, 11, 1));
  await fireUntil(worker, async () => (await sentLog(worker)).length === 1);
  await expect.poll(async () => Object.keys(await notifications(worker))).toEqual(['reminder:first:leak1']);
  const [first] = await sentLog(worker);
  expect(first).toMatchObject({
    kind: 'first',
    title: 'Finish locking down after the leak',
    message:
      '5 urgent steps are still open, next: Change your Google password. Done today, they stop whoever has your data from using them.',
    target: '#/leak/leak1',
  });
  expect(first!.keys[0]).toBe('first:leak1');

  // Firing again does not repeat it: the next one is tomorrow's daily reminder at 19:00.
  await fireAlarm(worker);
  await expect.poll(() => alarmTime(worker)).toBe(day.at(1, 19));
  expect(await sentLog(worker)).toHaveLength(1);

  // Stop the worker; the alarm wakes a fresh one, which reads everything from storage and repeats nothing.
  const page = await openPage('options.html#/settings');
  await stopServiceWorker(context, page);
  await fireAlarm(page);
  // Playwright's handle reaches the restarted worker; its globals (our fake clock too) are gone.
  const restarted = worker;
  await expect.poll(() => restarted.evaluate(() => 'realNow' in globalThis)).toBe(false);
  // At 11:02 of the first day, when the first reminder would be due if its record were lost, the fresh worker
  // fires and finds it in the log.
  await pinWorkerClock(restarted, day.at(0, 11, 2));
  await fireAlarm(restarted);
  await expect.poll(() => alarmTime(restarted)).toBe(day.at(1, 19));
  expect(await sentLog(restarted)).toHaveLength(1);
  expect(await notifications(restarted)).toEqual({ 'reminder:first:leak1': true });

  // The user switches to Chinese; two days later, just after 19:00, the daily reminder comes in Chinese.
  await page.getByLabel('Language').selectOption('zh_CN');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await pinWorkerClock(restarted, day.at(2, 19, 1));
  await fireUntil(restarted, async () => (await sentLog(restarted)).length === 2);
  const second = (await sentLog(restarted))[1]!;
  expect(second.kind).toBe('urgent');
  expect(second.keys[0]).toMatch(/^urgent:\d{4}-\d{2}-\d{2}$/);
  expect(second.title).toBe('泄露后的紧急事项还没做完');
  expect(second.message).toBe('还有5个紧急事项，下一步：修改 Google 账号密码。今天做完，拿到你信息的人就用不上它们。');
  await expect.poll(async () => Object.keys(await notifications(restarted))).toContain(second.notificationId);
  await expect.poll(() => alarmTime(restarted)).toBe(day.at(3, 19));
  expect(consoleErrors).toEqual([]);
});

test('"Snooze a day" snoozes what the reminder was about and moves the alarm past it', async ({ worker, openPage, consoleErrors }) => {
  const day = await testDay(worker);
  // Recorded yesterday, first reminder sent then; tonight's 19:00 reminder was missed and goes out at 21:00.
  await pinWorkerClock(worker, day.at(0, 21));
  await addToStorage(worker, {
    ...reminderSeed(day.at(-1, 10)),
    'reminder-log': { sent: [{ at: day.at(-1, 11), keys: ['first:leak1'], kind: 'first' }] },
    // Done already: otherwise their due day (tomorrow) would bring a reminder at 19:00 anyway.
    'task:leak1:email-phishing': { status: 'done', at: day.at(-1, 12) },
    'task:leak1:breach-lists': { status: 'done', at: day.at(-1, 12) },
  });
  // Overdue: the alarm is set for right now (and goes off by itself).
  await expect.poll(async () => (await alarmTime(worker)) ?? 0).toBeGreaterThanOrEqual(day.at(0, 21));
  expect((await alarmTime(worker)) ?? 0).toBeLessThan(day.at(0, 21, 1));
  await fireUntil(worker, async () => (await sentLog(worker)).length === 2);
  const reminder = (await sentLog(worker))[1]!;
  expect(reminder.kind).toBe('urgent');
  await expect.poll(() => alarmTime(worker)).toBe(day.at(1, 19));

  // The button's own code path, reached through the message protocol (a test cannot click a system notification).
  const page = await openPage('options.html#/settings');
  const answer = await page.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'snoozeReminder', payload: { notificationId: id } }),
    reminder.notificationId,
  );
  expect(answer).toEqual({ snoozed: true });

  const stored = await readStorage(worker);
  expect(reminder.items).toEqual(
    expect.arrayContaining([
      'step:gmail:change-password',
      'step:gmail:two-step',
      'step:gmail:devices',
      'step:gmail:forwarding',
      'task:leak1:password-everywhere',
    ]),
  );
  for (const key of reminder.items) {
    expect(stored[key], key).toMatchObject({ status: 'snoozed' });
    expect((stored[key] as { until: number }).until, key).toBeGreaterThanOrEqual(day.at(1, 21));
  }
  // What it was not about stays as it was: the complaint to the provider is due the day after tomorrow.
  expect(reminder.items).not.toContain('task:leak1:complain-provider');
  expect(stored['task:leak1:complain-provider']).toBeUndefined();
  // Tomorrow's 19:00 reminder waits until the snooze runs out at 21:00.
  await expect.poll(async () => (await alarmTime(worker)) ?? 0).toBeGreaterThanOrEqual(day.at(1, 21));
  expect((await alarmTime(worker))!).toBeLessThan(day.at(1, 21, 5));
  expect(await notifications(worker)).toEqual({});
  // The five snoozed tasks leave the badge; what stays red is past its due time: the recovery details, the
  // connected apps, the recent security activity and the evidence (due 12 to 24 hours after the leak, yesterday
  // at 10:00).
  await expect.poll(() => badgeText(worker)).toBe('4');
  expect(await badgeColor(worker)).toEqual(URGENT_RED);
  expect(consoleErrors).toEqual([]);
});

test('the settings page changes the alarm: quiet hours move it, off clears it; per-account opt-out; calendar file', async ({
  worker,
  openPage,
  consoleErrors,
}) => {
  const day = await startAtTen(worker);
  await expect.poll(() => alarmTime(worker)).toBe(day.at(0, 11));

  const page = await openPage('options.html#/settings');
  await expect(page.getByRole('heading', { name: 'Reminders', level: 2 })).toBeVisible();
  await expect(page.getByText(/^Next reminder: /)).toBeVisible();
  await expectAccessible(page);

  // Quiet hours over the coming hour: the first reminder waits until they end.
  await page.getByLabel('Quiet hours start').fill('10:30');
  await page.getByLabel('Quiet hours end').fill('12:15');
  await expect.poll(() => alarmTime(worker)).toBe(day.at(0, 12, 15));
  expect(((await readStorage(worker)).settings as { reminders: object }).reminders).toMatchObject({
    quietStart: '10:30',
    quietEnd: '12:15',
  });

  await page.getByLabel('Most reminders in one day').selectOption('1');
  await page.getByLabel('A six-monthly check-up when no leak is being handled').uncheck();
  await expect(page.getByText(/a new password only helps when someone else may know the old one/)).toBeVisible();

  // Off: no alarm at all. On again: back.
  await page.getByLabel('Remind me about open steps').uncheck();
  await expect.poll(() => alarmTime(worker)).toBeNull();
  await expect(page.getByText('Reminders are off. No notification will be sent.')).toBeVisible();
  await expect(page.getByText('No reminder is scheduled.')).toBeVisible();
  await page.getByLabel('Remind me about open steps').check();
  await expect.poll(() => alarmTime(worker)).toBe(day.at(0, 12, 15));
  expect(((await readStorage(worker)).settings as { reminders: object }).reminders).toMatchObject({
    enabled: true,
    dailyCap: 1,
    checkup: false,
  });

  await page.getByLabel("Don't remind me about Personal mail").check();
  await expect.poll(async () => ((await readStorage(worker))['account:gmail'] as { noReminders?: boolean }).noReminders).toBe(true);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('afterleak-follow-ups.ics');
  const ics = readFileSync((await file.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(ics).toContain('UID:task-leak1-police@afterleak');
  expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

siteTest('on one of the user’s sites the badge counts that site’s open steps', async ({ context, worker }) => {
  await startAtTen(worker);
  await expect.poll(() => badgeText(worker)).toBe('5');
  const tab = await context.newPage();
  await tab.goto('https://mail.google.com/');
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]?.id);
  expect(tabId).toBeDefined();
  // All seven steps of the Google account are open (each stands in the plan as a lock-down task).
  await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('7');
  expect(await worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId)).toEqual(URGENT_RED);
  // Elsewhere, the overall urgent count.
  await tab.goto('https://www.example.org/');
  await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('5');
});

test('a snooze that runs out shows on the badge at that moment, with nobody touching anything', async ({ worker, consoleErrors }) => {
  const now = await worker.evaluate(() => Date.now());
  const until = now + 4_000;
  const done = { status: 'done', at: now };
  await addToStorage(worker, {
    'account:g1': accountRecord('g1', 'Personal mail', { createdAt: now, updatedAt: now }),
    'step:g1:change-password': done,
    'step:g1:two-step': done,
    'step:g1:devices': done,
    'step:g1:forwarding': done,
    'step:g1:third-party': done,
    'step:g1:security-activity': done,
    'step:g1:recovery': { status: 'snoozed', at: now, until },
  });
  // The background sets an alarm for the moment the snooze runs out; until then nothing is open.
  await expect.poll(() => worker.evaluate(() => chrome.alarms.get('badge').then((alarm) => alarm?.scheduledTime ?? null))).toBe(until);
  expect(await badgeText(worker)).toBe('');
  await expect.poll(() => badgeText(worker), { timeout: 15_000 }).toBe('1');
  expect(await worker.evaluate(() => Date.now())).toBeGreaterThanOrEqual(until);
  // Nothing else is snoozed: no further repaint is needed.
  await expect.poll(() => worker.evaluate(() => chrome.alarms.get('badge').then((alarm) => alarm ?? null))).toBeNull();
  expect(consoleErrors).toEqual([]);
});
