// What the popup shows before anything else, ready-made: the background computes it from the one priority
// whenever the data changes (entrypoints/background/popup-view.ts) and keeps it in session storage, so the
// popup paints its first screen from one small read instead of loading every record, the catalogue and the
// plan code first (issue 13). `revision` names the data it was computed from: lib/storage.ts writes a new one
// before each change, and a view whose revision is not the current one is not shown.
import * as z from 'zod/mini';
import type { StateRef } from './state-ref';

z.config({ jitless: true });

/** Bumped when the shape changes: a view stored by an older version is not used. */
export const POPUP_VIEW_VERSION = 3;

/**
 * The messages the popup's first screen shows, carried in the view in its language, so that the popup paints
 * before reading its 100 kB message file (read right after, for everything else). tests/unit/entrypoints/popup
 * checks that the screen drawn with these alone is the screen drawn with every message.
 */
export const POPUP_TEXT_KEYS = [
  'popup.title',
  'popup.nothingYet',
  'popup.nextSteps',
  'popup.progress',
  'common.openDashboard',
  'common.hadLeak',
  'common.colon',
  'common.undo',
  'common.close',
  'emergency.link',
  'scams.popup',
  'next.continue',
  'next.mostImportant',
  'next.more',
  'next.newLeak',
  'next.next',
  'next.leakLabel',
  'next.leakProgress',
  'next.allLeakDone',
  'next.anotherLeakOpen',
  'next.overdue',
  'next.urgent',
  'leak.plan.goTo',
  'guide.openPage',
  'guide.markDone',
  // The toast of a Done made before the rest has loaded.
  'guide.stateChanged',
  'status.done',
  'accounts.allDone',
  'accounts.progress',
  'accounts.minutesLeft',
] as const;

/** How many open items the view keeps: the lead, the rows after it, and room for the current site's. */
export const POPUP_VIEW_ITEMS = 8;

// Where the item's state lives (core/state-ref.ts), flat: toStateRef below checks the ids its kind needs.
// (A zod union here would add more code to the popup's first paint than the whole view's other fields.)
const StoredRefSchema = z.object({
  kind: z.enum(['step', 'task']),
  accountId: z.optional(z.string()),
  stepId: z.optional(z.string()),
  incidentId: z.optional(z.string()),
  taskId: z.optional(z.string()),
});

const ItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  how: z.string(),
  context: z.optional(z.string()),
  url: z.optional(z.string()),
  tag: z.optional(z.enum(['urgent', 'overdue'])),
  minutes: z.number(),
  stateRef: StoredRefSchema,
  target: z.string(),
  incidentId: z.optional(z.string()),
  accountId: z.optional(z.string()),
});

const PopupViewSchema = z.object({
  version: z.number(),
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
  /** POPUP_TEXT_KEYS' messages in `lang`, by key (empty when the maker had no messages to hand). */
  texts: z.record(z.string(), z.string()),
});

type StoredView = z.infer<typeof PopupViewSchema>;
type StoredItem = z.infer<typeof ItemSchema>;

export type PopupItem = Omit<StoredItem, 'stateRef'> & { stateRef: StateRef };
export type PopupView = Omit<StoredView, 'open' | 'leak'> & {
  open: PopupItem[];
  leak?: Omit<NonNullable<StoredView['leak']>, 'next'> & { next?: PopupItem };
};

function toStateRef(ref: StoredItem['stateRef']): StateRef | undefined {
  const { kind, accountId, stepId, incidentId, taskId } = ref;
  if (kind === 'step') return accountId && stepId ? { kind, accountId, stepId } : undefined;
  return incidentId && taskId ? { kind, incidentId, taskId } : undefined;
}

function toItem(item: StoredItem): PopupItem | undefined {
  const stateRef = toStateRef(item.stateRef);
  return stateRef && { ...item, stateRef };
}

/** The stored view, if it parses and is of this version; anything else is no view (the popup computes its own). */
export function parsePopupView(raw: unknown): PopupView | undefined {
  const result = PopupViewSchema.safeParse(raw);
  if (!result.success || result.data.version !== POPUP_VIEW_VERSION) return undefined;
  const { open, leak, ...rest } = result.data;
  const items = open.map(toItem);
  if (!items.every(Boolean)) return undefined;
  let leakView: PopupView['leak'];
  if (leak) {
    const { next, ...facts } = leak;
    const nextItem = next && toItem(next);
    if (next && !nextItem) return undefined;
    leakView = nextItem ? { ...facts, next: nextItem } : facts;
  }
  return { ...rest, open: items as PopupItem[], ...(leakView ? { leak: leakView } : {}) };
}

/** True when the view describes the current data and nothing in it has changed with time since. */
export const isCurrent = (view: PopupView, revision: string, now: number) => view.revision === revision && now < view.validUntil;

/** True when the view carries every message its first screen shows. */
export const hasTexts = (view: Pick<PopupView, 'texts'>) => POPUP_TEXT_KEYS.every((key) => Object.hasOwn(view.texts, key));
