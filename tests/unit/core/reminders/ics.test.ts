import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectPending, fixedClock, type ItemTitle } from '@/core/reminders';
import { buildCalendar, escapeText, foldLine, followUpEvents, utcStamp } from '@/core/reminders/ics';
import { DAY, HOUR, MONDAY, account, incident, source, stateWith } from './fixtures';

const octets = (line: string) => new TextEncoder().encode(line).length;

/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long lines at 75 octets without cutting a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const line = `SUMMARY:${text}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
    const chinese = foldLine(`SUMMARY:${'修改密码'.repeat(20)}`);
    expect(chinese.split('\r\n').length).toBeGreaterThan(1);
    expect(chinese).not.toContain('\uFFFD');
  });

  it('writes DTSTAMP in UTC', () => {
    expect(utcStamp(Date.UTC(2025, 10, 24, 10, 30, 5))).toBe('20251124T103005Z');
  });
});

describe('calendar of pending follow-ups', () => {
  const now = MONDAY + 12 * HOUR;
  const state = stateWith({
    accounts: [account('a1', now)],
    incidents: [incident('i1', now, ['a1'])],
    tasks: { i1: { 'statement-2': { status: 'done', at: now } } },
  });
  const beijing = fixedClock(480);
  const text = {
    title: (title: ItemTitle) => ('key' in title ? `Task ${title.key}` : typeof title.text === 'string' ? title.text : title.text.en),
    description: () => 'Check, then mark it done; really',
  };
  const events = followUpEvents(collectPending(state, source, now), now, beijing, text, 19 * 60);
  const ics = buildCalendar(events, now, 'AfterLeak');
  const lines = ics.split('\r\n');

  it('has one event per pending dated task, on its local date, none for done ones or for guide steps', () => {
    expect(events.map((event) => event.uid)).toEqual([
      'task-i1-lock-a1@afterleak',
      'task-i1-police@afterleak',
      'task-i1-statement-1@afterleak',
      'task-i1-statement-3@afterleak',
    ]);
    // Due a day after 12:00 UTC on the 24th: 20:00 in Beijing on the 25th.
    expect(events[0]!.date).toBe('2025-11-25');
    expect(events[2]!.date).toBe(new Date(now + 30 * DAY + 8 * HOUR).toISOString().slice(0, 10));
  });

  it('is a well-formed RFC 5545 calendar', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.find((line) => line.startsWith('PRODID:'))).toBeDefined();
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(4);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    const first = unfold(ics).split('\r\n');
    expect(first).toContain('UID:task-i1-lock-a1@afterleak');
    expect(first).toContain('DTSTAMP:20251124T120000Z');
    expect(first).toContain('DTSTART;VALUE=DATE:20251125');
    expect(first).toContain('DTEND;VALUE=DATE:20251126');
    expect(first).toContain('DESCRIPTION:Check\\, then mark it done\\; really');
    expect(first).toContain('TRIGGER;RELATED=START:PT19H0M');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });
});
