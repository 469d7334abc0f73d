// What the leak views do to the user's data: each action is one write through the storage module, and
// returns the undo that puts the previous value back.
import type { Evidence, Incident, StepStatus } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';
import { taskStateRef } from '@/core/state-ref';
import { newId, setNote, setStatus, type StateRef, type Undo } from './actions';
import { removeEvidence, removeIncident, restore, saveEvidence, saveIncident, updateAccountsFields } from './storage';

export type { Undo };

/** Where a task's state lives: its mirrored account step, or its own record under the incident. */
export const taskRef = (incident: Incident, task: PlanTask): StateRef => taskStateRef(incident.id, task);

export const setTaskStatus = (incident: Incident, task: PlanTask, status: StepStatus, extra: { until?: number } = {}): Promise<Undo> =>
  setStatus(taskRef(incident, task), status, extra.until);

export const setTaskNote = (incident: Incident, task: PlanTask, note: string): Promise<Undo> => setNote(taskRef(incident, task), note);

/**
 * Saves an incident, and the "same password" flag of the accounts the user ticked or unticked: only that
 * field, onto each account as stored now (a rename arriving meanwhile stays).
 */
export async function saveIncidentWithAccounts(incident: Incident, sharedPassword: Record<string, boolean>): Promise<void> {
  await saveIncident(incident);
  const patches = Object.fromEntries(Object.entries(sharedPassword).map(([id, shared]) => [id, { sharedPassword: shared }]));
  if (Object.keys(patches).length) await updateAccountsFields(patches);
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
  return previous
    ? () => saveEvidence(previous)
    : async () => {
        await removeEvidence(item.id);
      };
}

export async function deleteEvidence(id: string): Promise<Undo> {
  const taken = await removeEvidence(id);
  return () => restore(taken);
}
