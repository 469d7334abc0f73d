// The "Reminders and settings" section's reminder part: the form, the accounts to leave out, the calendar
// export, and when the next reminder will come (from the same schedule the background uses).
import { useEffect, useState } from 'preact/hooks';
import type { Account, AppState, Settings } from '@/core/model';
import { formatDateTime } from '@/core/format';
import { buildCalendar, followUpEvents } from '@/core/reminders/ics';
import { nextReminder, parseClockTime, parseReminderLog, REMINDER_LOG_KEY, systemClock, type SentReminder } from '@/core/reminders';
import { downloadText } from '@/lib/download';
import { currentLanguage, t } from '@/lib/i18n';
import { pendingItems, reminderInput, titleText } from '@/lib/pending';
import { readInternal } from '@/lib/storage';
import { updateAccountFields, updateSettings } from '@/lib/storage-writes';
import { AccountReminderToggles } from './AccountReminderToggles';
import { CalendarExport } from './CalendarExport';
import { ReminderForm } from './ReminderForm';

/** The sent log changes only when a reminder goes out; every storage change re-renders this view anyway. */
function useSentLog(state: AppState): SentReminder[] {
  const [sent, setSent] = useState<SentReminder[]>([]);
  useEffect(() => {
    let live = true;
    void readInternal(REMINDER_LOG_KEY, parseReminderLog).then((log) => live && setSent(log.sent));
    return () => {
      live = false;
    };
  }, [state]);
  return sent;
}

function calendarFile(state: AppState, now: number) {
  const events = followUpEvents(
    pendingItems(state, now),
    now,
    systemClock,
    {
      title: titleText,
      description: () => t('reminders.ics.description'),
    },
    parseClockTime(state.settings.reminders.time),
  );
  return { count: events.length, text: () => buildCalendar(events, now, t('reminders.ics.calendarName')) };
}

export function ReminderSettings({ state }: { state: AppState }) {
  const sent = useSentLog(state);
  const now = Date.now();
  const next = nextReminder(reminderInput(state, sent, now));
  const calendar = calendarFile(state, now);
  const change = (part: Partial<Settings['reminders']>) =>
    void updateSettings((settings) => ({ ...settings, reminders: { ...settings.reminders, ...part } }));
  const toggle = (account: Account, mute: boolean) => void updateAccountFields(account.id, { noReminders: mute });
  return (
    <section aria-labelledby="reminder-settings">
      <h2 id="reminder-settings">{t('settings.reminders.legend')}</h2>
      <p>{next ? t('settings.reminders.next', { when: formatDateTime(next.at, currentLanguage()) }) : t('settings.reminders.nextNone')}</p>
      <ReminderForm value={state.settings.reminders} onChange={change} />
      <AccountReminderToggles accounts={state.accounts} onToggle={toggle} />
      <CalendarExport
        count={calendar.count}
        onDownload={() => downloadText('afterleak-follow-ups.ics', calendar.text(), 'text/calendar')}
      />
    </section>
  );
}
