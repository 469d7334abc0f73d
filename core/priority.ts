// One priority: every piece of open work, account steps and leak tasks alike, in one order with the reason
// for each position. Every surface (popup, Overview, side panel, badge, notification, the plan's "Next step")
// takes its "next" from here, so that all of them name the same first item.
//
// The order: work that can be done now before work that waits (a snooze, a follow-up whose day has not come);
// within that, an open leak's tasks before account work; a leak's tasks in the plan's phase order, then by due
// time (an urgent task due sooner never sorts below a later one), then the plan's own order; account steps by
// risk, then the account's tier, shared password and category (see core/account-order.ts accountRank).
// Pure: the plan builder, its status function and the catalogue are passed in.
import { accountRank } from './account-order';
import { buildGuide, effectiveStatus, isClosed, type Catalogue, type EffectiveStatus } from './guide';
import type { AppState, Incident, StepState, Tier } from './model';
import type { BuildPlan, PlanPhase, PlanTask } from './plan/types';
import { ownTaskRef, readState, refKey, stepRef, taskStateRef, type StateRef } from './state-ref';
import { DAY } from './time';
import { PHASES } from './plan/types';

/** The plan's phases in order (core/plan PHASES). */
export const PHASE_ORDER: readonly PlanPhase[] = PHASES;
const RISK_ORDER = { high: 0, medium: 1, low: 2 } as const;
export type Risk = keyof typeof RISK_ORDER;

/** A catalogue step's own text in both languages, or a plan message key with its substitutions. */
/** A catalogue step's own text (both languages, or the step index's in the loaded one), or a plan message. */
export type ItemTitle = { text: { en: string; zh_CN: string } | string } | { key: string; vars?: Record<string, string | number> };

/** How a plan task stands for its incident (core/plan/status.ts taskStatus). */
export type TaskStatus = (task: PlanTask, incident: Incident, state: AppState, now: number) => EffectiveStatus;

/** Injected so that the priority does not depend on how the plan is built (and tests can use a tiny plan). */
export interface PlanSource {
  buildPlan: BuildPlan;
  taskStatus: TaskStatus;
  catalogue: Catalogue;
}

/**
 * Why an item stands where it does. `waiting` says it cannot lead: snoozed until openFrom, or a follow-up whose
 * day has not come. A leak task's place comes from its phase and due time; an account step's from its risk and
 * its account's tier.
 */
export type PriorityReason =
  | { group: 'leak'; incidentId: string; phase: PlanPhase; dueAt: number; urgent: boolean; overdue: boolean; waiting?: 'snoozed' | 'later' }
  | { group: 'account'; accountId: string; risk: Risk; tier: Tier; sharedPassword: boolean; waiting?: 'snoozed' | 'later' };

export interface PriorityItem {
  /** The item's own key: step:<accountId>:<stepId> or task:<incidentId>:<taskId>. */
  id: string;
  /** The item itself: a guide step, or a plan task under its incident. */
  ref: StateRef;
  /** Where its state is read and written (a lock-down task's state is its account step's). */
  stateRef: StateRef;
  /** refKey(stateRef): what a snooze or "done" touches. */
  stateKey: string;
  /** The plan calls it urgent (lock-down and money work of an open leak). Account steps never are. */
  urgent: boolean;
  /** A leak task past its due time. */
  overdue: boolean;
  /** 'open' can be done now; 'snoozed' waits for its snooze; 'later' is a follow-up whose day has not come. */
  status: 'open' | 'snoozed' | 'later';
  title: ItemTitle;
  /** The how-to: a catalogue step's own text, or the task's message. */
  how?: ItemTitle;
  /** The account a step belongs to, or the one a lock-down task mirrors. */
  accountId?: string;
  incidentId?: string;
  phase?: PlanPhase;
  /** Leak tasks only: when it should be done by. */
  dueAt?: number;
  /** 0 when open now; otherwise the moment it starts to count (a snooze's end, a follow-up's day). */
  openFrom: number;
  /** A follow-up that repeats on its dates (monthly statement checks...). */
  repeat: boolean;
  /** The user asked not to be reminded about this item's account. */
  muted: boolean;
  url?: string;
  minutes: number;
  reason: PriorityReason;
}

export const isOpenIncident = (incident: Incident) => incident.closedAt === undefined;

/**
 * Say "urgent" only for work of an open leak that the plan calls urgent, or that is past its due time (at
 * `now` when given, else when the list was made). Account steps without a leak are never urgent.
 */
export const isUrgent = (item: Pick<PriorityItem, 'urgent' | 'overdue' | 'dueAt'>, now?: number) =>
  item.urgent || (now === undefined ? item.overdue : item.dueAt !== undefined && item.dueAt < now);

/** The item can be done now (not snoozed, not a follow-up waiting for its day). */
export const isOpenNow = (item: Pick<PriorityItem, 'openFrom'>, now: number) => item.openFrom <= now;

const snoozeEnd = (stored: StepState | undefined, now: number) =>
  stored?.status === 'snoozed' && (stored.until ?? 0) > now ? (stored.until ?? 0) : 0;

interface Ranked {
  item: PriorityItem;
  /** Numbers compared in turn, then `tie` as text: one total order, so the same state gives the same list. */
  rank: number[];
  tie: string;
}

function taskEntry(
  task: PlanTask,
  index: number,
  incident: Incident,
  incidentIndex: number,
  state: AppState,
  source: PlanSource,
  now: number,
): Ranked | undefined {
  const status = source.taskStatus(task, incident, state, now);
  if (status !== 'open' && status !== 'snoozed') return undefined;
  const stateRef = taskStateRef(incident.id, task);
  const ref = ownTaskRef(incident.id, task.id);
  let openFrom = 0;
  if (status === 'snoozed') {
    const own = snoozeEnd(readState(state, ref), now);
    const mirrored = task.accountStep ? snoozeEnd(readState(state, stateRef), now) : 0;
    // The status function said snoozed; without a readable end, assume the usual one-day snooze.
    openFrom = Math.max(own, mirrored) || now + DAY;
  } else if (task.phase === 'follow-up' && task.dueAt - DAY > now) {
    // A check due in a month is not work yet: it joins the day before it is due.
    openFrom = task.dueAt - DAY;
  }
  const account = task.accountStep ? state.accounts.find((a) => a.id === task.accountStep?.accountId) : undefined;
  const waiting = status === 'snoozed' ? 'snoozed' : openFrom > now ? 'later' : undefined;
  const overdue = task.dueAt < now;
  const item: PriorityItem = {
    id: refKey(ref),
    ref,
    stateRef,
    stateKey: refKey(stateRef),
    urgent: task.urgent,
    overdue,
    status: waiting ?? 'open',
    // A lock-down task says the site's own step ("Change your Google password"), not the generic wording.
    title: task.stepText ? { text: task.stepText.title } : { key: task.title.key, vars: task.title.vars },
    how: task.stepText?.how ? { text: task.stepText.how } : task.how ? { key: task.how.key, vars: task.how.vars } : undefined,
    accountId: task.accountStep?.accountId,
    incidentId: incident.id,
    phase: task.phase,
    dueAt: task.dueAt,
    openFrom,
    repeat: task.repeat !== undefined,
    muted: account?.noReminders === true,
    url: task.url,
    minutes: task.minutes,
    reason: {
      group: 'leak',
      incidentId: incident.id,
      phase: task.phase,
      dueAt: task.dueAt,
      urgent: task.urgent,
      overdue,
      ...(waiting ? { waiting } : {}),
    },
  };
  const phase = PHASE_ORDER.indexOf(task.phase);
  return { item, rank: [openFrom, 0, phase, task.dueAt, task.urgent ? 0 : 1, incidentIndex, index], tie: item.id };
}

function stepEntries(state: AppState, catalogue: Catalogue, mirrored: Set<string>, now: number): Ranked[] {
  const entries: Ranked[] = [];
  for (const account of state.accounts) {
    buildGuide(account, catalogue).forEach((step, index) => {
      const ref = stepRef(account.id, step.id);
      const id = refKey(ref);
      if (mirrored.has(id)) return; // an open leak's task stands for it
      const stored = readState(state, ref);
      const status = effectiveStatus(stored, now);
      if (status !== 'open' && status !== 'snoozed') return;
      const openFrom = status === 'snoozed' ? snoozeEnd(stored, now) || now + DAY : 0;
      const waiting = status === 'snoozed' ? ('snoozed' as const) : undefined;
      const item: PriorityItem = {
        id,
        ref,
        stateRef: ref,
        stateKey: id,
        urgent: false,
        overdue: false,
        status: waiting ?? 'open',
        title: { text: step.title },
        // From the step index alone there is no how-to: it comes with the guide's file (data/guides.ts).
        how: step.how ? { text: step.how } : undefined,
        accountId: account.id,
        openFrom,
        repeat: false,
        muted: account.noReminders === true,
        url: step.url,
        minutes: step.minutes,
        reason: {
          group: 'account',
          accountId: account.id,
          risk: step.risk,
          tier: account.tier,
          sharedPassword: account.sharedPassword,
          ...(waiting ? { waiting } : {}),
        },
      };
      entries.push({
        item,
        rank: [openFrom, 1, RISK_ORDER[step.risk], ...accountRank(account), index],
        tie: `${account.label}\u0000${id}`,
      });
    });
  }
  return entries;
}

function compare(a: Ranked, b: Ranked): number {
  const length = Math.max(a.rank.length, b.rank.length);
  for (let i = 0; i < length; i++) {
    const diff = (a.rank[i] ?? -1) - (b.rank[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0;
}

/** The open leaks, oldest discovery first: the order their tasks break ties in. */
export function openIncidents(state: AppState): Incident[] {
  return state.incidents.filter(isOpenIncident).sort((a, b) => a.discoveredAt - b.discoveredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Every open, snoozed or waiting item, the one to do first at the head. Items that can be done now come
 * before every waiting one; finished, skipped and closed-leak work is not in the list.
 */
export function prioritize(state: AppState, source: PlanSource, now: number): PriorityItem[] {
  const entries: Ranked[] = [];
  const mirrored = new Set<string>();
  openIncidents(state).forEach((incident, incidentIndex) => {
    source.buildPlan(incident, state, source.catalogue).forEach((task, index) => {
      if (task.accountStep) mirrored.add(refKey(taskStateRef(incident.id, task)));
      const entry = taskEntry(task, index, incident, incidentIndex, state, source, now);
      if (entry) entries.push(entry);
    });
  });
  entries.push(...stepEntries(state, source.catalogue, mirrored, now));
  // Waiting items compare by the moment they open; open ones all have openFrom 0 and compare by the rest.
  return entries.sort(compare).map((entry) => entry.item);
}

/** What to do now: the first item that can be done now (never a snoozed or waiting one), if any. */
export function nextItem(
  items: readonly PriorityItem[],
  now: number,
  filter: (item: PriorityItem) => boolean = () => true,
): PriorityItem | undefined {
  return items.find((item) => isOpenNow(item, now) && filter(item));
}

/** The first item of one leak (the plan page's "Next step"). */
export const nextForIncident = (items: readonly PriorityItem[], incidentId: string, now: number) =>
  nextItem(items, now, (item) => item.incidentId === incidentId);

/** The first item of one account (the side panel's pointer). */
export const nextForAccount = (items: readonly PriorityItem[], accountId: string, now: number) =>
  nextItem(items, now, (item) => item.accountId === accountId);

export interface LeakSummary {
  incident: Incident;
  /** Tasks done, done another way or not applicable. */
  closed: number;
  total: number;
  next?: PriorityItem;
}

/** Each open leak with its progress ("3 of 19") and its next task, in the order the priority leads with them. */
export function leakSummaries(state: AppState, source: PlanSource, items: readonly PriorityItem[], now: number): LeakSummary[] {
  const summaries = openIncidents(state).map((incident) => {
    const tasks = source.buildPlan(incident, state, source.catalogue);
    const closed = tasks.filter((task) => isClosed(source.taskStatus(task, incident, state, now))).length;
    return { incident, closed, total: tasks.length, next: nextForIncident(items, incident.id, now) };
  });
  // The leak whose next task leads the whole list comes first.
  const position = (summary: LeakSummary) => (summary.next ? items.indexOf(summary.next) : Infinity);
  return summaries.sort((a, b) => position(a) - position(b));
}

/** The plan task an item stands for, among a plan's tasks (undefined for an account step or another leak's task). */
export function taskOf<T extends Pick<PlanTask, 'id'>>(
  item: PriorityItem | undefined,
  incidentId: string,
  tasks: readonly T[],
): T | undefined {
  if (item?.ref.kind !== 'task' || item.ref.incidentId !== incidentId) return undefined;
  const taskId = item.ref.taskId;
  return tasks.find((task) => task.id === taskId);
}
