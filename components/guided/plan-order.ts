// The order a leak's tasks are walked in, one at a time, and which of them is next. It is the priority's order
// within one leak (core/priority.ts): the plan's phases in turn, then due time, urgent first, then the plan's
// own order. It does not depend on what is done, so the stepper keeps its places while the user works.
import { PHASES, planTaskStatus } from '@/core/plan';
import type { AppState, Incident } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';

const DAY = 86_400_000;

export function guidedOrder(tasks: readonly PlanTask[]): PlanTask[] {
  return tasks
    .map((task, index) => ({ task, index }))
    .sort((a, b) =>
      PHASES.indexOf(a.task.phase) - PHASES.indexOf(b.task.phase) ||
      a.task.dueAt - b.task.dueAt ||
      Number(!a.task.urgent) - Number(!b.task.urgent) ||
      a.index - b.index)
    .map(({ task }) => task);
}

/** The task to do now: the first open one, where a follow-up counts only from the day before it is due. */
export function planNext(tasks: readonly PlanTask[], incident: Incident, state: AppState, now: number): PlanTask | undefined {
  const open = guidedOrder(tasks).filter((task) => planTaskStatus(task, incident, state, now).status === 'open');
  return open.find((task) => task.phase !== 'follow-up' || task.dueAt - DAY <= now);
}

/** The address of one step at a time for a leak, at a step or (without one) where the user left off. */
export const guidedHref = (incidentId: string, position?: string) =>
  `#/leak/${incidentId}/guided${position ? `/${encodeURIComponent(position)}` : ''}`;
