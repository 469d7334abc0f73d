// How a step's or task's state changes when the user marks it or writes a note. Pure: the clock is passed in.
import type { StepState, StepStatus } from './model';

/** A new status, keeping the note; back to "to do" with no note leaves nothing to store. */
export function withStatus(current: StepState | undefined, status: StepStatus, now: number, until?: number): StepState | undefined {
  const next: StepState = { status, at: now };
  if (until !== undefined) next.until = until;
  if (current?.note) next.note = current.note;
  return status === 'pending' && !next.note ? undefined : next;
}

/** A note alone does not change when (or whether) the step was done. */
export function withNote(current: StepState | undefined, note: string, now: number): StepState {
  const next: StepState = { ...(current ?? { status: 'pending', at: now }) };
  if (note.trim()) next.note = note.trim();
  else delete next.note;
  return next;
}
