// The record of reminders already shown, kept in storage by the background. It is what makes the schedule
// survive a killed service worker or a restarted browser: the daily cap, "never the same reminder twice",
// and what a notification's buttons act on all come from here, never from memory.
import * as z from 'zod/mini';
import { DAY } from './clock';

// Its storage key lives with the others.
export { REMINDER_LOG_KEY } from '../keys';

export const REMINDER_KINDS = ['first', 'urgent', 'due', 'routine', 'checkup'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const SentReminderSchema = z.object({
  at: z.number(),
  /** One key per reason folded into this notification (first:<incidentId>, urgent:<day>, due:<item>:<day>...). */
  keys: z.array(z.string()),
  kind: z.enum(REMINDER_KINDS),
  /** The browser's notification id, so that a click or a button finds this entry after a restart. */
  notificationId: z.optional(z.string()),
  /** What it said, in the language it was shown in. */
  title: z.optional(z.string()),
  message: z.optional(z.string()),
  /** The dashboard route a click opens, e.g. #/leak/<incidentId>. */
  target: z.optional(z.string()),
  /** Storage keys of the items it was about, for "Snooze a day". */
  items: z.optional(z.array(z.string())),
});
export type SentReminder = z.infer<typeof SentReminderSchema>;

export interface ReminderLog {
  sent: SentReminder[];
}

/** Longer than the six-monthly check-up, so its last date is always known. */
const KEEP_FOR = 400 * DAY;
const KEEP_AT_MOST = 500;

/** Reads the stored log; an entry that does not parse is dropped, the rest kept. */
export function parseReminderLog(raw: unknown): ReminderLog {
  const entries = (raw as { sent?: unknown } | null | undefined)?.sent;
  if (!Array.isArray(entries)) return { sent: [] };
  const sent: SentReminder[] = [];
  for (const entry of entries) {
    const parsed = SentReminderSchema.safeParse(entry);
    if (parsed.success) sent.push(parsed.data);
  }
  return { sent };
}

export function appendSent(log: ReminderLog, entry: SentReminder, now: number): ReminderLog {
  const kept = log.sent.filter((old) => old.at > now - KEEP_FOR);
  return { sent: [...kept, entry].slice(-KEEP_AT_MOST) };
}

export const alreadySent = (log: ReminderLog, keys: readonly string[]) =>
  log.sent.some((entry) => entry.keys.some((key) => keys.includes(key)));

export const findByNotification = (log: ReminderLog, notificationId: string) =>
  log.sent.find((entry) => entry.notificationId === notificationId);
