// What the leak views do to the user's data: each action is one write through the storage module, and
// returns the undo that puts the previous value back.
import type { Evidence, Incident, StepStatus } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';
import { taskStateRef } from '@/core/state-ref';
import { newId, setNote, setStatus, type StateRef, type Undo } from './actions';
import {
  removeEvidence,
  removeIncident,
  restore,
  saveEvidence,
  saveIncident,
  updateAccountsFields,
  updateIncidentFields,
  type Patch,
} from './storage-writes';

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

/**
 * Changes the fields named in `change` on the leak as stored now (not on the view's copy, which may be stale),
 * and returns the undo, which puts back those fields alone as they were just before.
 */
export async function updateIncident(incident: Incident, change: Patch<Incident>): Promise<Undo> {
  const result = await updateIncidentFields(incident.id, change);
  if (!result) return async () => undefined;
  const { before } = result;
  const previous: Patch<Incident> = Object.fromEntries(Object.keys(change).map((name) => [name, before[name as keyof Incident]]));
  return async () => {
    await updateIncidentFields(incident.id, previous);
  };
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
