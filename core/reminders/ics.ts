// An iCalendar file (RFC 5545) of the pending follow-ups and due tasks, for people who live in their calendar.
// One all-day event per task on its local date, with a display alarm at the user's reminder time. The UID is
// stable, so importing a newer export updates the events instead of doubling them.
import { dayKey, type LocalClock } from './clock';
import type { ItemTitle, PendingItem } from './items';

export interface IcsEvent {
  uid: string;
  /** Local calendar date, "2025-11-24". */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  /** Minutes after the start of that day for a display alarm, e.g. 1140 for 19:00. */
  alarmMinutes?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values: backslash, semicolon and comma get a backslash; a line break becomes \n; other controls go. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point (RFC 5545 TEXT)
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/** Splits a content line into lines of at most 75 octets; each continuation starts with one space. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    // Whole characters only: a UTF-8 sequence is never cut in two.
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const compactDate = (date: string) => date.replaceAll('-', '');

function nextDate(date: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** "20251124T103000Z": DTSTAMP is always UTC. */
export const utcStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function alarmTrigger(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours}H${rest}M`;
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDate(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL;VALUE=URI:${event.url}`);
  lines.push('TRANSP:TRANSPARENT');
  if (event.alarmMinutes !== undefined) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER;RELATED=START:${alarmTrigger(event.alarmMinutes)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

export function buildCalendar(events: readonly IcsEvent[], now: number, name: string): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//AfterLeak//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export interface EventText {
  title: (title: ItemTitle) => string;
  description?: (item: PendingItem) => string | undefined;
}

/**
 * One event per pending plan task that has a date: on its due day, or today when it is already overdue, or
 * the day its snooze ends. Guide steps without a date stay in the app.
 */
export function followUpEvents(
  items: readonly PendingItem[],
  now: number,
  clock: LocalClock,
  text: EventText,
  alarmMinutes?: number,
): IcsEvent[] {
  return items
    .filter((item) => item.ref.kind === 'task' && item.dueAt !== undefined)
    .map((item) => ({
      uid: `${item.id.replaceAll(':', '-')}@afterleak`,
      date: dayKey(Math.max(item.dueAt ?? now, item.openFrom, now), clock),
      summary: text.title(item.title),
      description: text.description?.(item),
      url: item.url,
      alarmMinutes,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
