// Where a guide step's or a plan task's state lives: the one home of that rule. A lock-down task mirrors an
// account's guide step, so its state IS that step's state (step:<accountId>:<stepId>); every other task has
// its own record (task:<incidentId>:<taskId>). Views, reminders, the badge and the write commands all ask here.
import { keys, parseKey } from './keys';
import type { AppState, StepState } from './model';
import type { PlanTask } from './plan/types';

export type StateRef = { kind: 'step'; accountId: string; stepId: string } | { kind: 'task'; incidentId: string; taskId: string };

export const stepRef = (accountId: string, stepId: string): StateRef => ({ kind: 'step', accountId, stepId });

/** The task's own record, whether or not its state lives there (see taskStateRef). */
export const ownTaskRef = (incidentId: string, taskId: string): StateRef => ({ kind: 'task', incidentId, taskId });

/** Where a plan task's state lives: its mirrored account step, or its own record under the incident. */
export function taskStateRef(incidentId: string, task: Pick<PlanTask, 'id' | 'accountStep'>): StateRef {
  const step = task.accountStep;
  return step ? stepRef(step.accountId, step.stepId) : ownTaskRef(incidentId, task.id);
}

/** The storage key of a reference: step:<accountId>:<stepId> or task:<incidentId>:<taskId>. */
export const refKey = (ref: StateRef): string =>
  ref.kind === 'step' ? keys.step(ref.accountId, ref.stepId) : keys.task(ref.incidentId, ref.taskId);

/** The reference a step or task key names; undefined for any other key. */
export function refFromKey(key: string): StateRef | undefined {
  const parsed = parseKey(key);
  const [owner = '', item = ''] = parsed?.ids ?? [];
  if (parsed?.kind === 'step') return stepRef(owner, item);
  if (parsed?.kind === 'task') return ownTaskRef(owner, item);
  return undefined;
}

/** What is stored at a reference (own properties only: ids may be "__proto__" or "valueOf"). */
export function readState(state: AppState, ref: StateRef): StepState | undefined {
  const [map, owner, item] = ref.kind === 'step' ? [state.steps, ref.accountId, ref.stepId] : [state.tasks, ref.incidentId, ref.taskId];
  const bucket = Object.hasOwn(map, owner) ? map[owner] : undefined;
  return bucket && Object.hasOwn(bucket, item) ? bucket[item] : undefined;
}

export const sameRef = (a: StateRef, b: StateRef) => refKey(a) === refKey(b);
