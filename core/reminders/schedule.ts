// When the next reminder is due and what it is about, from stored state alone (the background keeps nothing
// in memory). Cadence after a leak: a first reminder within two hours of recording it, then one a day at the
// user's time while urgent tasks remain, then one every three days for the rest; a task that is due gets a
// reminder on its due day, a repeating follow-up on each of its dates. With no leak being worked on: an
// optional check-up every six months. Never in quiet hours, never more than the daily cap, never about an
// item that is done, skipped or snoozed, nothing at all when reminders are off.
import type { Account, Incident, Settings } from '../model';
import { atLocalTime, dayKey, dayStart, DAY, HOUR, nextAtLocalTime, parseClockTime, type LocalClock } from './clock';
import type { PendingItem } from './items';
import type { ReminderKind, SentReminder } from './log';
import { inQuietHours, quietHours, quietHoursEnd } from './quiet';

/** Long enough to work through the plan undisturbed, short enough to land within two hours. */
export const FIRST_DELAY = HOUR;
/** An incident recorded longer ago than this gets the daily cadence, not a belated "first" reminder. */
const FIRST_WINDOW = 14 * DAY;
export const ROUTINE_EVERY_DAYS = 3;
/** About six months. */
export const CHECKUP_EVERY_DAYS = 182;

export interface ReminderInput {
  now: number;
  clock: LocalClock;
  settings: Settings['reminders'];
  /** From collectPending (without "don't remind" accounts; muted items are ignored here anyway). */
  items: readonly PendingItem[];
  incidents: readonly Incident[];
  accounts: readonly Account[];
  sent: readonly Pick<SentReminder, 'at' | 'keys'>[];
}

export interface ReminderAbout {
  /** The most pressing reason among those folded into this reminder. */
  kind: ReminderKind;
  /** One per reason; the background records them so that none is ever sent twice. */
  keys: string[];
  /** What is open at that moment, the priority's first item first (empty for the check-up). */
  items: PendingItem[];
  urgent: number;
  routine: number;
  incidentId?: string;
}

export interface Reminder {
  at: number;
  about: ReminderAbout;
}

interface Candidate {
  kind: ReminderKind;
  key: string;
  earliest: number;
  incidentId?: string;
  item?: PendingItem;
}

const KIND_ORDER: ReminderKind[] = ['first', 'urgent', 'due', 'routine', 'checkup'];
const keyKind = (key: string) => key.slice(0, key.indexOf(':')) as ReminderKind;
const CADENCE = new Set<ReminderKind>(['first', 'urgent', 'routine']);

const minOf = (values: number[]) => values.reduce((a, b) => Math.min(a, b), Infinity);

function lastSent(sent: ReminderInput['sent'], kinds: Set<ReminderKind>): number | undefined {
  let last: number | undefined;
  for (const entry of sent) {
    if (entry.keys.some((key) => kinds.has(keyKind(key))) && (last === undefined || entry.at > last)) last = entry.at;
  }
  return last;
}

const wasSent = (sent: ReminderInput['sent'], key: string) => sent.some((entry) => entry.keys.includes(key));

/** A non-urgent task joins the "rest" on its due day; until then only its due-day reminder may mention it. */
function activeFrom(item: PendingItem, clock: LocalClock): number {
  if (item.urgent || item.dueAt === undefined) return item.openFrom;
  return Math.max(item.openFrom, dayStart(item.dueAt, clock));
}

class Planner {
  readonly time: number;
  readonly items: PendingItem[];
  readonly urgent: PendingItem[];
  readonly rest: PendingItem[];

  constructor(readonly input: ReminderInput) {
    this.time = parseClockTime(input.settings.time);
    this.items = input.items.filter((item) => !item.muted);
    this.urgent = this.items.filter((item) => item.urgent);
    this.rest = this.items.filter((item) => !item.urgent);
  }

  /** Today's slot at the user's time if still ahead of `base`, otherwise `base` itself (the slot was missed). */
  slotOrNow(base: number): number {
    const slot = atLocalTime(base, this.time, this.input.clock);
    return slot >= base ? slot : base;
  }

  activeIncidents(): Set<string> {
    return new Set(this.items.flatMap((item) => (item.ref.kind === 'task' ? [item.ref.incidentId] : [])));
  }

  firstReminders(active: Set<string>): Candidate[] {
    const { now, incidents, sent } = this.input;
    return incidents.flatMap((incident) => {
      const urgent = this.urgent.filter((item) => item.incidentId === incident.id);
      const key = `first:${incident.id}`;
      if (!active.has(incident.id) || !urgent.length || wasSent(sent, key) || incident.createdAt < now - FIRST_WINDOW) return [];
      const earliest = Math.max(now, incident.createdAt + FIRST_DELAY, minOf(urgent.map((item) => item.openFrom)));
      return [{ kind: 'first' as const, key, earliest, incidentId: incident.id }];
    });
  }

  daily(lastCadence: number | undefined): Candidate | undefined {
    if (!this.urgent.length) return undefined;
    const { now, clock } = this.input;
    let base = Math.max(now, minOf(this.urgent.map((item) => item.openFrom)));
    // At most one cadence reminder a day: the first reminder counts as that day's.
    if (lastCadence !== undefined) base = Math.max(base, atLocalTime(lastCadence, 0, clock, 1));
    return { kind: 'urgent', key: 'urgent', earliest: this.slotOrNow(base) };
  }

  routine(lastCadence: number | undefined): Candidate | undefined {
    if (this.urgent.length || !this.rest.length) return undefined;
    const { now, clock } = this.input;
    const base = Math.max(now, minOf(this.rest.map((item) => activeFrom(item, clock))));
    if (lastCadence === undefined) return { kind: 'routine', key: 'routine', earliest: nextAtLocalTime(base, this.time, clock) };
    const after = Math.max(base, atLocalTime(lastCadence, 0, clock, ROUTINE_EVERY_DAYS));
    return { kind: 'routine', key: 'routine', earliest: this.slotOrNow(after) };
  }

  dueDays(): Candidate[] {
    const { now, clock, sent } = this.input;
    return this.rest.flatMap((item) => {
      if (item.ref.kind !== 'task' || item.dueAt === undefined) return [];
      const dayEnd = atLocalTime(item.dueAt, 0, clock, 1);
      const key = `due:${item.id}:${dayKey(item.dueAt, clock)}`;
      if (dayEnd <= now || wasSent(sent, key)) return [];
      const base = Math.max(now, item.openFrom, dayStart(item.dueAt, clock));
      const earliest = this.slotOrNow(base);
      return earliest < dayEnd ? [{ kind: 'due' as const, key, earliest, item }] : [];
    });
  }

  checkup(): Candidate | undefined {
    const { settings, accounts, incidents, sent, now, clock } = this.input;
    const remindable = accounts.filter((account) => !account.noReminders);
    if (!settings.checkup || !remindable.length) return undefined;
    const anchor = Math.max(
      lastSent(sent, new Set(['checkup'])) ?? 0,
      minOf(remindable.map((account) => account.createdAt)),
      ...incidents.map((incident) => incident.closedAt ?? incident.updatedAt),
    );
    const due = atLocalTime(anchor, this.time, clock, CHECKUP_EVERY_DAYS);
    const key = `checkup:${dayKey(due, clock)}`;
    return wasSent(sent, key) ? undefined : { kind: 'checkup', key, earliest: Math.max(now, due) };
  }

  candidates(): Candidate[] {
    const active = this.activeIncidents();
    if (!active.size) return [this.checkup()].filter((c) => c !== undefined);
    const lastCadence = lastSent(this.input.sent, CADENCE);
    const firsts = this.firstReminders(active);
    // While a first reminder is still to come, it is the day's cadence reminder.
    const cadence = firsts.length ? firsts : [this.daily(lastCadence), this.routine(lastCadence)];
    return [...cadence, ...this.dueDays()].filter((c) => c !== undefined);
  }

  /** Moves a moment out of quiet hours and past days that already had their cap of reminders. */
  settle(from: number): number | undefined {
    const { settings, clock, sent } = this.input;
    const quiet = quietHours(settings);
    let at = from;
    for (let step = 0; step < 12; step++) {
      if (inQuietHours(at, quiet, clock)) {
        at = quietHoursEnd(at, quiet, clock);
        continue;
      }
      const day = dayKey(at, clock);
      if (sent.filter((entry) => dayKey(entry.at, clock) === day).length >= settings.dailyCap) {
        at = atLocalTime(at, this.time, clock, 1);
        continue;
      }
      return at;
    }
    return undefined;
  }

  about(at: number, folded: Candidate[]): ReminderAbout {
    const { clock } = this.input;
    const kinds = new Set(folded.map((c) => c.kind));
    const urgentOpen = this.urgent.filter((item) => item.openFrom <= at);
    const restOpen = this.rest.filter((item) => activeFrom(item, clock) <= at);
    const due = folded.flatMap((c) => (c.item ? [c.item] : []));
    // A cadence reminder names the priority's first item (what the popup and the badge lead with), then the rest.
    const cadence = kinds.has('first') || kinds.has('urgent') || kinds.has('routine');
    const lead = cadence ? this.items.find((item) => item.openFrom <= at) : undefined;
    const picked = [
      ...(lead ? [lead] : []),
      ...(kinds.has('first') || kinds.has('urgent') ? urgentOpen : []),
      ...due,
      ...(kinds.has('routine') ? restOpen : []),
    ];
    const items = picked.filter((item, index) => picked.findIndex((other) => other.id === item.id) === index);
    const kind = KIND_ORDER.find((k) => kinds.has(k)) ?? 'checkup';
    const day = dayKey(at, clock);
    const keys = folded.map((c) => (c.kind === 'urgent' || c.kind === 'routine' ? `${c.kind}:${day}` : c.key));
    const incidentId = folded.find((c) => c.incidentId)?.incidentId ?? items[0]?.incidentId;
    return { kind, keys, items, urgent: urgentOpen.length, routine: restOpen.length, incidentId };
  }
}

export function nextReminder(input: ReminderInput): Reminder | undefined {
  if (!input.settings.enabled) return undefined;
  const planner = new Planner(input);
  const settled = planner
    .candidates()
    .map((candidate) => ({ candidate, at: planner.settle(candidate.earliest) }))
    .filter((entry): entry is { candidate: Candidate; at: number } => entry.at !== undefined);
  if (!settled.length) return undefined;
  const at = Math.min(...settled.map((entry) => entry.at));
  // Everything that has come due by then goes into the same notification, so the cap is not spent twice;
  // so do tasks due later that same day: the day's reminder already names them.
  const day = dayKey(at, input.clock);
  const sameDay = (candidate: Candidate) =>
    candidate.kind === 'due' &&
    candidate.item !== undefined &&
    candidate.item.openFrom <= at &&
    dayKey(candidate.item.dueAt ?? 0, input.clock) === day;
  const folded = settled.map((entry) => entry.candidate).filter((candidate) => candidate.earliest <= at || sameDay(candidate));
  return { at, about: planner.about(at, folded) };
}
