import { describe, expect, it } from 'vitest';
import { accountIdsForUrl, BADGE_COLORS, badgeText, collectPending, fixedClock, overallBadge, siteBadge } from '@/core/reminders';
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
    const state = stateWith({
      accounts: [account('a1', now, { noReminders: true }), account('c1', now, { siteId: undefined, category: 'other', customDomain: 'shop.example.org' })],
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
