import { describe, expect, it } from 'vitest';
import { alreadySent, appendSent, findByNotification, parseReminderLog, type ReminderLog } from '@/core/reminders';
import { DAY, MONDAY } from './fixtures';

describe('reminder log', () => {
  it('reads nothing from empty or foreign values, and drops only the entries that do not parse', () => {
    expect(parseReminderLog(undefined)).toEqual({ sent: [] });
    expect(parseReminderLog('garbage')).toEqual({ sent: [] });
    const good = { at: MONDAY, keys: ['first:i1'], kind: 'first', notificationId: 'n1' };
    expect(parseReminderLog({ sent: [good, { at: 'yesterday' }] })).toEqual({ sent: [good] });
  });

  it('knows what was sent and finds an entry by its notification', () => {
    const log = appendSent(
      { sent: [] },
      { at: MONDAY, keys: ['urgent:2025-11-24', 'due:x'], kind: 'urgent', notificationId: 'n2' },
      MONDAY,
    );
    expect(alreadySent(log, ['due:x'])).toBe(true);
    expect(alreadySent(log, ['urgent:2025-11-25'])).toBe(false);
    expect(findByNotification(log, 'n2')?.keys).toContain('due:x');
  });

  it('forgets entries after 400 days and keeps at most 500', () => {
    let log: ReminderLog = { sent: [{ at: MONDAY - 401 * DAY, keys: ['old'], kind: 'urgent' }] };
    log = appendSent(log, { at: MONDAY, keys: ['new'], kind: 'urgent' }, MONDAY);
    expect(log.sent.map((entry) => entry.keys[0])).toEqual(['new']);
    for (let index = 0; index < 600; index++)
      log = appendSent(log, { at: MONDAY + index, keys: [`k${index}`], kind: 'due' }, MONDAY + index);
    expect(log.sent).toHaveLength(500);
    expect(log.sent.at(-1)?.keys).toEqual(['k599']);
  });
});
