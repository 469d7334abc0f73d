// Quiet hours: a local window (22:00-08:00 by default, which wraps midnight) when no reminder may appear.
import { atLocalTime, minuteOfDay, MINUTE, parseClockTime, type LocalClock } from './clock';

export interface QuietHours {
  start: number;
  end: number;
}

export const quietHours = (settings: { quietStart: string; quietEnd: string }): QuietHours => ({
  start: parseClockTime(settings.quietStart),
  end: parseClockTime(settings.quietEnd),
});

/** Start equal to end means no quiet hours at all. */
export function inQuietHours(ms: number, quiet: QuietHours, clock: LocalClock): boolean {
  if (quiet.start === quiet.end) return false;
  const minute = minuteOfDay(ms, clock);
  return quiet.start < quiet.end ? minute >= quiet.start && minute < quiet.end : minute >= quiet.start || minute < quiet.end;
}

/** When the quiet window that contains `ms` ends (call only inside quiet hours). Always later than `ms`. */
export function quietHoursEnd(ms: number, quiet: QuietHours, clock: LocalClock): number {
  const minute = minuteOfDay(ms, clock);
  const tomorrow = quiet.start > quiet.end && minute >= quiet.start;
  const end = atLocalTime(ms, quiet.end, clock, tomorrow ? 1 : 0);
  return end > ms ? end : ms + MINUTE;
}
