// The one priority (core/priority.ts) in the user's language, as the popup, the Overview, the side panel and
// the badge show it: each item's title, one-line how-to, whose it is, and where the dashboard shows it.
import { isOpenNow, isUrgent, leakSummaries, nextItem, type LeakSummary, type PriorityItem } from '@/core/priority';
import type { AppState, Incident } from '@/core/model';
import type { StateRef } from '@/core/state-ref';
import { routes } from '@/core/routes';
import { labelled, t } from './i18n';
import { planSource, priorityItems, titleText } from './pending';
import { accountLabel } from './account-names';

export interface ItemView {
  id: string;
  title: string;
  /** The how-to, whole; views show its first line. */
  how: string;
  /** Whose it is: the account's label and, when several leaks are open, the leak's name. */
  context?: string;
  url?: string;
  /** Only for an open leak's urgent work, or work past its due time. */
  tag?: 'urgent' | 'overdue';
  minutes: number;
  stateRef: StateRef;
  /** The dashboard page that shows it: its leak's plan or its account's guide. */
  target: string;
  incidentId?: string;
  accountId?: string;
}

export const leakName = (incident: Incident) => incident.source.trim() || t('overview.incident');

export function itemView(item: PriorityItem, state: AppState, now: number): ItemView {
  const account = item.accountId ? state.accounts.find((a) => a.id === item.accountId) : undefined;
  const incident = item.incidentId ? state.incidents.find((i) => i.id === item.incidentId) : undefined;
  const severalLeaks = state.incidents.filter((i) => i.closedAt === undefined).length > 1;
  const context = [
    account && accountLabel(account),
    severalLeaks && incident ? labelled(t('overview.incident'), leakName(incident)) : undefined,
  ]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
  const urgent = isUrgent(item, now);
  return {
    id: item.id,
    title: titleText(item.title),
    how: item.how ? titleText(item.how) : '',
    ...(context ? { context } : {}),
    ...(item.url ? { url: item.url } : {}),
    ...(urgent ? { tag: item.dueAt !== undefined && item.dueAt < now ? ('overdue' as const) : ('urgent' as const) } : {}),
    minutes: item.minutes,
    stateRef: item.stateRef,
    target: item.incidentId ? routes.leak(item.incidentId) : item.accountId ? routes.account(item.accountId) : routes.overview,
    ...(item.incidentId ? { incidentId: item.incidentId } : {}),
    ...(item.accountId ? { accountId: item.accountId } : {}),
  };
}

export interface LeakView {
  /** The incident's id. */
  id: string;
  incident: Incident;
  name: string;
  closed: number;
  total: number;
  next?: ItemView;
}

export interface NextView {
  /** The items that can be done now, in the priority's order, as views. */
  open: ItemView[];
  /** The first of them: what every surface names. */
  lead?: ItemView;
  /** Open leaks, the one whose task leads first. */
  leaks: LeakView[];
  /** True when an open leak has work: surfaces speak of urgency; otherwise calm "most important first". */
  leakOpen: boolean;
}

export function nextView(state: AppState, now: number, items: readonly PriorityItem[] = priorityItems(state, now)): NextView {
  const open = items.filter((item) => isOpenNow(item, now)).map((item) => itemView(item, state, now));
  const lead = nextItem(items, now);
  const leaks = leakSummaries(state, planSource, items, now).map((summary: LeakSummary) => ({
    id: summary.incident.id,
    incident: summary.incident,
    name: leakName(summary.incident),
    closed: summary.closed,
    total: summary.total,
    ...(summary.next ? { next: itemView(summary.next, state, now) } : {}),
  }));
  return { open, lead: lead ? open.find((view) => view.id === lead.id) : undefined, leaks, leakOpen: leaks.length > 0 };
}
