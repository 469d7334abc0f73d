import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  accountIdsForUrl, BADGE_COLORS, badgeText, collectPending, fixedClock, nextBadgeChange, openCounts, overallBadge, siteBadge,
  type LocalClock, type PendingItem,
} from '@/core/reminders';
import { DAY, HOUR, MONDAY, SITES, account, incident, source, stateWith } from './fixtures';

const now = MONDAY + 12 * HOUR;
const utc = fixedClock(0);

describe('badge', () => {
  it('shows the urgent count in the urgent colour while urgent tasks are open', () => {
    const state = stateWith({ accounts: [account('a1', now), account('a2', now)], incidents: [incident('i1', now, ['a1', 'a2'])] });
    expect(overallBadge(collectPending(state, source, now), now, utc)).toEqual({ kind: 'urgent', count: 2, text: '2', color: BADGE_COLORS.urgent });
  });

  it('otherwise the routine count in a neutral colour, not counting follow-ups whose day has not come', () => {
    const state = stateWith({
      accounts: [account('a1', now)],
      incidents: [incident('i1', now, ['a1'])],
      tasks: { i1: { 'lock-a1': { status: 'done', at: now } } },
    });
    const badge = overallBadge(collectPending(state, source, now), now, utc);
    // Sessions and recovery steps; the police report and the statements are not due yet.
    expect(badge).toEqual({ kind: 'routine', count: 2, text: '2', color: BADGE_COLORS.routine });
    expect(overallBadge(collectPending(state, source, now + 3 * DAY), now + 3 * DAY, utc).count).toBe(3);
  });

  it('is empty when nothing is open, and snoozed items do not count', () => {
    const state = stateWith({
      accounts: [account('a1', now)],
      steps: { a1: { password: { status: 'done', at: now }, sessions: { status: 'not-applicable', at: now }, recovery: { status: 'snoozed', at: now, until: now + DAY } } },
    });
    expect(overallBadge(collectPending(state, source, now), now, utc)).toMatchObject({ kind: 'none', text: '' });
  });

  it('on one of the user\'s sites counts that site\'s open items, "don\'t remind" accounts included', () => {
    // A custom site is stored by its registrable domain (createAccount), which covers its subdomains.
    const state = stateWith({
      accounts: [account('a1', now, { noReminders: true }), account('c1', now, { siteId: undefined, category: 'other', customDomain: 'example.org' })],
      incidents: [incident('i1', now, ['a1'])],
    });
    const items = collectPending(state, source, now, { includeMuted: true });
    const mail = accountIdsForUrl('https://www.examplemail.com/settings', state.accounts, SITES);
    expect(mail).toEqual(['a1']);
    expect(siteBadge(items, mail, now, utc)).toEqual({ kind: 'site', count: 3, text: '3', color: BADGE_COLORS.urgent });
    const shop = accountIdsForUrl('https://login.example.org/', state.accounts, SITES);
    expect(shop).toEqual(['c1']);
    expect(siteBadge(items, shop, now, utc)).toMatchObject({ count: 2, color: BADGE_COLORS.routine });
    expect(accountIdsForUrl('chrome://extensions', state.accounts, SITES)).toEqual([]);
    expect(accountIdsForUrl('https://unrelated.example.net/', state.accounts, SITES)).toEqual([]);
  });

  it.each([[0, ''], [7, '7'], [99, '99'], [100, '99+']])('writes %i as "%s"', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});

describe('when the badge changes by itself', () => {
  it('is when a snooze runs out, or a follow-up\'s day begins, whichever comes first', () => {
    const state = stateWith({
      accounts: [account('a1', now)],
      incidents: [incident('i1', now, ['a1'])],
      steps: { a1: { password: { status: 'snoozed', at: now, until: now + 5 * HOUR } } },
    });
    const items = collectPending(state, source, now);
    expect(nextBadgeChange(items, now, utc)).toBe(now + 5 * HOUR);
    // Past the snooze: the police report's day (three days after the incident, from midnight) comes next.
    expect(nextBadgeChange(items, now + 5 * HOUR, utc)).toBe(MONDAY + 3 * DAY);
    // In a zone eight hours ahead, that day begins eight hours earlier by the clock.
    expect(nextBadgeChange(items, now + 5 * HOUR, fixedClock(480))).toBe(MONDAY + 3 * DAY - 8 * HOUR);
  });

  it('is never when nothing is snoozed or waiting for its day', () => {
    const state = stateWith({ accounts: [account('a1', now)] });
    expect(nextBadgeChange(collectPending(state, source, now), now, utc)).toBeUndefined();
  });

  const itemArb = fc.record({
    taskId: fc.string({ minLength: 1, maxLength: 6 }),
    urgent: fc.boolean(),
    openFrom: fc.oneof(fc.constant(0), fc.integer({ min: now - 3 * DAY, max: now + 10 * DAY })),
    dueAt: fc.option(fc.integer({ min: now - 3 * DAY, max: now + 60 * DAY }), { nil: undefined }),
  }).map(({ taskId, ...timing }): PendingItem => ({
    id: `task:i1:${taskId}`, ref: { kind: 'task', incidentId: 'i1', taskId }, stateKey: `task:i1:${taskId}`,
    title: { key: 'x' }, repeat: false, muted: false, ...timing,
  }));
  const clockArb = fc.integer({ min: -720, max: 840 }).map((offset): LocalClock => fixedClock(offset));
  const total = (items: PendingItem[], at: number, clock: LocalClock) => {
    const counts = openCounts(items, at, clock);
    return counts.urgent + counts.routine;
  };

  it('(property) counts stay the same until that moment, and grow at it', () => {
    fc.assert(fc.property(fc.array(itemArb, { maxLength: 8 }), clockArb, fc.double({ min: 0, max: 1, noNaN: true }), (items, clock, fraction) => {
      const next = nextBadgeChange(items, now, clock);
      const horizon = next ?? now + 90 * DAY;
      const between = now + Math.floor((horizon - now - 1) * fraction);
      expect(openCounts(items, between, clock)).toEqual(openCounts(items, now, clock));
      if (next !== undefined) expect(total(items, next, clock)).toBeGreaterThan(total(items, now, clock));
    }), { numRuns: 300 });
  });
});
