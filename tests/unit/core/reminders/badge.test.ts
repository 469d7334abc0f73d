import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  accountIdsForUrl,
  BADGE_COLORS,
  badgeText,
  collectPending,
  fixedClock,
  nextBadgeChange,
  openCounts,
  overallBadge,
  siteBadge,
  type LocalClock,
  type PendingItem,
} from '@/core/reminders';
import { DAY, HOUR, MONDAY, SITES, account, incident, source, stateWith } from './fixtures';

const now = MONDAY + 12 * HOUR;
const utc = fixedClock(0);

describe('badge', () => {
  it('shows the urgent count in the urgent colour while urgent tasks are open', () => {
    const state = stateWith({ accounts: [account('a1', now), account('a2', now)], incidents: [incident('i1', now, ['a1', 'a2'])] });
    const items = collectPending(state, source, now);
    expect(overallBadge(items, now, utc)).toEqual({ kind: 'urgent', count: 2, text: '2', color: BADGE_COLORS.urgent, lead: items[0] });
    expect(items[0]?.id).toBe('task:i1:lock-a1');
  });

  it('otherwise the routine count in a neutral colour, not counting follow-ups whose day has not come', () => {
    const state = stateWith({
      accounts: [account('a1', now)],
      incidents: [incident('i1', now, ['a1'])],
      tasks: { i1: { 'lock-a1': { status: 'done', at: now } } },
    });
    const items = collectPending(state, source, now);
    const badge = overallBadge(items, now, utc);
    // The police report, the sessions and recovery steps; the monthly statements are not due yet.
    expect(badge).toEqual({ kind: 'routine', count: 3, text: '3', color: BADGE_COLORS.routine, lead: items[0] });
    expect(badge.lead?.id).toBe('task:i1:police');
    // The first statement check joins the day before it is due.
    const later = openCounts(collectPending(state, source, now + 29 * DAY), now + 29 * DAY, utc);
    expect(later.urgent + later.routine).toBe(4);
    // Past its due time, the police report is urgent work.
    expect(overallBadge(collectPending(state, source, now + 4 * DAY), now + 4 * DAY, utc)).toMatchObject({ kind: 'urgent', count: 1 });
  });

  it('is empty when nothing is open, and snoozed items do not count', () => {
    const state = stateWith({
      accounts: [account('a1', now)],
      steps: {
        a1: {
          password: { status: 'done', at: now },
          sessions: { status: 'not-applicable', at: now },
          recovery: { status: 'snoozed', at: now, until: now + DAY },
        },
      },
    });
    expect(overallBadge(collectPending(state, source, now), now, utc)).toMatchObject({ kind: 'none', text: '' });
  });

  it("on one of the user's sites counts that site's open items, \"don't remind\" accounts included", () => {
    // A custom site is stored by its registrable domain (createAccount), which covers its subdomains.
    const state = stateWith({
      accounts: [
        account('a1', now, { noReminders: true }),
        account('c1', now, { siteId: undefined, category: 'other', customDomain: 'example.org' }),
      ],
      incidents: [incident('i1', now, ['a1'])],
    });
    const items = collectPending(state, source, now, { includeMuted: true });
    const mail = accountIdsForUrl('https://www.examplemail.com/settings', state.accounts, SITES);
    expect(mail).toEqual(['a1']);
    expect(siteBadge(items, mail, now, utc)).toEqual({ kind: 'site', count: 3, text: '3', color: BADGE_COLORS.urgent, lead: items[0] });
    const shop = accountIdsForUrl('https://login.example.org/', state.accounts, SITES);
    expect(shop).toEqual(['c1']);
    expect(siteBadge(items, shop, now, utc)).toMatchObject({ count: 2, color: BADGE_COLORS.routine });
    expect(accountIdsForUrl('chrome://extensions', state.accounts, SITES)).toEqual([]);
    expect(accountIdsForUrl('https://unrelated.example.net/', state.accounts, SITES)).toEqual([]);
  });

  it.each([
    [0, ''],
    [7, '7'],
    [99, '99'],
    [100, '99+'],
  ])('writes %i as "%s"', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('when the badge changes by itself', () => {
  it("is when a snooze runs out, a follow-up's day begins or a task passes its due time, whichever comes first", () => {
    const state = stateWith({
      accounts: [account('a1', now)],
      incidents: [incident('i1', now, ['a1'])],
      steps: { a1: { password: { status: 'snoozed', at: now, until: now + 5 * HOUR } } },
    });
    const items = collectPending(state, source, now);
    expect(nextBadgeChange(items, now, utc)).toBe(now + 5 * HOUR);
    // Past the snooze: the police report passes its due time (three days after the incident) next.
    expect(nextBadgeChange(items, now + 5 * HOUR, utc)).toBe(now + 3 * DAY + 1);
  });

  it('is never when nothing is snoozed, waiting for its day or due', () => {
    const state = stateWith({ accounts: [account('a1', now)] });
    expect(nextBadgeChange(collectPending(state, source, now), now, utc)).toBeUndefined();
  });

  const itemArb = fc
    .record({
      taskId: fc.string({ minLength: 1, maxLength: 6 }),
      urgent: fc.boolean(),
      openFrom: fc.oneof(fc.constant(0), fc.integer({ min: now - 3 * DAY, max: now + 10 * DAY })),
      dueAt: fc.option(fc.integer({ min: now - 3 * DAY, max: now + 60 * DAY }), { nil: undefined }),
    })
    .map(({ taskId, ...timing }): PendingItem => ({
      id: `task:i1:${taskId}`,
      ref: { kind: 'task', incidentId: 'i1', taskId },
      stateKey: `task:i1:${taskId}`,
      stateRef: { kind: 'task', incidentId: 'i1', taskId },
      status: timing.openFrom > now ? 'snoozed' : 'open',
      overdue: false,
      minutes: 1,
      reason: { group: 'leak', incidentId: 'i1', phase: 'procedure', dueAt: timing.dueAt ?? 0, urgent: timing.urgent, overdue: false },
      title: { key: 'x' },
      repeat: false,
      muted: false,
      ...timing,
    }));
  const clockArb = fc.integer({ min: -720, max: 840 }).map((offset): LocalClock => fixedClock(offset));
  const total = (items: PendingItem[], at: number, clock: LocalClock) => {
    const counts = openCounts(items, at, clock);
    return counts.urgent + counts.routine;
  };

  it('(property) counts stay the same until that moment, and grow at it', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 8 }), clockArb, fc.double({ min: 0, max: 1, noNaN: true }), (items, clock, fraction) => {
        const next = nextBadgeChange(items, now, clock);
        const horizon = next ?? now + 90 * DAY;
        const between = now + Math.floor((horizon - now - 1) * fraction);
        expect(openCounts(items, between, clock)).toEqual(openCounts(items, now, clock));
        // At it, more items are open, or more of them are urgent (a task passed its due time).
        if (next !== undefined) {
          const [before, after] = [openCounts(items, next - 1, clock), openCounts(items, next, clock)];
          expect(total(items, next, clock) > total(items, next - 1, clock) || after.urgent > before.urgent).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
