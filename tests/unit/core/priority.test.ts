// The one priority: properties that every surface relies on (they all take their "next" from here).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveStatus } from '@/core/guide';
import { buildPlan, taskStatus } from '@/core/plan';
import { CATEGORIES, LEAKED_DATA, STEP_STATUSES, TIERS, type AppState, type StepState } from '@/core/model';
import {
  isOpenNow,
  isUrgent,
  leakSummaries,
  nextForAccount,
  nextForIncident,
  nextItem,
  PHASE_ORDER,
  prioritize,
  type PlanSource,
} from '@/core/priority';
import { collectPending, overallBadge, fixedClock } from '@/core/reminders';
import { readState, refKey, taskStateRef, type StateRef } from '@/core/state-ref';
import { DAY, HOUR, NOW, account, catalogue, incident, stateWith } from './plan/fixtures';
import { english } from '../setup';

const source: PlanSource = { buildPlan, taskStatus, catalogue };

describe('prioritize: examples', () => {
  it('a leak with no accounts and no data types still has a first task to do now', () => {
    const state = stateWith({ incidents: [incident({ leaked: [], accountIds: [] })] });
    const next = nextItem(prioritize(state, source, NOW + HOUR), NOW + HOUR);
    expect(next).toBeDefined();
    expect(next).toMatchObject({ incidentId: 'inc1', status: 'open', reason: { group: 'leak' } });
  });

  it("puts an open leak's tasks before account work, and names the leak of each", () => {
    const mail = account('m', { siteId: 'mail', category: 'email', tier: 'critical' });
    const state = stateWith({ accounts: [mail], incidents: [incident({ leaked: ['phone'], accountIds: [] })] });
    const items = prioritize(state, source, NOW + HOUR);
    const firstStep = items.findIndex((item) => item.reason.group === 'account');
    expect(firstStep).toBeGreaterThan(0);
    expect(items.slice(0, firstStep).every((item) => item.incidentId === 'inc1')).toBe(true);
  });

  it('merges two open leaks into one list, in phase order across both', () => {
    const state = stateWith({
      incidents: [incident({ id: 'a', leaked: ['phone'] }), incident({ id: 'b', discoveredAt: NOW + DAY, leaked: ['bank-card'] })],
    });
    const items = prioritize(state, source, NOW + 2 * DAY);
    expect(new Set(items.map((item) => item.incidentId))).toEqual(new Set(['a', 'b']));
    const phases = items.filter((item) => item.status === 'open').map((item) => PHASE_ORDER.indexOf(item.phase!));
    expect(phases).toEqual([...phases].sort((x, y) => x - y));
  });

  it("a closed leak's tasks are not there; without a leak nothing is urgent", () => {
    const state = stateWith({ accounts: [account('x', { tier: 'critical' })], incidents: [incident({ closedAt: NOW + DAY })] });
    const items = prioritize(state, source, NOW + 2 * DAY);
    expect(items.some((item) => item.incidentId)).toBe(false);
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((item) => isUrgent(item, NOW + 2 * DAY))).toBe(false);
  });

  it('a lock-down task stands for its account step: one item, its state at the step', () => {
    const mail = account('m', { siteId: 'mail', category: 'email' });
    const state = stateWith({ accounts: [mail], incidents: [incident({ accountIds: ['m'] })] });
    const items = prioritize(state, source, NOW + HOUR);
    const lock = items.find((item) => item.id === 'task:inc1:lock.m.password');
    expect(lock).toMatchObject({ stateKey: 'step:m:password', accountId: 'm', title: { text: { en: 'Step password' } } });
    expect(items.some((item) => item.id === 'step:m:password')).toBe(false);
    expect(nextForAccount(items, 'm', NOW + HOUR)?.id).toBe('task:inc1:lock.m.password');
  });

  it('a follow-up months away waits; it joins the day before it is due', () => {
    const state = stateWith({ incidents: [incident({ leaked: ['bank-card'] })] });
    const items = prioritize(state, source, NOW + HOUR);
    const later = items.filter((item) => item.status === 'later');
    expect(later.length).toBeGreaterThan(0);
    for (const item of later) expect(item.openFrom).toBe(item.dueAt! - DAY);
    expect(items.indexOf(later[0]!)).toBeGreaterThan(items.findLastIndex((item) => item.status === 'open'));
  });
});

// Random states: up to five accounts (the catalogue's mail site or custom ones), up to three leaks, and any
// stored state on any of their steps and tasks.
const statusArb = fc
  .record({
    status: fc.constantFrom(...STEP_STATUSES),
    at: fc.integer({ min: NOW - 10 * DAY, max: NOW + 10 * DAY }),
    until: fc.option(fc.integer({ min: NOW - 5 * DAY, max: NOW + 40 * DAY }), { nil: undefined }),
  })
  .map((s): StepState => (s.until === undefined ? { status: s.status, at: s.at } : { status: s.status, at: s.at, until: s.until }));

const stateArb = fc
  .record({
    accounts: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5'),
        mail: fc.boolean(),
        tier: fc.constantFrom(...TIERS),
        category: fc.constantFrom(...CATEGORIES),
        sharedPassword: fc.boolean(),
        noReminders: fc.boolean(),
      }),
      { selector: (a) => a.id, maxLength: 5 },
    ),
    incidents: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('i1', 'i2', 'i3'),
        offset: fc.integer({ min: -20, max: 5 }),
        leaked: fc.subarray([...LEAKED_DATA]),
        passwordReused: fc.boolean(),
        closed: fc.boolean(),
        affected: fc.subarray(['a1', 'a2', 'a3', 'a4', 'a5']),
        region: fc.constantFrom('cn', 'us', 'uk', 'other' as const),
      }),
      { selector: (i) => i.id, maxLength: 3 },
    ),
    states: fc.array(fc.tuple(fc.nat(200), statusArb), { maxLength: 25 }),
    now: fc.integer({ min: NOW - DAY, max: NOW + 60 * DAY }),
  })
  .map(({ accounts, incidents, states, now }) => {
    const state: AppState = stateWith({
      accounts: accounts.map((a) =>
        account(a.id, {
          tier: a.tier,
          sharedPassword: a.sharedPassword,
          noReminders: a.noReminders,
          ...(a.mail ? { siteId: 'mail', category: 'email' } : { category: a.category }),
        }),
      ),
      incidents: incidents.map((i) =>
        incident({
          id: i.id,
          discoveredAt: NOW + i.offset * DAY,
          leaked: i.leaked,
          passwordReused: i.passwordReused,
          accountIds: i.affected,
          region: i.region,
          ...(i.closed ? { closedAt: NOW + i.offset * DAY + HOUR } : {}),
        }),
      ),
    });
    // Put the stored states on real steps and tasks, so that they matter.
    const targets = prioritize(state, source, now).map((item) => item.stateRef);
    for (const [pick, stored] of states) {
      const ref = targets[pick % Math.max(targets.length, 1)];
      if (!ref) break;
      const [map, owner, item] = ref.kind === 'step' ? [state.steps, ref.accountId, ref.stepId] : [state.tasks, ref.incidentId, ref.taskId];
      (map[owner] ??= {})[item] = stored;
    }
    return { state, now };
  });

const shuffled = (state: AppState): AppState => ({
  ...state,
  accounts: [...state.accounts].reverse(),
  incidents: [...state.incidents].reverse(),
});

describe('prioritize: properties', () => {
  it('the same state gives the same first item everywhere (popup, badge, reminders, leak summary, plan, side panel)', () => {
    fc.assert(
      fc.property(stateArb, ({ state, now }) => {
        const items = prioritize(state, source, now);
        const lead = nextItem(items, now);
        // Computed again, or from the records listed in another order: the same list.
        expect(prioritize(shuffled(state), source, now)).toEqual(items);
        // The badge and the site badge's tooltip, and the reminders (with "don't remind" accounts included).
        expect(nextItem(collectPending(state, source, now, { includeMuted: true }), now)).toEqual(lead);
        expect(overallBadge(items, now, fixedClock(0)).lead).toEqual(lead);
        if (lead?.incidentId) {
          expect(nextForIncident(items, lead.incidentId, now)).toBe(lead);
          expect(leakSummaries(state, source, items, now)[0]?.next).toBe(lead);
        }
        if (lead?.accountId) expect(nextForAccount(items, lead.accountId, now)).toBe(lead);
      }),
      { numRuns: 200 },
    );
  });

  it('a snoozed or finished item never leads', () => {
    fc.assert(
      fc.property(stateArb, ({ state, now }) => {
        const items = prioritize(state, source, now);
        const lead = nextItem(items, now);
        if (!lead) {
          expect(items.every((item) => item.status !== 'open')).toBe(true);
          return;
        }
        expect(lead.status).toBe('open');
        if (lead.reason.group === 'account') expect(effectiveStatus(readState(state, lead.stateRef), now)).toBe('open');
        else {
          const incident = state.incidents.find((i) => i.id === lead.incidentId)!;
          const task = buildPlan(incident, state, catalogue).find(
            (t) => refKey({ kind: 'task', incidentId: incident.id, taskId: t.id }) === lead.id,
          )!;
          expect(taskStatus(task, incident, state, now)).toBe('open');
          expect(lead.stateKey).toBe(refKey(taskStateRef(incident.id, task)));
        }
        // Everything that waits comes after everything that can be done now.
        const firstWaiting = items.findIndex((item) => !isOpenNow(item, now));
        if (firstWaiting >= 0) expect(items.slice(firstWaiting).every((item) => !isOpenNow(item, now))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('an urgent task due sooner never sorts below a later one of the same phase; an open leak leads', () => {
    fc.assert(
      fc.property(stateArb, ({ state, now }) => {
        const open = prioritize(state, source, now).filter((item) => isOpenNow(item, now));
        open.forEach((a, i) => {
          open.slice(i + 1).forEach((b) => {
            if (b.reason.group === 'leak') expect(a.reason.group).toBe('leak');
            if (a.phase && a.phase === b.phase && b.urgent) expect(b.dueAt!).toBeGreaterThanOrEqual(a.dueAt!);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('honest urgency: with no open leak nothing is urgent; ids are unique', () => {
    fc.assert(
      fc.property(stateArb, ({ state, now }) => {
        const items = prioritize(state, source, now);
        expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
        if (state.incidents.every((i) => i.closedAt !== undefined)) expect(items.some((item) => isUrgent(item, now))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("a deleted account's steps and tasks leave at once", () => {
    fc.assert(
      fc.property(stateArb, ({ state, now }) => {
        const [gone] = state.accounts;
        if (!gone) return;
        const after = prioritize({ ...state, accounts: state.accounts.slice(1) }, source, now);
        expect(after.some((item) => item.accountId === gone.id)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});

// The edge cases (issue 12, "Bad input and edge cases"), each on a small state that shows it.
describe('prioritize: edge cases', () => {
  const messageOf = (key: string) => english[key.replaceAll('.', '_')]?.message;

  it.each(['cn', 'us', 'uk', 'other'] as const)(
    'a leak with no affected accounts and no data types (region %s) starts with a real task: open now, early, with words and a how-to',
    (region) => {
      const state = stateWith({ incidents: [incident({ leaked: [], accountIds: [], region })] });
      const next = nextItem(prioritize(state, source, NOW + HOUR), NOW + HOUR)!;
      expect(next).toMatchObject({ incidentId: 'inc1', status: 'open' });
      expect(next.phase).not.toBe('follow-up');
      // Useful: it says what to do and how, in words the locale files have.
      expect('key' in next.title && messageOf(next.title.key)).toBeTruthy();
      expect(next.how && 'key' in next.how && messageOf(next.how.key)).toBeTruthy();
    },
  );

  it("a deleted account's steps and leak tasks leave the priority at once, and the lead moves on", () => {
    const mail = account('m', { siteId: 'mail', category: 'email', tier: 'critical' });
    const other = account('o', { tier: 'important' });
    const leak = incident({ leaked: ['password'], accountIds: ['m'] });
    const before = prioritize(stateWith({ accounts: [mail, other], incidents: [leak] }), source, NOW + HOUR);
    expect(nextItem(before, NOW + HOUR)).toMatchObject({ accountId: 'm', incidentId: 'inc1' });
    const after = prioritize(stateWith({ accounts: [other], incidents: [leak] }), source, NOW + HOUR);
    expect(after.filter((item) => item.accountId === 'm' || item.stateKey.startsWith('step:m:'))).toEqual([]);
    expect(nextItem(after, NOW + HOUR)?.accountId).not.toBe('m');
    expect(nextForAccount(after, 'm', NOW + HOUR)).toBeUndefined();
  });

  it('two open leaks make one list; every leak item names its own leak, and both leaks lead their own summary', () => {
    const state = stateWith({
      incidents: [
        incident({ id: 'a', source: 'Courier', leaked: ['phone'] }),
        incident({ id: 'b', source: 'Bank', discoveredAt: NOW + HOUR, leaked: ['bank-card', 'id-number'] }),
      ],
    });
    const now = NOW + 2 * HOUR;
    const items = prioritize(state, source, now);
    const plans = new Map(
      state.incidents.map((i) => [i.id, new Set(buildPlan(i, state, catalogue).map((task) => `task:${i.id}:${task.id}`))]),
    );
    for (const item of items) {
      expect(item.reason).toMatchObject({ group: 'leak', incidentId: item.incidentId });
      // Named by its leak, and really a task of that leak's plan.
      expect(plans.get(item.incidentId!)?.has(item.id)).toBe(true);
    }
    expect(new Set(items.map((item) => item.incidentId))).toEqual(new Set(['a', 'b']));
    const summaries = leakSummaries(state, source, items, now);
    expect(summaries.map((s) => s.next?.incidentId)).toEqual(summaries.map((s) => s.incident.id));
    expect(summaries[0]!.next).toBe(nextItem(items, now));
  });

  it('a snoozed item and a finished one never lead; the snoozed one comes back when its snooze ends', () => {
    const withStored = (state: AppState, ref: StateRef, value: StepState): AppState =>
      ref.kind === 'step'
        ? { ...state, steps: { ...state.steps, [ref.accountId]: { ...state.steps[ref.accountId], [ref.stepId]: value } } }
        : { ...state, tasks: { ...state.tasks, [ref.incidentId]: { ...state.tasks[ref.incidentId], [ref.taskId]: value } } };
    const mail = account('m', { siteId: 'mail', category: 'email', tier: 'critical' });
    const base = stateWith({ accounts: [mail, account('o')], incidents: [incident({ leaked: ['phone', 'password'], accountIds: ['m'] })] });
    const now = NOW + HOUR;
    const [first, second] = prioritize(base, source, now);
    const until = now + 3 * DAY;
    const state = withStored(withStored(base, first!.stateRef, { status: 'snoozed', at: now, until }), second!.stateRef, {
      status: 'done',
      at: now,
    });
    const items = prioritize(state, source, now);
    expect([first!.id, second!.id]).not.toContain(nextItem(items, now)?.id);
    expect(items.some((item) => item.id === second!.id)).toBe(false);
    expect(items.find((item) => item.id === first!.id)).toMatchObject({ status: 'snoozed', openFrom: until });
    expect(nextItem(prioritize(state, source, until), until)?.id).toBe(first!.id);
  });
});
