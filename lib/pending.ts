// The reminder core wired to the real plan builder and catalogue, shared by the background and the
// settings page so that both count the same pending work.
// The modules themselves, not core/reminders' index: through it every view would also carry the reminder
// log's schemas (zod calls at module level are kept even when unused).
import { collectPending, type CollectOptions, type ItemTitle, type PendingItem } from '@/core/reminders/items';
import { systemClock } from '@/core/reminders/clock';
import type { ReminderInput, SentReminder } from '@/core/reminders';
import { prioritize, type PriorityItem } from '@/core/priority';
import type { AppState } from '@/core/model';
import { planSource } from './plan-code';
import { pick, t, type MessageKey } from './i18n';
import { shownName } from './account-names';

export { planSource } from './plan-code';

export const pendingItems = (state: AppState, now: number, options?: CollectOptions): PendingItem[] =>
  collectPending(state, planSource, now, options);

/** The one priority (core/priority.ts) over the real plan and catalogue: what every surface's "next" comes from. */
export const priorityItems = (state: AppState, now: number): PriorityItem[] => prioritize(state, planSource, now);

/** Everything nextReminder needs, in the browser's own time zone. */
export function reminderInput(state: AppState, sent: readonly SentReminder[], now: number): ReminderInput {
  return {
    now,
    clock: systemClock,
    settings: state.settings.reminders,
    items: pendingItems(state, now),
    incidents: state.incidents,
    accounts: state.accounts,
    sent,
  };
}

/** A pending item's title in the current language: a catalogue step's own text, or a plan message. */
export function titleText(title: ItemTitle): string {
  if ('text' in title) return pick(title.text);
  // An account named by its catalogue site's own name is shown in the current language.
  const vars =
    title.vars && typeof title.vars.account === 'string' ? { ...title.vars, account: shownName(title.vars.account) } : title.vars;
  return t(title.key as MessageKey, vars);
}
