import { describe, expect, it } from 'vitest';
import {
  atLocalTime,
  dayKey,
  dayStart,
  fixedClock,
  inQuietHours,
  minuteOfDay,
  nextAtLocalTime,
  parseClockTime,
  quietHoursEnd,
  type LocalClock,
} from '@/core/reminders';
import { DAY, HOUR, MONDAY } from './fixtures';

const beijing = fixedClock(480);
const newYork = fixedClock(-300);

describe('local time', () => {
  it('reads the local date and minute in the given zone', () => {
    // 2025-11-24 20:30 UTC is 04:30 the next day in Beijing and 15:30 the same day in New York.
    const instant = MONDAY + 20.5 * HOUR;
    expect(dayKey(instant, beijing)).toBe('2025-11-25');
    expect(minuteOfDay(instant, beijing)).toBe(4 * 60 + 30);
    expect(dayKey(instant, newYork)).toBe('2025-11-24');
    expect(minuteOfDay(instant, newYork)).toBe(15 * 60 + 30);
  });

  it('finds local midnight and a local time on a later day', () => {
    const instant = MONDAY + 20.5 * HOUR;
    expect(dayStart(instant, beijing)).toBe(MONDAY + 16 * HOUR);
    expect(atLocalTime(instant, parseClockTime('19:00'), beijing, 1)).toBe(MONDAY + DAY + 11 * HOUR + DAY);
    expect(nextAtLocalTime(MONDAY + 12 * HOUR, parseClockTime('07:00'), fixedClock(0))).toBe(MONDAY + DAY + 7 * HOUR);
    expect(nextAtLocalTime(MONDAY + 7 * HOUR, parseClockTime('07:00'), fixedClock(0))).toBe(MONDAY + 7 * HOUR);
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    // Clocks go forward an hour at MONDAY + 2 days (UTC+0 -> UTC+1).
    const shift = MONDAY + 2 * DAY;
    const dst: LocalClock = { offset: (ms) => (ms >= shift ? 60 : 0) };
    const nineBefore = atLocalTime(MONDAY, 9 * 60, dst, 1);
    const nineAfter = atLocalTime(MONDAY, 9 * 60, dst, 3);
    expect(minuteOfDay(nineBefore, dst)).toBe(9 * 60);
    expect(minuteOfDay(nineAfter, dst)).toBe(9 * 60);
    expect(nineAfter - nineBefore).toBe(2 * DAY - HOUR);
  });
});

describe('quiet hours', () => {
  const night = { start: parseClockTime('22:00'), end: parseClockTime('08:00') };
  const utc = fixedClock(0);

  it.each([
    ['21:59', false],
    ['22:00', true],
    ['23:30', true],
    ['00:00', true],
    ['07:59', true],
    ['08:00', false],
    ['12:00', false],
  ])('22:00-08:00 wraps midnight: %s quiet is %s', (time, quiet) => {
    expect(inQuietHours(MONDAY + parseClockTime(time) * 60_000, night, utc)).toBe(quiet);
  });

  it('a daytime window does not wrap, and equal start and end means none', () => {
    const day = { start: parseClockTime('12:00'), end: parseClockTime('14:00') };
    expect(inQuietHours(MONDAY + 13 * HOUR, day, utc)).toBe(true);
    expect(inQuietHours(MONDAY + 23 * HOUR, day, utc)).toBe(false);
    expect(inQuietHours(MONDAY + 23 * HOUR, { start: 600, end: 600 }, utc)).toBe(false);
  });

  it('ends the window on the right day', () => {
    expect(quietHoursEnd(MONDAY + 23 * HOUR, night, utc)).toBe(MONDAY + DAY + 8 * HOUR);
    expect(quietHoursEnd(MONDAY + 3 * HOUR, night, utc)).toBe(MONDAY + 8 * HOUR);
  });
});
