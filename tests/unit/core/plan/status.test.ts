// How a plan task stands: a mirrored account step counts only when it was set after the leak, and then for
// every incident that needs it; other tasks have their own state per incident.
import { describe, expect, it } from 'vitest';
import { buildPlan, planProgress, planTaskStatus, taskStatus } from '@/core/plan';
import { taskUrgency } from '@/core/plan/status';
import type { StepState } from '@/core/model';
import { DAY, HOUR, NOW, account, catalogue, incident, stateWith } from './fixtures';

const mail = account('mail', { siteId: 'mail', category: 'email' });
const first = incident({ id: 'first', discoveredAt: NOW, leaked: ['password'], accountIds: ['mail'] });
const second = incident({ id: 'second', discoveredAt: NOW + 10 * DAY, leaked: ['password'], accountIds: ['mail'] });
const lockTask = (inc = first) => buildPlan(inc, stateWith({ accounts: [mail] }), catalogue).find((t) => t.id === 'lock.mail.password')!;
const withStep = (step: StepState) => stateWith({ accounts: [mail], steps: { mail: { password: step } } });

describe('planTaskStatus: the before-the-leak rule', () => {
  it.each([
    ['done after the discovery', { status: 'done', at: NOW + 1 }, 'done', undefined],
    ['done at the moment of discovery', { status: 'done', at: NOW }, 'done', undefined],
    ['done before the discovery', { status: 'done', at: NOW - 1 }, 'open', 'before-leak'],
    ['done another way before', { status: 'done-other', at: NOW - DAY }, 'open', 'before-leak'],
    ['marked not applicable before', { status: 'not-applicable', at: NOW - DAY }, 'open', 'before-leak'],
    ['snoozed before (not closed, so no reason to give)', { status: 'snoozed', at: NOW - DAY, until: NOW + DAY }, 'open', undefined],
  ] as const)('a password %s: %s', (_label, step, status, reason) => {
    const info = planTaskStatus(lockTask(), first, withStep(step), NOW + 2);
    expect(info.status).toBe(status);
    expect(info.reason).toBe(reason);
    expect(info.stored).toEqual(step);
  });

  it('uses when the leak happened, when known, instead of the discovery', () => {
    const known = { ...first, leakedAt: NOW - 5 * DAY };
    expect(planTaskStatus(lockTask(known), known, withStep({ status: 'done', at: NOW - 2 * DAY }), NOW).status).toBe('done');
    expect(planTaskStatus(lockTask(known), known, withStep({ status: 'done', at: NOW - 6 * DAY }), NOW).reason).toBe('before-leak');
  });

  it('counts one step for every incident that needs it, and only for those it came after', () => {
    const between = withStep({ status: 'done', at: NOW + DAY });
    expect(taskStatus(lockTask(first), first, between, NOW + 11 * DAY)).toBe('done');
    expect(planTaskStatus(lockTask(second), second, between, NOW + 11 * DAY)).toMatchObject({ status: 'open', reason: 'before-leak' });
    const after = withStep({ status: 'done', at: NOW + 11 * DAY });
    expect(taskStatus(lockTask(first), first, after, NOW + 12 * DAY)).toBe('done');
    expect(taskStatus(lockTask(second), second, after, NOW + 12 * DAY)).toBe('done');
  });

  it('lets a snooze run out', () => {
    const snoozed = withStep({ status: 'snoozed', at: NOW + 1, until: NOW + DAY });
    expect(taskStatus(lockTask(), first, snoozed, NOW + 2)).toBe('snoozed');
    expect(taskStatus(lockTask(), first, snoozed, NOW + DAY)).toBe('open');
  });
});

describe('planTaskStatus: tasks of their own', () => {
  const plan = buildPlan(first, stateWith({ accounts: [mail] }), catalogue);
  const evidence = plan.find((t) => t.id === 'keep-evidence')!;

  it('reads the state stored for this incident and this task only', () => {
    const state = stateWith({
      accounts: [mail],
      tasks: { first: { 'keep-evidence': { status: 'done', at: NOW - DAY, note: 'screenshots' } } },
    });
    // An own task's date is not compared with the leak: it can only have been set for this incident.
    expect(planTaskStatus(evidence, first, state, NOW)).toMatchObject({ status: 'done', state: { note: 'screenshots' } });
    expect(taskStatus(evidence, second, state, NOW)).toBe('open');
  });

  it('is open when nothing is stored', () => {
    expect(planTaskStatus(evidence, first, stateWith(), NOW)).toEqual({ status: 'open' });
  });
});

describe('planProgress', () => {
  it('counts closed, urgent open and overdue tasks', () => {
    const plan = buildPlan(first, stateWith({ accounts: [mail] }), catalogue);
    const state = stateWith({
      accounts: [mail],
      steps: { mail: { password: { status: 'done', at: NOW + 1 } } },
      tasks: {
        first: {
          'keep-evidence': { status: 'not-applicable', at: NOW + 1 },
          'warn-family': { status: 'snoozed', at: NOW, until: NOW + 9 * DAY },
        },
      },
    });
    const progress = planProgress(plan, first, state, NOW + 2 * DAY);
    expect(progress.total).toBe(plan.length);
    expect(progress.closed).toBe(2);
    const urgentOpen = plan.filter((t) => t.urgent && t.id !== 'lock.mail.password').length;
    expect(progress.urgentOpen).toBe(urgentOpen);
    const overdue = plan.filter(
      (t) => t.dueAt < NOW + 2 * DAY && !['lock.mail.password', 'keep-evidence', 'warn-family'].includes(t.id),
    ).length;
    expect(progress.overdue).toBe(overdue);
    expect(overdue).toBeGreaterThan(0);
  });
});

describe('honest urgency: taskUrgency, the one place that says "urgent"', () => {
  const plan = buildPlan(first, stateWith({ accounts: [mail] }), catalogue);
  const urgent = plan.find((t) => t.urgent)!;
  const calm = plan.find((t) => !t.urgent && t.dueAt > NOW + HOUR)!;
  const closedLeak = { ...first, closedAt: NOW + HOUR };

  it('an open leak: urgent work is urgent, work past its due time is overdue, the rest is not', () => {
    expect(taskUrgency(urgent, first, 'open', NOW)).toBe('urgent');
    expect(taskUrgency(calm, first, 'open', NOW)).toBeUndefined();
    expect(taskUrgency(calm, first, 'open', calm.dueAt + 1)).toBe('overdue');
    expect(planTaskStatus(urgent, first, stateWith({ accounts: [mail] }), NOW).urgency).toBe('urgent');
  });

  it('a leak marked dealt with has nothing urgent or overdue left, not even the urgent tasks still open', () => {
    const later = Math.max(...plan.map((t) => t.dueAt)) + DAY;
    for (const task of plan) {
      expect(taskUrgency(task, closedLeak, 'open', NOW + 2 * HOUR)).toBeUndefined();
      expect(taskUrgency(task, closedLeak, 'open', later)).toBeUndefined();
      expect(planTaskStatus(task, closedLeak, stateWith({ accounts: [mail] }), later).urgency).toBeUndefined();
    }
    const progress = planProgress(plan, closedLeak, stateWith({ accounts: [mail] }), later);
    expect(progress).toMatchObject({ urgentOpen: 0, overdue: 0 });
  });

  it('finished work is never urgent', () => {
    expect(taskUrgency(urgent, first, 'done', urgent.dueAt + DAY)).toBeUndefined();
    expect(taskUrgency(urgent, first, 'not-applicable', NOW)).toBeUndefined();
  });
});
