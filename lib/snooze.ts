// Snoozing one guide step or plan task, named by its storage key (step:<accountId>:<stepId> or
// task:<incidentId>:<taskId>, the key reminders and pending items already use). The background does it on
// a page's behalf (message "snooze"), so the write finishes even when the popup that asked closes at once.
import { refFromKey } from '@/core/state-ref';
import type { StepState } from '@/core/model';
import { updateStepState, updateTaskState } from './storage-writes';

/** The snoozed state, keeping the note the item had. */
export function snoozedState(previous: StepState | undefined, until: number, now: number): StepState {
  const next: StepState = { status: 'snoozed', at: now, until };
  if (previous?.note) next.note = previous.note;
  return next;
}

export async function snoozeItem(stateKey: string, until: number, now = Date.now()): Promise<StepState> {
  if (!Number.isSafeInteger(until) || until <= now) throw new Error(`A snooze must end in the future: ${until}`);
  const ref = refFromKey(stateKey);
  const change = (previous: StepState | undefined) => snoozedState(previous, until, now);
  if (ref?.kind === 'step') return (await updateStepState(ref.accountId, ref.stepId, change))!;
  if (ref?.kind === 'task') return (await updateTaskState(ref.incidentId, ref.taskId, change))!;
  throw new Error(`Not a step or task: ${stateKey}`);
}
