// Properties of the reminder schedule over random states, settings, logs, clocks and time zones.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STEP_STATUSES, type AppState, type Settings, type StepState } from '@/core/model';
import {
  appendSent,
  collectPending,
  dayKey,
  formatClockTime,
  inQuietHours,
  nextReminder,
  quietHours,
  type LocalClock,
  type PendingItem,
  type ReminderInput,
  type SentReminder,
} from '@/core/reminders';
import { buildGuide, effectiveStatus } from '@/core/guide';
import { DAY, HOUR, account, buildPlan, catalogue, incident, source, stateWith, taskStatus } from './fixtures';

const START = Date.UTC(2024, 0, 1);
const END = Date.UTC(2027, 0, 1);

const clockTime = fc.integer({ min: 0, max: 24 * 60 - 1 }).map(formatClockTime);

const settingsArb: fc.Arbitrary<Settings['reminders']> = fc.record({
  enabled: fc.boolean(),
  time: clockTime,
  quietStart: clockTime,
  quietEnd: clockTime,
  dailyCap: fc.integer({ min: 1, max: 5 }),
  checkup: fc.boolean(),
});

/** A fixed zone, or one that moves an hour every 97 days, like daylight saving. */
const clockArb: fc.Arbitrary<LocalClock> = fc.oneof(
  fc.integer({ min: -720, max: 840 }).map((offset): LocalClock => ({ offset: () => offset })),
  fc
    .integer({ min: -720, max: 780 })
    .map((offset): LocalClock => ({ offset: (ms) => offset + (Math.floor(ms / (97 * DAY)) % 2 ? 60 : 0) })),
);

function stateArb(now: number): fc.Arbitrary<AppState> {
  const when = fc.integer({ min: now - 40 * DAY, max: now });
  const stateOf = fc
    .record({
      status: fc.constantFrom(...STEP_STATUSES),
      at: when,
      until: fc.integer({ min: now - 2 * DAY, max: now + 4 * DAY }),
    })
    .map((s): StepState => (s.status === 'snoozed' ? s : { status: s.status, at: s.at }));
  const stepIds = ['password', 'sessions', 'recovery', 'alerts'];
  const taskIds = ['lock-a0', 'lock-a1', 'lock-a2', 'police', 'statement-1', 'statement-2', 'statement-3'];
  return fc
    .record({
      accounts: fc.array(fc.record({ created: when, muted: fc.boolean(), custom: fc.boolean() }), { maxLength: 3 }),
      incidents: fc.array(fc.record({ created: when, closed: fc.boolean(), accounts: fc.subarray(['a0', 'a1', 'a2']) }), { maxLength: 2 }),
      steps: fc.dictionary(fc.constantFrom('a0', 'a1', 'a2'), fc.dictionary(fc.constantFrom(...stepIds), stateOf)),
      tasks: fc.dictionary(fc.constantFrom('i0', 'i1'), fc.dictionary(fc.constantFrom(...taskIds), stateOf)),
    })
    .map(({ accounts, incidents, steps, tasks }) => {
      const ids = accounts.map((_, index) => `a${index}`);
      return stateWith({
        accounts: accounts.map((a, index) =>
          account(`a${index}`, a.created, { noReminders: a.muted, ...(a.custom ? { siteId: undefined, category: 'other' } : {}) }),
        ),
        incidents: incidents.map((inc, index) =>
          incident(
            `i${index}`,
            inc.created,
            inc.accounts.filter((id) => ids.includes(id)),
            inc.closed ? { closedAt: now } : {},
          ),
        ),
        steps,
        tasks,
      });
    });
}

const sentArb = (now: number): fc.Arbitrary<SentReminder[]> =>
  fc.array(
    fc.record({
      // Often today, so that the daily cap is actually reached.
      at: fc.oneof(fc.integer({ min: now - 10 * DAY, max: now }), fc.integer({ min: now - 8 * HOUR, max: now })),
      keys: fc.array(fc.constantFrom('first:i0', 'first:i1', 'urgent:x', 'routine:x', 'checkup:x', 'due:x'), {
        minLength: 1,
        maxLength: 2,
      }),
      kind: fc.constantFrom('first' as const, 'urgent' as const, 'routine' as const),
    }),
    { maxLength: 6 },
  );

const scenario = fc
  .integer({ min: START, max: END })
  .chain((now) => fc.record({ now: fc.constant(now), state: stateArb(now), settings: settingsArb, clock: clockArb, sent: sentArb(now) }));

function inputOf({
  now,
  state,
  settings,
  clock,
  sent,
}: {
  now: number;
  state: AppState;
  settings: Settings['reminders'];
  clock: LocalClock;
  sent: SentReminder[];
}): ReminderInput {
  return { now, clock, settings, items: collectPending(state, source, now), incidents: state.incidents, accounts: state.accounts, sent };
}

const sentOn = (sent: readonly SentReminder[], at: number, clock: LocalClock) =>
  sent.filter((entry) => dayKey(entry.at, clock) === dayKey(at, clock)).length;

/** How an item stands at a moment, judged from the stored state directly (not from the collected list). */
function statusAt(item: PendingItem, state: AppState, at: number): string {
  if (item.ref.kind === 'step') return effectiveStatus(state.steps[item.ref.accountId]?.[item.ref.stepId], at);
  const { incidentId, taskId } = item.ref;
  const inc = state.incidents.find((i) => i.id === incidentId)!;
  const task = buildPlan(inc, state, catalogue).find((t) => t.id === taskId)!;
  return taskStatus(task, inc, state, at);
}

function hasOpenUrgent(state: AppState, now: number): boolean {
  return state.incidents.some(
    (inc) =>
      inc.closedAt === undefined &&
      buildPlan(inc, state, catalogue).some((task) => {
        const owner = state.accounts.find((a) => a.id === task.accountStep?.accountId);
        return task.urgent && !owner?.noReminders && taskStatus(task, inc, state, now) === 'open';
      }),
  );
}

const RUNS = { numRuns: 400 };

describe('reminder schedule properties', () => {
  it('is never in the past, never in quiet hours, never over the daily cap', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const next = nextReminder(inputOf(s));
        if (!next) return;
        expect(next.at).toBeGreaterThanOrEqual(s.now);
        expect(inQuietHours(next.at, quietHours(s.settings), s.clock)).toBe(false);
        expect(sentOn(s.sent, next.at, s.clock)).toBeLessThan(s.settings.dailyCap);
      }),
      RUNS,
    );
  });

  it('sends no more on a day that already had its cap of reminders', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.integer({ min: 0, max: 12 * HOUR }), { minLength: 5, maxLength: 5 }), (s, ago) => {
        // Reminders of other kinds (a due day, a check-up) earlier today, as many as the cap allows.
        const today = ago
          .slice(0, s.settings.dailyCap)
          .map((back, index) => ({ at: s.now - back, keys: [`due:other-${index}`], kind: 'due' as const }))
          .filter((entry) => dayKey(entry.at, s.clock) === dayKey(s.now, s.clock));
        const next = nextReminder(inputOf({ ...s, sent: today }));
        if (next && today.length === s.settings.dailyCap) expect(dayKey(next.at, s.clock)).not.toBe(dayKey(s.now, s.clock));
      }),
      RUNS,
    );
  });

  it('is never about an item that is done, skipped or snoozed at that moment, nor a muted account', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const next = nextReminder(inputOf(s));
        for (const item of next?.about.items ?? []) {
          expect(statusAt(item, s.state, next!.at)).toBe('open');
          const owner = s.state.accounts.find((a) => a.id === item.accountId);
          expect(owner?.noReminders ?? false).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('always has something while urgent items remain and reminders are on; nothing when they are off', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const next = nextReminder(inputOf(s));
        if (!s.settings.enabled) expect(next).toBeUndefined();
        else if (hasOpenUrgent(s.state, s.now)) expect(next).toBeDefined();
      }),
      RUNS,
    );
  });

  it('says nothing when every item is closed and the check-up is off', () => {
    const closed = fc.constantFrom('done' as const, 'done-other' as const, 'not-applicable' as const);
    fc.assert(
      fc.property(scenario, closed, (s, status) => {
        const done: AppState = { ...s.state, steps: {}, tasks: {} };
        for (const acc of done.accounts) {
          done.steps[acc.id] = Object.fromEntries(buildGuide(acc, catalogue).map((st) => [st.id, { status, at: s.now }]));
        }
        for (const inc of done.incidents) {
          done.tasks[inc.id] = Object.fromEntries(buildPlan(inc, done, catalogue).map((t) => [t.id, { status, at: s.now }]));
        }
        expect(nextReminder(inputOf({ ...s, state: done, settings: { ...s.settings, checkup: false } }))).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('over a run of fired reminders: never the same reason twice, never over the cap, never in quiet hours', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        let sent: SentReminder[] = [];
        let now = s.now;
        const quiet = quietHours(s.settings);
        for (let fired = 0; fired < 10; fired++) {
          const next = nextReminder(inputOf({ ...s, now, sent }));
          if (!next) break;
          expect(next.at).toBeGreaterThanOrEqual(now);
          expect(inQuietHours(next.at, quiet, s.clock)).toBe(false);
          const before = sent.flatMap((entry) => entry.keys);
          expect(next.about.keys.filter((key) => before.includes(key))).toEqual([]);
          sent = appendSent({ sent }, { at: next.at, keys: next.about.keys, kind: next.about.kind }, next.at).sent;
          expect(sentOn(sent, next.at, s.clock)).toBeLessThanOrEqual(s.settings.dailyCap);
          now = next.at;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps sending while urgent items stay open: at least one a day after the first, capped', () => {
    fc.assert(
      fc.property(fc.integer({ min: START, max: END }), clockArb, settingsArb, (now, clock, settings) => {
        const on = { ...settings, enabled: true };
        const state = stateWith({ accounts: [account('a0', now - DAY)], incidents: [incident('i0', now, ['a0'])] });
        let sent: SentReminder[] = [];
        let at = now;
        for (let fired = 0; fired < 6; fired++) {
          const next = nextReminder(inputOf({ now: at, state, settings: on, clock, sent }));
          expect(next).toBeDefined();
          // The first within two hours unless quiet hours or the cap say otherwise; later ones within two days.
          expect(next!.at - at).toBeLessThanOrEqual(fired === 0 ? 2 * HOUR + 26 * HOUR : 50 * HOUR);
          sent = [...sent, { at: next!.at, keys: next!.about.keys, kind: next!.about.kind }];
          at = next!.at;
        }
      }),
      { numRuns: 100 },
    );
  });
});
