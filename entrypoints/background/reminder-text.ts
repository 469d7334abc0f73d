// What a reminder says, in the user's language (the caller loads the dictionary first), and which page of
// the dashboard a click on it opens.
import { t, type MessageKey } from '@/lib/i18n';
import { titleText } from '@/lib/pending';
import type { Reminder, SentReminder } from '@/core/reminders';
import { routes } from '@/core/routes';

/** The item's own page: a task's plan, a step's account guide; the account list for the check-up. */
function targetOf(reminder: Reminder): string {
  const lead = reminder.about.items[0];
  if (!lead) return routes.accounts;
  return lead.ref.kind === 'task' ? routes.leak(lead.ref.incidentId) : routes.account(lead.ref.accountId);
}

const TITLES = {
  first: 'reminders.notify.titleUrgent',
  urgent: 'reminders.notify.titleUrgent',
  due: 'reminders.notify.titleDue',
  routine: 'reminders.notify.titleRoutine',
  checkup: 'reminders.notify.titleCheckup',
} as const satisfies Record<SentReminder['kind'], MessageKey>;

function messageOf(reminder: Reminder): string {
  const { kind, items, urgent, routine } = reminder.about;
  const lead = items[0];
  const title = lead ? titleText(lead.title) : '';
  switch (kind) {
    case 'first':
    case 'urgent':
      return t('reminders.notify.urgent', urgent, { title });
    case 'due':
      return t('reminders.notify.due', { title });
    case 'routine':
      return t('reminders.notify.routine', routine, { title });
    case 'checkup':
      return t('reminders.notify.checkup');
  }
}

/** The log entry for a reminder about to be shown: what it says, where it leads, what a snooze touches. */
export function describeReminder(reminder: Reminder, now: number): SentReminder {
  return {
    at: now,
    keys: reminder.about.keys,
    kind: reminder.about.kind,
    notificationId: `reminder:${reminder.about.keys[0] ?? now}`,
    title: t(TITLES[reminder.about.kind]),
    message: messageOf(reminder),
    target: targetOf(reminder),
    items: reminder.about.items.map((item) => item.stateKey),
  };
}
