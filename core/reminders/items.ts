// What is still to do, as the reminders and the badge see it: the one priority (core/priority.ts), without
// the accounts the user asked not to be reminded about unless asked for every account.
import { prioritize, type PlanSource, type PriorityItem } from '../priority';
import type { AppState } from '../model';

export type { ItemTitle, PlanSource, TaskStatus } from '../priority';
export { isOpenIncident } from '../priority';
export type { StateRef as ItemRef } from '../state-ref';

/** One item of the priority; reminders use its id, stateKey, urgent, dueAt, openFrom, repeat and muted. */
export type PendingItem = PriorityItem;

export interface CollectOptions {
  /** The badge for the current site counts every account; reminders leave out "don't remind" accounts. */
  includeMuted?: boolean;
}

/** Everything still to do, in the one priority's order. */
export function collectPending(state: AppState, source: PlanSource, now: number, options: CollectOptions = {}): PendingItem[] {
  const ordered = prioritize(state, source, now);
  return options.includeMuted ? ordered : ordered.filter((entry) => !entry.muted);
}
