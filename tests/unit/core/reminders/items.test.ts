import { describe, expect, it } from 'vitest';
import { collectPending } from '@/core/reminders';
import { DAY, HOUR, MONDAY, account, incident, source, stateWith } from './fixtures';

const now = MONDAY + 12 * HOUR;

describe('collectPending', () => {
  it('lists guide steps of accounts when there is no incident, most urgent first', () => {
    const state = stateWith({ accounts: [account('a1', now)], steps: { a1: { password: { status: 'done', at: now } } } });
    expect(collectPending(state, source, now).map((item) => item.id)).toEqual(['step:a1:sessions', 'step:a1:recovery']);
  });

  it('puts urgent plan tasks first and lets a task stand for the step it mirrors', () => {
    const state = stateWith({ accounts: [account('a1', now)], incidents: [incident('i1', now, ['a1'])] });
    const items = collectPending(state, source, now);
    expect(items[0]).toMatchObject({
      id: 'task:i1:lock-a1',
      stateKey: 'step:a1:password',
      urgent: true,
      accountId: 'a1',
      incidentId: 'i1',
    });
    expect(items.map((item) => item.id)).not.toContain('step:a1:password');
    expect(items.map((item) => item.id)).toEqual(expect.arrayContaining(['task:i1:police', 'task:i1:statement-3', 'step:a1:sessions']));
  });

  it('leaves out done, skipped and closed work, and closed incidents', () => {
    const state = stateWith({
      accounts: [account('a1', now)],
      incidents: [incident('i1', now, ['a1']), incident('old', now - 90 * DAY, ['a1'], { closedAt: now - DAY })],
      tasks: { i1: { police: { status: 'not-applicable', at: now }, 'lock-a1': { status: 'done-other', at: now } } },
      steps: { a1: { sessions: { status: 'done', at: now } } },
    });
    const ids = collectPending(state, source, now).map((item) => item.id);
    expect(ids).not.toContain('task:i1:police');
    expect(ids).not.toContain('task:i1:lock-a1');
    expect(ids).not.toContain('step:a1:sessions');
    expect(ids.some((id) => id.startsWith('task:old:'))).toBe(false);
  });

  it('keeps a snoozed item with the moment it reopens; an expired snooze is simply open', () => {
    const state = stateWith({
      accounts: [account('a1', now)],
      steps: {
        a1: {
          sessions: { status: 'snoozed', at: now, until: now + DAY },
          recovery: { status: 'snoozed', at: now - 2 * DAY, until: now - DAY },
        },
      },
    });
    const items = collectPending(state, source, now);
    expect(items.find((item) => item.id === 'step:a1:sessions')?.openFrom).toBe(now + DAY);
    expect(items.find((item) => item.id === 'step:a1:recovery')?.openFrom).toBe(0);
  });

  it('honours "don\'t remind" unless asked for every account', () => {
    const state = stateWith({
      accounts: [account('a1', now, { noReminders: true }), account('a2', now)],
      incidents: [incident('i1', now, ['a1', 'a2'])],
    });
    const reminded = collectPending(state, source, now).map((item) => item.id);
    expect(reminded.some((id) => id.includes('a1'))).toBe(false);
    expect(reminded).toContain('task:i1:lock-a2');
    const all = collectPending(state, source, now, { includeMuted: true });
    expect(all.find((item) => item.id === 'task:i1:lock-a1')?.muted).toBe(true);
  });
});
