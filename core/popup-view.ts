// What the popup shows before anything else, ready-made: the background computes it from the one priority
// whenever the data changes (entrypoints/background/popup-view.ts) and keeps it in session storage, so the
// popup paints its first screen from one small read instead of loading every record, the catalogue and the
// plan code first (issue 13). `revision` names the data it was computed from: lib/storage.ts writes a new one
// before each change, and a view whose revision is not the current one is not shown.
import * as z from 'zod/mini';
import { HOUR } from './time';

z.config({ jitless: true });

/** Bumped when the shape changes: a view stored by an older version is not used. */
export const POPUP_VIEW_VERSION = 1;

/** How many open items the view keeps: the lead, the rows after it, and room for the current site's. */
export const POPUP_VIEW_ITEMS = 8;

const StateRefSchema = z.union([
  z.object({ kind: z.literal('step'), accountId: z.string(), stepId: z.string() }),
  z.object({ kind: z.literal('task'), incidentId: z.string(), taskId: z.string() }),
]);

const ItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  how: z.string(),
  context: z.optional(z.string()),
  url: z.optional(z.string()),
  tag: z.optional(z.enum(['urgent', 'overdue'])),
  minutes: z.number(),
  stateRef: StateRefSchema,
  target: z.string(),
  incidentId: z.optional(z.string()),
  accountId: z.optional(z.string()),
  /** For a catalogue step (or a task that mirrors one): whose guide file has its how-to, loaded after paint. */
  guide: z.optional(z.object({ siteId: z.optional(z.string()), category: z.string() })),
});

const PopupViewSchema = z.object({
  version: z.literal(POPUP_VIEW_VERSION),
  lang: z.enum(['en', 'zh_CN']),
  revision: z.string(),
  /** Past this time the view may be out of date (a snooze ends, a task falls due). */
  validUntil: z.number(),
  /** The first open items, in the priority's order. */
  open: z.array(ItemSchema),
  openCount: z.number(),
  leadId: z.optional(z.string()),
  leak: z.optional(z.object({ id: z.string(), name: z.string(), closed: z.number(), total: z.number(), next: z.optional(ItemSchema) })),
  accountCount: z.number(),
  progress: z.object({ closed: z.number(), total: z.number(), minutesLeft: z.number() }),
});

export type PopupView = z.infer<typeof PopupViewSchema>;
export type PopupItem = z.infer<typeof ItemSchema>;

/** The stored view, if it parses; anything else is no view (the popup then computes its own). */
export function parsePopupView(raw: unknown): PopupView | undefined {
  const result = PopupViewSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** True when the view describes the current data and nothing in it has changed with time since. */
export const isCurrent = (view: PopupView, revision: string, now: number) => view.revision === revision && now < view.validUntil;

/** How long a view is trusted at most, even when nothing is due: a snooze or a due time it cannot see. */
export const POPUP_VIEW_MAX_AGE = 6 * HOUR;
