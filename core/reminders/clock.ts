// Local wall-clock arithmetic with the time zone passed in, so that the schedule is pure and its tests do not
// depend on the machine's zone. Reminder times, quiet hours and "a day" are all the user's local ones.

import { DAY, HOUR, MINUTE } from '../time';

export { MINUTE, HOUR, DAY };

/** Minutes to add to UTC to get local time at an instant (+480 in Beijing; changes across daylight saving). */
export interface LocalClock {
  offset(utcMs: number): number;
}

/** The running browser's zone. Only the background and the pages use it; core code takes a clock. */
export const systemClock: LocalClock = { offset: (ms) => -new Date(ms).getTimezoneOffset() };

export const fixedClock = (offsetMinutes: number): LocalClock => ({ offset: () => offsetMinutes });

/** "19:30" -> 1170. The settings schema guarantees the format. */
export function parseClockTime(text: string): number {
  const [hours = 0, minutes = 0] = text.split(':').map(Number);
  return hours * 60 + minutes;
}

export const formatClockTime = (minuteOfDay: number) =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

/** The instant as if local time were UTC: its UTC fields read as the local date and time. */
const toWall = (ms: number, clock: LocalClock) => ms + clock.offset(ms) * MINUTE;

/** Back from wall time to an instant; the second pass settles the offset near a daylight-saving change. */
function fromWall(wall: number, clock: LocalClock): number {
  const guess = wall - clock.offset(wall) * MINUTE;
  return wall - clock.offset(guess) * MINUTE;
}

export function minuteOfDay(ms: number, clock: LocalClock): number {
  const wall = toWall(ms, clock);
  return Math.floor((((wall % DAY) + DAY) % DAY) / MINUTE);
}

/** The local calendar date, "2025-11-24": a day's identity for the daily cap and reminder keys. */
export const dayKey = (ms: number, clock: LocalClock) => new Date(toWall(ms, clock)).toISOString().slice(0, 10);

const wallDayStart = (ms: number, clock: LocalClock) => Math.floor(toWall(ms, clock) / DAY) * DAY;

/** The instant the local day of `ms` begins (local midnight). */
export const dayStart = (ms: number, clock: LocalClock) => fromWall(wallDayStart(ms, clock), clock);

/** The instant `days` local days after the start of the day of `ms`, at local time `minutes` after midnight. */
export function atLocalTime(ms: number, minutes: number, clock: LocalClock, days = 0): number {
  return fromWall(wallDayStart(ms, clock) + days * DAY + minutes * MINUTE, clock);
}

/** The first instant at local time `minutes` that is not before `from`. */
export function nextAtLocalTime(from: number, minutes: number, clock: LocalClock): number {
  for (let days = 0; days < 3; days++) {
    const candidate = atLocalTime(from, minutes, clock, days);
    if (candidate >= from) return candidate;
  }
  return from + DAY;
}
