// What the leak views do to the user's data: each action is one write through the storage module, and
// returns the undo that puts the previous value back.
import type { Account, Evidence, Incident, StepState, StepStatus } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';
import { newId } from './actions';
import { removeEvidence, removeIncident, restore, saveAccount, saveEvidence, saveIncident, saveStepState, saveTaskState } from './storage';

export type Undo = () => Promise<void>;

/** Where a task's state lives: its mirrored account step, or its own record under the incident. */
function writeTaskState(incident: Incident, task: PlanTask, next: StepState | undefined) {
  const step = task.accountStep;
  return step ? saveStepState(step.accountId, step.stepId, next) : saveTaskState(incident.id, task.id, next);
}

/** Sets a task's status; `stored` is what is stored now (even if it does not count), for the undo. */
export async function setTaskStatus(
  incident: Incident, task: PlanTask, stored: StepState | undefined, status: StepStatus, extra: { until?: number } = {},
): Promise<Undo> {
  const next: StepState = { status, at: Date.now() };
  if (extra.until !== undefined) next.until = extra.until;
  if (stored?.note) next.note = stored.note;
  await writeTaskState(incident, task, status === 'pending' && !next.note ? undefined : next);
  return () => writeTaskState(incident, task, stored);
}

export async function setTaskNote(incident: Incident, task: PlanTask, stored: StepState | undefined, note: string): Promise<Undo> {
  // A note alone changes nothing about when the task was done, so the date stays.
  const next: StepState = { ...(stored ?? { status: 'pending', at: Date.now() }) };
  if (note.trim()) next.note = note.trim();
  else delete next.note;
  await writeTaskState(incident, task, next);
  return () => writeTaskState(incident, task, stored);
}

/** Saves an incident, and the "same password" flag of the accounts the user ticked or unticked. */
export async function saveIncidentWithAccounts(incident: Incident, accountChanges: Account[]): Promise<void> {
  await saveIncident(incident);
  for (const account of accountChanges) await saveAccount(account);
}

export const newIncidentId = newId;

export async function updateIncident(incident: Incident, change: Partial<Incident>): Promise<Undo> {
  const next: Incident = { ...incident, ...change, id: incident.id, updatedAt: Date.now() };
  for (const key of Object.keys(change) as (keyof Incident)[]) if (change[key] === undefined) delete next[key];
  await saveIncident(next);
  return () => saveIncident(incident);
}

/** Removes the incident, its task states and its evidence; the undo puts all of it back. */
export async function deleteIncident(id: string, evidenceIds: string[]): Promise<Undo> {
  let taken = await removeIncident(id);
  for (const evidenceId of evidenceIds) taken = { ...taken, ...(await removeEvidence(evidenceId)) };
  return () => restore(taken);
}

export async function putEvidence(item: Evidence, previous: Evidence | undefined): Promise<Undo> {
  await saveEvidence(item);
  return previous ? () => saveEvidence(previous) : async () => { await removeEvidence(item.id); };
}

export async function deleteEvidence(id: string): Promise<Undo> {
  const taken = await removeEvidence(id);
  return () => restore(taken);
}
