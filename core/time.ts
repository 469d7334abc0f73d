// Lengths of time in milliseconds, defined once (issue 17). A "day" here is 24 hours of elapsed time; the
// user's local calendar days (quiet hours, "tomorrow at 9") are core/reminders/clock.ts's business.
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
