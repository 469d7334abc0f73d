// The report's timeline and the JSON export: the incident's own events, the evidence and what was done, by date.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '@/core/plan';
import { incidentExport, reportEvidence, reportTimeline } from '@/core/plan/timeline';
import type { Evidence } from '@/core/model';
import { DAY, HOUR, NOW, account, catalogue, incident, stateWith } from './fixtures';

const mail = account('mail', { siteId: 'mail', category: 'email', label: 'Personal mail' });
const leak = incident({ id: 'inc1', leaked: ['password'], accountIds: ['mail'], leakedAt: NOW - 2 * DAY, createdAt: NOW + HOUR });
const evidence = (id: string, at: number, incidentId = 'inc1'): Evidence => ({
  id,
  incidentId,
  kind: 'sms',
  at,
  from: '+86 123',
  summary: `message ${id}`,
  fileName: `${id}.png`,
  createdAt: at,
  updatedAt: at,
});
const state = stateWith({
  accounts: [mail],
  steps: {
    mail: {
      password: { status: 'done', at: NOW + 3 * HOUR, note: 'new one in my manager' },
      forwarding: { status: 'done', at: NOW - 3 * DAY },
    },
  },
  tasks: {
    inc1: {
      'keep-evidence': { status: 'done-other', at: NOW + 2 * HOUR },
      'warn-family': { status: 'snoozed', at: NOW + 4 * HOUR, until: NOW + 2 * DAY },
    },
    other: { 'complain-provider': { status: 'done', at: NOW + 5 * HOUR } },
  },
  evidence: [evidence('e2', NOW + 90 * 60_000), evidence('e1', NOW - DAY), evidence('x', NOW, 'other')],
});
const plan = buildPlan(leak, state, catalogue);

describe('reportTimeline', () => {
  const timeline = reportTimeline(leak, plan, state, NOW + 5 * HOUR);
  const summary = timeline.map((entry) =>
    entry.kind === 'task'
      ? `task:${entry.task.id}:${entry.status}`
      : entry.kind === 'evidence'
        ? `evidence:${entry.evidence.id}`
        : entry.kind,
  );

  it('lists the leak, the discovery, the evidence and what was done, oldest first', () => {
    expect(summary).toEqual([
      'leaked',
      'evidence:e1',
      'discovered',
      'recorded',
      'evidence:e2',
      'task:keep-evidence:done-other',
      'task:lock.mail.password:done',
      'task:warn-family:snoozed',
    ]);
  });

  it("leaves out steps done before the leak, other incidents' tasks and evidence", () => {
    expect(summary.join()).not.toMatch(/forwarding|complain-provider|evidence:x/);
  });

  it('keeps notes and snooze dates', () => {
    expect(timeline.find((e) => e.kind === 'task' && e.task.id === 'lock.mail.password')).toMatchObject({ note: 'new one in my manager' });
    expect(timeline.find((e) => e.kind === 'task' && e.task.id === 'warn-family')).toMatchObject({ until: NOW + 2 * DAY });
  });

  it('ends with the closing of the incident', () => {
    const closed = reportTimeline({ ...leak, closedAt: NOW + 10 * DAY }, plan, state, NOW + 10 * DAY);
    expect(closed.at(-1)).toEqual({ at: NOW + 10 * DAY, kind: 'closed' });
  });
});

describe('evidence the user leaves out of the report', () => {
  const withHeldBack = stateWith({ ...state, evidence: [...state.evidence, { ...evidence('e3', NOW + HOUR), omitFromReport: true }] });

  it("is neither on the timeline nor in the report's list, but stays in the JSON export", () => {
    const ids = reportTimeline(leak, plan, withHeldBack, NOW + 5 * HOUR).flatMap((e) => (e.kind === 'evidence' ? [e.evidence.id] : []));
    expect(ids).toEqual(['e1', 'e2']);
    expect(reportEvidence(leak, withHeldBack).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(incidentExport(leak, plan, withHeldBack, NOW + 5 * HOUR).evidence.map((e) => e.id)).toEqual(['e1', 'e3', 'e2']);
  });
});

describe('incidentExport', () => {
  const exported = incidentExport(leak, plan, state, NOW + 5 * HOUR);

  it('holds the incident, its accounts, every task with its status, and its evidence only', () => {
    expect(exported).toMatchObject({
      format: 'afterleak-incident',
      version: 1,
      incident: leak,
      accounts: [{ id: 'mail', label: 'Personal mail', category: 'email' }],
    });
    expect(exported.tasks).toHaveLength(plan.length);
    expect(exported.evidence.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(exported.tasks.find((t) => t.id === 'lock.mail.forwarding')).toMatchObject({ status: 'open', reason: 'before-leak' });
    expect(exported.tasks.find((t) => t.id === 'keep-evidence')).toMatchObject({ status: 'done-other', state: { at: NOW + 2 * HOUR } });
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});
