// The incident as a dated record, for the printed report and the JSON export: what happened, what the user
// did about it and when, and the evidence kept.
import type { EffectiveStatus } from '../guide';
import type { AppState, Evidence, Incident } from '../model';
import { planTaskStatus } from './status';
import type { PlanTask } from './types';

export type TimelineEntry =
  | { at: number; kind: 'leaked' | 'discovered' | 'recorded' | 'closed' }
  | { at: number; kind: 'task'; task: PlanTask; status: Exclude<EffectiveStatus, 'open'>; note?: string; until?: number }
  | { at: number; kind: 'evidence'; evidence: Evidence };

/** This incident's evidence, oldest first. */
export const incidentEvidence = (incident: Incident, state: AppState) =>
  state.evidence.filter((item) => item.incidentId === incident.id).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));

/** The evidence the printed report shows: all but what the user chose to leave out. */
export const reportEvidence = (incident: Incident, state: AppState) =>
  incidentEvidence(incident, state).filter((item) => !item.omitFromReport);

function taskEntries(incident: Incident, tasks: readonly PlanTask[], state: AppState, now: number): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const task of tasks) {
    const info = planTaskStatus(task, incident, state, now);
    if (info.status === 'open' || !info.state) continue;
    const entry: TimelineEntry = { at: info.state.at, kind: 'task', task, status: info.status };
    if (info.state.note) entry.note = info.state.note;
    if (info.state.until !== undefined) entry.until = info.state.until;
    entries.push(entry);
  }
  return entries;
}

/** Oldest first; at the same moment, the incident's own events come before what was done. */
export function reportTimeline(incident: Incident, tasks: readonly PlanTask[], state: AppState, now: number): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  if (incident.leakedAt !== undefined) entries.push({ at: incident.leakedAt, kind: 'leaked' });
  entries.push({ at: incident.discoveredAt, kind: 'discovered' }, { at: incident.createdAt, kind: 'recorded' });
  entries.push(...reportEvidence(incident, state).map((evidence): TimelineEntry => ({ at: evidence.at, kind: 'evidence', evidence })));
  entries.push(...taskEntries(incident, tasks, state, now));
  if (incident.closedAt !== undefined) entries.push({ at: incident.closedAt, kind: 'closed' });
  const rank = (entry: TimelineEntry) => (entry.kind === 'task' ? 2 : entry.kind === 'evidence' ? 1 : 0);
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at - b.entry.at || rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** Everything about one incident as plain data, for the "export as JSON" download. */
export function incidentExport(incident: Incident, tasks: readonly PlanTask[], state: AppState, now: number) {
  const accounts = state.accounts
    .filter((account) => incident.accountIds.includes(account.id))
    .map(({ id, label, category }) => ({ id, label, category }));
  return {
    format: 'afterleak-incident',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    incident,
    accounts,
    tasks: tasks.map((task) => {
      const info = planTaskStatus(task, incident, state, now);
      return {
        id: task.id,
        phase: task.phase,
        title: task.title,
        dueAt: task.dueAt,
        status: info.status,
        ...(info.reason ? { reason: info.reason } : {}),
        ...(info.state ? { state: info.state } : {}),
        ...(task.accountStep ? { accountStep: task.accountStep } : {}),
      };
    }),
    evidence: incidentEvidence(incident, state),
  };
}
