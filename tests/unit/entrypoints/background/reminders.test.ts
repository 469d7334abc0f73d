// The background's reminder steps against WXT's fake browser: schedule, send once, snooze, buttons.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseReminderLog, REMINDER_LOG_KEY } from '@/core/reminders';
import { DEFAULT_SETTINGS } from '@/core/model';
import { chinese, english } from '../../setup';
import { reminderSeed } from '../../../shared/reminder-seed';

// The dictionary comes from the test setup; the real loader fetches the built messages.json. The site index
// and the steps' titles load as the real loader loads them.
vi.mock('@/lib/i18n', async (original) => {
  const actual = await original<typeof import('@/lib/i18n')>();
  const { setSiteIndex, setStepText } = await import('@/data/catalogue');
  return {
    ...actual,
    loadLanguage: async (choice: 'auto' | 'en' | 'zh_CN') => {
      const lang = choice === 'zh_CN' ? 'zh_CN' : 'en';
      actual.setDictionaries(lang, lang === 'zh_CN' ? chinese : english, english);
      setSiteIndex(await import('virtual:site-index'));
      setStepText(lang, await (lang === 'zh_CN' ? import('virtual:step-text-zh_CN') : import('virtual:step-text-en')));
      return lang;
    },
  };
});

const { scheduleReminder, sendDueReminder, REMINDER_ALARM } = await import('@/entrypoints/background/reminders');
const { snoozeReminder } = await import('@/entrypoints/background/notifications');
const { setSiteIndex } = await import('@/data/catalogue');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 10:00 local time on some day, so that the defaults (19:00, quiet 22:00-08:00) do not interfere. */
function tenOClock(): number {
  const day = new Date(2026, 2, 10, 10, 0, 0, 0);
  return day.getTime();
}

async function seed(created: number, language: 'en' | 'zh_CN' = 'en') {
  await fakeBrowser.storage.local.set(reminderSeed(created, language));
}

const log = async () => parseReminderLog((await fakeBrowser.storage.local.get(REMINDER_LOG_KEY))[REMINDER_LOG_KEY]);
const shown = () =>
  fakeBrowser.notifications.getAllCreateOptions() as Record<string, { title: string; message: string; buttons?: { title: string }[] }>;

describe('background reminders', () => {
  const now = tenOClock();
  beforeEach(() => fakeBrowser.notifications.resetState());

  it('sets the alarm for the first reminder, an hour after the incident, and clears it when reminders are off', async () => {
    await seed(now);
    expect(await scheduleReminder(now)).toBe(now + HOUR);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(now + HOUR);
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders, enabled: false } },
    });
    expect(await scheduleReminder(now)).toBeUndefined();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('sends nothing before the reminder is due', async () => {
    await seed(now);
    expect(await sendDueReminder(now + 30 * 60_000)).toBeUndefined();
    expect(shown()).toEqual({});
  });

  it('shows a due reminder once, with its text in the chosen language and the Open and Snooze buttons', async () => {
    await seed(now, 'zh_CN');
    const sent = await sendDueReminder(now + HOUR);
    expect(sent?.keys[0]).toBe('first:leak1');
    expect(shown()['reminder:first:leak1']).toMatchObject({
      title: '泄露后的紧急事项还没做完',
      message: '还有5个紧急事项，下一步：修改 Google 账号密码。今天做完，拿到你信息的人就用不上它们。',
      buttons: [{ title: '打开' }, { title: '推迟到明天' }],
    });
    // A second alarm (a restarted worker, a duplicate event) finds it in the log and sends nothing.
    expect(await sendDueReminder(now + HOUR + 1000)).toBeUndefined();
    expect((await log()).sent).toHaveLength(1);
  });

  it('leaves the buttons out where the browser has none (Firefox)', async () => {
    await seed(now);
    (fakeBrowser.runtime as unknown as { getBrowserInfo: () => Promise<object> }).getBrowserInfo = async () => ({ name: 'Firefox' });
    try {
      expect(await sendDueReminder(now + HOUR)).toBeDefined();
      expect(shown()['reminder:first:leak1']).toBeDefined();
      expect(shown()['reminder:first:leak1']).not.toHaveProperty('buttons');
    } finally {
      delete (fakeBrowser.runtime as unknown as { getBrowserInfo?: unknown }).getBrowserInfo;
    }
  });

  it('snoozes for a day only what is still open, keeping notes, and clears the notification', async () => {
    await seed(now);
    await fakeBrowser.storage.local.set({ 'step:gmail:devices': { status: 'pending', at: now, note: 'ask IT first' } });
    const sent = await sendDueReminder(now + HOUR);
    // Done after the reminder went out: the snooze must not undo it.
    await fakeBrowser.storage.local.set({ 'step:gmail:two-step': { status: 'done', at: now + HOUR + 10 } });
    expect(await snoozeReminder(sent!.notificationId!, now + 2 * HOUR)).toBe(true);
    const stored = await fakeBrowser.storage.local.get(null);
    const until = now + 2 * HOUR + DAY;
    expect(stored['step:gmail:change-password']).toEqual({ status: 'snoozed', at: now + 2 * HOUR, until });
    expect(stored['step:gmail:devices']).toEqual({ status: 'snoozed', at: now + 2 * HOUR, until, note: 'ask IT first' });
    expect(stored['task:leak1:password-everywhere']).toMatchObject({ status: 'snoozed', until });
    expect(stored['step:gmail:two-step']).toMatchObject({ status: 'done' });
    expect(shown()).toEqual({});
    // The next reminder waits for the snooze: tomorrow at 19:00 is before it runs out, so later still.
    expect(await scheduleReminder(now + 2 * HOUR)).toBeGreaterThanOrEqual(until);
  });

  it('"Snooze a day" from a worker the click has just woken, before anything loaded the catalogue', async () => {
    await seed(now);
    const sent = await sendDueReminder(now + HOUR);
    // A worker that just started has no site index yet (lib/i18n.ts loads it with the language).
    setSiteIndex({ sites: [], generic: [] });
    expect(await snoozeReminder(sent!.notificationId!, now + 2 * HOUR)).toBe(true);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored['step:gmail:change-password']).toMatchObject({ status: 'snoozed', until: now + 2 * HOUR + DAY });
  });

  it('does nothing for an unknown notification', async () => {
    await seed(now);
    expect(await snoozeReminder('reminder:nothing', now)).toBe(false);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).some((key) => key.startsWith('step:'))).toBe(false);
  });
});
