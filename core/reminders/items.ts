// What is still to do, as the reminders and the badge see it: the open or snoozed tasks of every open
// incident's plan, and the open or snoozed guide steps of every account that no plan task already stands for.
import { buildGuide, effectiveStatus, openSteps, sortAccounts, type Catalogue, type EffectiveStatus } from '../guide';
import { keys } from '../keys';
import { DAY } from '../time';
import type { AppState, Incident, StepState } from '../model';
import type { BuildPlan, PlanTask } from '../plan/types';

export type ItemRef =
  | { kind: 'step'; accountId: string; stepId: string }
  | { kind: 'task'; incidentId: string; taskId: string };

/** A catalogue step's own text in both languages, or a plan task's message key. */
export type ItemTitle = { text: { en: string; zh_CN: string } } | { key: string; vars?: Record<string, string | number> };

export interface PendingItem {
  /** The storage key of the item's state: step:<accountId>:<stepId> or task:<incidentId>:<taskId>. */
  id: string;
  ref: ItemRef;
  /** Where its state is written (snooze): a lock-down task's state is its mirrored step's. */
  stateKey: string;
  urgent: boolean;
  title: ItemTitle;
  /** The account a step belongs to, or the one a lock-down task mirrors. */
  accountId?: string;
  incidentId?: string;
  /** Plan tasks only: when it should be done by. */
  dueAt?: number;
  /** 0 when open now; for a snoozed item, the moment its snooze runs out. */
  openFrom: number;
  /** A follow-up that repeats on its dates (monthly statement checks...). */
  repeat: boolean;
  /** The user asked not to be reminded about this item's account. */
  muted: boolean;
  url?: string;
}

/** How a plan task stands: its own state, or the mirrored step's state when that was set after the leak. */
export type TaskStatus = (task: PlanTask, incident: Incident, state: AppState, now: number) => EffectiveStatus;

/** Injected so that reminders do not depend on how the plan is built (and tests can use a tiny plan). */
export interface PlanSource {
  buildPlan: BuildPlan;
  taskStatus: TaskStatus;
  catalogue: Catalogue;
}

export const isOpenIncident = (incident: Incident) => incident.closedAt === undefined;

const snoozedUntil = (state: StepState | undefined, now: number) =>
  state?.status === 'snoozed' && (state.until ?? 0) > now ? (state.until ?? 0) : 0;

function taskItem(task: PlanTask, incident: Incident, state: AppState, source: PlanSource, now: number): PendingItem | undefined {
  const status = source.taskStatus(task, incident, state, now);
  if (status !== 'open' && status !== 'snoozed') return undefined;
  const mirrored = task.accountStep;
  let openFrom = 0;
  if (status === 'snoozed') {
    const own = snoozedUntil(state.tasks[incident.id]?.[task.id], now);
    const step = mirrored ? snoozedUntil(state.steps[mirrored.accountId]?.[mirrored.stepId], now) : 0;
    // The status function said snoozed; without a readable end, assume the usual one-day snooze.
    openFrom = Math.max(own, step) || now + DAY;
  }
  const account = mirrored ? state.accounts.find((a) => a.id === mirrored.accountId) : undefined;
  return {
    id: keys.task(incident.id, task.id),
    ref: { kind: 'task', incidentId: incident.id, taskId: task.id },
    stateKey: mirrored ? keys.step(mirrored.accountId, mirrored.stepId) : keys.task(incident.id, task.id),
    urgent: task.urgent,
    // A lock-down task says the site's own step ("Change your Google password"), not the generic wording.
    title: task.stepText ? { text: task.stepText.title } : { key: task.title.key, vars: task.title.vars },
    accountId: mirrored?.accountId,
    incidentId: incident.id,
    dueAt: task.dueAt,
    openFrom,
    repeat: task.repeat !== undefined,
    muted: account?.noReminders === true,
    url: task.url,
  };
}

function stepItems(state: AppState, catalogue: Catalogue, mirroredSteps: Set<string>, now: number): PendingItem[] {
  const item = (accountId: string, stepId: string, step: { title: { en: string; zh_CN: string }; url?: string }, openFrom: number, muted: boolean): PendingItem => ({
    id: keys.step(accountId, stepId),
    ref: { kind: 'step', accountId, stepId },
    stateKey: keys.step(accountId, stepId),
    urgent: false,
    title: { text: step.title },
    accountId,
    openFrom,
    repeat: false,
    muted,
    url: step.url,
  });
  const open = openSteps(state, catalogue, now).map(({ account, step }) => item(account.id, step.id, step, 0, account.noReminders === true));
  const snoozed: PendingItem[] = [];
  for (const account of sortAccounts(state.accounts)) {
    for (const step of buildGuide(account, catalogue)) {
      const stored = state.steps[account.id]?.[step.id];
      if (effectiveStatus(stored, now) !== 'snoozed') continue;
      snoozed.push(item(account.id, step.id, step, snoozedUntil(stored, now), account.noReminders === true));
    }
  }
  return [...open, ...snoozed].filter((entry) => !mirroredSteps.has(entry.id));
}

export interface CollectOptions {
  /** The badge for the current site counts every account; reminders leave out "don't remind" accounts. */
  includeMuted?: boolean;
}

/** Everything still to do, the most urgent first: urgent plan tasks, other plan tasks, then guide steps. */
export function collectPending(state: AppState, source: PlanSource, now: number, options: CollectOptions = {}): PendingItem[] {
  const tasks: PendingItem[] = [];
  const mirroredSteps = new Set<string>();
  for (const incident of state.incidents.filter(isOpenIncident)) {
    for (const task of source.buildPlan(incident, state, source.catalogue)) {
      if (task.accountStep) mirroredSteps.add(keys.step(task.accountStep.accountId, task.accountStep.stepId));
      const item = taskItem(task, incident, state, source, now);
      if (item) tasks.push(item);
    }
  }
  // Stable sort: urgent first, the plan's own order within each group.
  const ordered = [...tasks.filter((t) => t.urgent), ...tasks.filter((t) => !t.urgent), ...stepItems(state, source.catalogue, mirroredSteps, now)];
  return options.includeMuted ? ordered : ordered.filter((entry) => !entry.muted);
}
