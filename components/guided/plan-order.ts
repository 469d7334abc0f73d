// The order a leak's tasks are walked in, one at a time. It is the priority's order
// within one leak (core/priority.ts): the plan's phases in turn, then due time, urgent first, then the plan's
// own order. It does not depend on what is done, so the stepper keeps its places while the user works. Which
// task is next comes from the priority itself (core/priority.ts nextForIncident).
import { PHASES } from '@/core/plan';
import { routes } from '@/core/routes';
import type { PlanTask } from '@/core/plan/types';

export function guidedOrder(tasks: readonly PlanTask[]): PlanTask[] {
  return tasks
    .map((task, index) => ({ task, index }))
    .sort(
      (a, b) =>
        PHASES.indexOf(a.task.phase) - PHASES.indexOf(b.task.phase) ||
        a.task.dueAt - b.task.dueAt ||
        Number(!a.task.urgent) - Number(!b.task.urgent) ||
        a.index - b.index,
    )
    .map(({ task }) => task);
}

/** The address of one step at a time for a leak, at a step or (without one) where the user left off. */
export const guidedHref = routes.leakGuided;
