// How a plan task stands. A lock-down task mirrors its account step, and that step counts only if it was set
// after the leak: a password changed before the leak was changed to something the thief may also have.
// Every other task has its own state under task:<incidentId>:<taskId>.
import { effectiveStatus, isClosed, type EffectiveStatus } from '../guide';
import type { AppState, Incident, StepState } from '../model';
import { readState, taskStateRef } from '../state-ref';
import type { PlanTask } from './types';

/** From this moment on, what the user does counts for the incident. */
export const leakStart = (incident: Incident) => incident.leakedAt ?? incident.discoveredAt;

export interface TaskStatusInfo {
  status: EffectiveStatus;
  /** The state that counts for this incident (undefined when none does). */
  state?: StepState;
  /** What is stored for the task, whether it counts or not: what an undo puts back. */
  stored?: StepState;
  /** Set when the mirrored step was closed, but before the leak, so it does not count here. */
  reason?: 'before-leak';
  /** Honest urgency (taskUrgency): set only while the leak is open and the task is not finished. */
  urgency?: TaskUrgency;
}

/** 'overdue': past its due time; 'urgent': work the plan calls urgent (lock-down, money). */
export type TaskUrgency = 'urgent' | 'overdue';

/**
 * The one place that says whether a plan task is urgent: only work of an OPEN leak that is not finished, and
 * then only when the plan calls it urgent or it is past its due time. A leak marked dealt with has nothing
 * urgent left, whatever its tasks say. (The priority, core/priority.ts, only lists open leaks' work.)
 */
export function taskUrgency(
  task: Pick<PlanTask, 'urgent' | 'dueAt'>,
  incident: Pick<Incident, 'closedAt'>,
  status: EffectiveStatus,
  now: number,
): TaskUrgency | undefined {
  if (incident.closedAt !== undefined || isClosed(status)) return undefined;
  if (task.dueAt < now) return 'overdue';
  return task.urgent ? 'urgent' : undefined;
}

/** What is stored where the task's state lives (core/state-ref.ts taskStateRef). */
export const storedState = (task: PlanTask, incident: Incident, state: AppState): StepState | undefined =>
  readState(state, taskStateRef(incident.id, task));

export function planTaskStatus(task: PlanTask, incident: Incident, state: AppState, now: number): TaskStatusInfo {
  const info = ownStatus(task, incident, state, now);
  const urgency = taskUrgency(task, incident, info.status, now);
  return urgency ? { ...info, urgency } : info;
}

function ownStatus(task: PlanTask, incident: Incident, state: AppState, now: number): TaskStatusInfo {
  const stored = storedState(task, incident, state);
  if (!stored) return { status: 'open' };
  if (task.accountStep && stored.at < leakStart(incident)) {
    const wasClosed = isClosed(effectiveStatus(stored, now));
    return wasClosed ? { status: 'open', stored, reason: 'before-leak' } : { status: 'open', stored };
  }
  return { status: effectiveStatus(stored, now), state: stored, stored };
}

/** The shape core/reminders injects: the status alone. */
export const taskStatus = (task: PlanTask, incident: Incident, state: AppState, now: number): EffectiveStatus =>
  planTaskStatus(task, incident, state, now).status;

export interface PlanProgress {
  closed: number;
  total: number;
  /** Urgent tasks still open (not snoozed) */
  urgentOpen: number;
  /** Open tasks past their due time */
  overdue: number;
}

export function planProgress(tasks: readonly PlanTask[], incident: Incident, state: AppState, now: number): PlanProgress {
  const progress: PlanProgress = { closed: 0, total: tasks.length, urgentOpen: 0, overdue: 0 };
  for (const task of tasks) {
    const { status, urgency } = planTaskStatus(task, incident, state, now);
    if (isClosed(status)) progress.closed += 1;
    if (status === 'open' && urgency && task.urgent) progress.urgentOpen += 1;
    if (status === 'open' && urgency === 'overdue') progress.overdue += 1;
  }
  return progress;
}
