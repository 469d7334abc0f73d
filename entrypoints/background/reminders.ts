// The reminder alarm. Everything is read from storage each time: an MV3 service worker may be stopped between
// any two events, so the one alarm and the sent log in storage are the whole memory of the schedule.
import { browser } from 'wxt/browser';
import { alreadySent, appendSent, nextReminder, parseReminderLog, REMINDER_LOG_KEY, type SentReminder } from '@/core/reminders';
import { reminderInput } from '@/lib/pending';
import './plan';
import { readInternal, updateInternal } from '@/lib/storage';
import { loadWorkingState } from './working-state';
import { describeReminder } from './reminder-text';
import { showReminder } from './notifications';

export const REMINDER_ALARM = 'reminder';

export const readReminderLog = () => readInternal(REMINDER_LOG_KEY, parseReminderLog);

/** Sets the one alarm to the next reminder's moment, or clears it when there is none. */
export async function scheduleReminder(now = Date.now()): Promise<number | undefined> {
  const [{ state }, log] = await Promise.all([loadWorkingState(), readReminderLog()]);
  const next = nextReminder(reminderInput(state, log.sent, now));
  if (!next) {
    await browser.alarms.clear(REMINDER_ALARM);
    return undefined;
  }
  const current = await browser.alarms.get(REMINDER_ALARM);
  if (current?.scheduledTime !== next.at) await browser.alarms.create(REMINDER_ALARM, { when: next.at });
  return next.at;
}

/**
 * The alarm went off: if a reminder is due now and was not sent before, record it and show it. Recording
 * comes first, under the log's lock, so that two workers or a restart can never show the same one twice.
 */
export async function sendDueReminder(now = Date.now()): Promise<SentReminder | undefined> {
  const { state } = await loadWorkingState();
  let due: SentReminder | undefined;
  await updateInternal(REMINDER_LOG_KEY, parseReminderLog, (log) => {
    const next = nextReminder(reminderInput(state, log.sent, now));
    if (!next || next.at > now || alreadySent(log, next.about.keys)) return log;
    due = describeReminder(next, now);
    return appendSent(log, due, now);
  });
  if (due) await showReminder(due);
  return due;
}

/** The caller then recomputes the alarm and the badge (the log's change would also trigger that). */
export async function onAlarm(alarm: { name: string }) {
  if (alarm.name === REMINDER_ALARM) await sendDueReminder();
}
