import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type AppState, type Settings } from '@/core/model';
import {
  collectPending,
  dayKey,
  fixedClock,
  minuteOfDay,
  nextReminder,
  type LocalClock,
  type ReminderInput,
  type SentReminder,
} from '@/core/reminders';
import { DAY, HOUR, MONDAY, account, buildPlan, catalogue, incident, source, stateWith } from './fixtures';

const utc = fixedClock(0);
const beijing = fixedClock(480);

function input(
  state: AppState,
  now: number,
  extra: Partial<ReminderInput> = {},
  reminders: Partial<Settings['reminders']> = {},
): ReminderInput {
  return {
    now,
    clock: utc,
    settings: { ...DEFAULT_SETTINGS.reminders, ...reminders },
    items: collectPending(state, source, now),
    incidents: state.incidents,
    accounts: state.accounts,
    sent: [],
    ...extra,
  };
}

const at = (day: number, hours: number, minutes = 0) => MONDAY + day * DAY + hours * HOUR + minutes * 60_000;
const sent = (when: number, ...keys: string[]): SentReminder => ({ at: when, keys, kind: 'urgent' });
const localTime = (ms: number, clock: LocalClock) => {
  const minutes = minuteOfDay(ms, clock);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

describe('nextReminder after a leak', () => {
  const leakAt = at(0, 10);
  const state = stateWith({ accounts: [account('a1', leakAt - DAY)], incidents: [incident('i1', leakAt, ['a1'])] });

  it('sends the first reminder within two hours of recording the incident, about the urgent tasks', () => {
    const next = nextReminder(input(state, leakAt));
    expect(next?.at).toBe(leakAt + HOUR);
    expect(next?.about).toMatchObject({ kind: 'first', keys: ['first:i1'], urgent: 1, incidentId: 'i1' });
    expect(next?.about.items.map((item) => item.id)).toEqual(['task:i1:lock-a1']);
  });

  it("leads with the priority's first item, the one the popup and the badge name", () => {
    const done = { ...state, tasks: { i1: { 'lock-a1': { status: 'done' as const, at: leakAt } } } };
    const items = collectPending(done, source, leakAt);
    const next = nextReminder(input(done, leakAt));
    expect(next?.about.kind).toBe('routine');
    expect(next?.about.items[0]).toEqual(items.find((item) => item.openFrom <= next!.at));
    expect(next?.about.items[0]?.id).toBe('task:i1:police');
  });

  it("names the tasks due later that day in the day's reminder instead of sending another", () => {
    const morning = at(0, 9);
    const dueToday = (inc: Parameters<typeof buildPlan>[0], st: AppState) => [
      ...buildPlan(inc, st, catalogue),
      { id: 'evidence', phase: 'procedure' as const, urgent: false, dueAt: at(0, 21), title: { key: 'test.evidence' }, minutes: 5 },
    ];
    const st = stateWith({ accounts: state.accounts, incidents: [incident('i1', morning, ['a1'])] });
    const withEvidence = { ...source, buildPlan: dueToday };
    const items = collectPending(st, withEvidence, morning);
    const next = nextReminder({ ...input(st, morning), items });
    expect(next?.at).toBe(morning + HOUR);
    expect(next?.about.keys).toEqual(['first:i1', 'due:task:i1:evidence:2025-11-24']);
    expect(next?.about.items.map((item) => item.id)).toEqual(['task:i1:lock-a1', 'task:i1:evidence']);
    const log = [sent(morning + HOUR, ...next!.about.keys)];
    expect(nextReminder({ ...input(st, morning + HOUR, { sent: log }), items })?.at).toBe(at(1, 19));
  });

  it('moves the first reminder out of quiet hours (22:00-08:00 wraps midnight)', () => {
    const late = at(0, 21, 30);
    const lateState = stateWith({ accounts: state.accounts, incidents: [incident('i1', late, ['a1'])] });
    expect(nextReminder(input(lateState, late))?.at).toBe(at(1, 8));
  });

  it('then reminds daily at the chosen time while urgent tasks remain, skipping the day of the first', () => {
    const log = [sent(leakAt + HOUR, 'first:i1')];
    const next = nextReminder(input(state, leakAt + HOUR, { sent: log }));
    expect(next?.at).toBe(at(1, 19));
    expect(next?.about).toMatchObject({ kind: 'urgent', keys: ['urgent:2025-11-25'] });
    const later = nextReminder(input(state, at(1, 19), { sent: [...log, sent(at(1, 19), 'urgent:2025-11-25')] }, { time: '07:30' }));
    // 07:30 is in quiet hours: the reminder waits until they end.
    expect(later?.at).toBe(at(2, 8));
  });

  it('uses the chosen time in the user’s own time zone', () => {
    const log = [sent(leakAt + HOUR, 'first:i1')];
    const next = nextReminder({ ...input(state, leakAt + HOUR, { sent: log }), clock: beijing });
    expect(localTime(next!.at, beijing)).toBe('19:00');
    expect(next!.at).toBe(at(1, 11));
  });

  it('every three days for the rest once the urgent tasks are done, and the procedure task on its due day', () => {
    const done = stateWith({ ...state, tasks: { i1: { 'lock-a1': { status: 'done', at: leakAt + 2 * HOUR } } } });
    const log = [sent(leakAt + HOUR, 'first:i1')];
    const next = nextReminder(input(done, leakAt + 2 * HOUR, { sent: log }));
    // Day 3 is the police report's due day; the routine reminder of that day folds into the same notification.
    expect(next?.at).toBe(at(3, 19));
    expect(next?.about.kind).toBe('due');
    expect(next?.about.keys).toEqual(expect.arrayContaining(['due:task:i1:police:2025-11-27', 'routine:2025-11-27']));
    expect(next?.about.items.map((item) => item.id)).toContain('task:i1:police');
    expect(next?.about.items.map((item) => item.id)).not.toContain('task:i1:statement-1');
  });

  it('reminds of each repeating follow-up on its own date', () => {
    const quietState = stateWith({
      ...state,
      tasks: { i1: { 'lock-a1': { status: 'done', at: leakAt + HOUR }, police: { status: 'done', at: leakAt + HOUR } } },
      steps: { a1: { sessions: { status: 'done', at: leakAt }, recovery: { status: 'not-applicable', at: leakAt } } },
    });
    const now = at(20, 12);
    const log = [sent(leakAt + HOUR, 'first:i1')];
    const next = nextReminder(input(quietState, now, { sent: log }));
    expect(next?.at).toBe(at(30, 19));
    expect(next?.about.kind).toBe('due');
    // From its date on, the follow-up is also part of "the rest", so the routine reminder folds in.
    expect(next?.about.keys.sort()).toEqual(['due:task:i1:statement-1:2025-12-24', 'routine:2025-12-24']);
    expect(next?.about.items.map((item) => item.id)).toEqual(['task:i1:statement-1']);
  });

  it('waits for a snooze to run out', () => {
    const snoozed = stateWith({ ...state, tasks: { i1: { 'lock-a1': { status: 'snoozed', at: leakAt, until: at(2, 12) } } } });
    const log = [sent(leakAt + HOUR, 'first:i1')];
    const next = nextReminder(input(snoozed, leakAt + 2 * HOUR, { sent: log }));
    expect(next?.at).toBe(at(2, 19));
    expect(next?.about.kind).toBe('urgent');
  });

  it('keeps to the daily cap: the next one goes to the following day', () => {
    const log = [sent(at(1, 9), 'first:i1'), sent(at(1, 10), 'due:x:2025-11-25')];
    const next = nextReminder(input(state, at(1, 10), { sent: log }, { dailyCap: 2 }));
    expect(dayKey(next!.at, utc)).toBe('2025-11-26');
  });

  it('sends a missed daily reminder as soon as it may, not a day late', () => {
    const log = [sent(leakAt + HOUR, 'first:i1')];
    expect(nextReminder(input(state, at(1, 20, 15), { sent: log }))?.at).toBe(at(1, 20, 15));
  });

  it('says nothing about an account the user asked not to be reminded of', () => {
    const muted = stateWith({ ...state, accounts: [account('a1', leakAt - DAY, { noReminders: true })] });
    const next = nextReminder(input(muted, leakAt));
    expect(next?.about.items.every((item) => item.accountId !== 'a1')).toBe(true);
    expect(next?.about.kind).not.toBe('first');
  });

  it('sends nothing at all when reminders are off', () => {
    expect(nextReminder(input(state, leakAt, {}, { enabled: false }))).toBeUndefined();
  });

  it('stops the incident cadence once the incident is closed', () => {
    const closed = stateWith({ ...state, incidents: [incident('i1', leakAt, ['a1'], { closedAt: leakAt + HOUR })] });
    const next = nextReminder(input(closed, leakAt + HOUR, {}, { checkup: false }));
    expect(next).toBeUndefined();
  });
});

describe('nextReminder without a leak', () => {
  const created = at(0, 12);
  const state = stateWith({ accounts: [account('a1', created)] });

  it('offers a check-up about six months after the accounts were added', () => {
    const next = nextReminder(input(state, created));
    expect(next?.about).toMatchObject({ kind: 'checkup', items: [] });
    expect(next!.at).toBe(at(182, 19));
  });

  it('counts six months from the last check-up', () => {
    const log: SentReminder[] = [{ at: at(182, 19), keys: ['checkup:2026-05-25'], kind: 'checkup' }];
    expect(nextReminder(input(state, at(183, 0), { sent: log }))?.at).toBe(at(364, 19));
  });

  it('does nothing when the check-up is off, or when there are no accounts', () => {
    expect(nextReminder(input(state, created, {}, { checkup: false }))).toBeUndefined();
    expect(nextReminder(input(stateWith({}), created))).toBeUndefined();
  });

  it('never nags about open guide steps on its own: they wait for the check-up', () => {
    const next = nextReminder(input(state, at(1, 12)));
    expect(next?.about.kind).toBe('checkup');
  });
});
