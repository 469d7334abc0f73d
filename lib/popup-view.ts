// The popup's first screen as data (core/popup-view.ts): built by the background after each change, and by
// the popup itself when no current one is stored. Both go through here, so both show the same thing.
import { POPUP_VIEW_ITEMS, POPUP_VIEW_VERSION, type PopupItem, type PopupView } from '@/core/popup-view';
import { HOUR } from '@/core/time';
import type { PriorityItem } from '@/core/priority';
import type { AppState } from '@/core/model';
import type { Catalogue } from '@/core/guide';
import type { StepHowLines } from '@/data/schema';
import { overallProgress } from '@/core/progress';
import type { Lang } from './i18n';
import { nextView, type ItemView, type NextView } from './next';

/** How long a view is trusted at most, even when nothing is due: a snooze or a due time it cannot see. */
const POPUP_VIEW_MAX_AGE = 6 * HOUR;

/** The next time an item opens or falls due: the view may read differently from then on. */
function nextChange(items: readonly PriorityItem[], now: number): number {
  let next = now + POPUP_VIEW_MAX_AGE;
  for (const item of items) {
    for (const at of [item.openFrom, item.dueAt]) if (at !== undefined && at > now && at < next) next = at;
  }
  return next;
}

/**
 * A catalogue step's (or a task mirroring one) how-to line, from its account's guide as core/guide.ts picks it:
 * the site's, else the generic guide of its category, else the "other" one. Other items keep their own how.
 */
function withHow(view: ItemView, state: AppState, lines: StepHowLines | undefined): PopupItem {
  if (view.stateRef.kind !== 'step') return view;
  const { accountId, stepId } = view.stateRef;
  const account = state.accounts.find((one) => one.id === accountId);
  if (!account || !lines) return { ...view, how: '' }; // never the general "follow this step of the guide"
  const guide = (account.siteId && lines.sites[account.siteId]) || lines.generic[account.category] || lines.generic.other;
  return { ...view, how: guide?.[stepId] ?? '' };
}

export interface PopupViewInput {
  lang: Lang;
  revision: string;
  items: readonly PriorityItem[];
  catalogue: Catalogue;
  /** The items as views, when the caller has them already. */
  next?: NextView;
  /** The first line of each catalogue step's how-to in `lang` (lib/i18n.ts loadHowLines). */
  howLines?: StepHowLines;
  /** The first screen's messages in `lang` (POPUP_TEXT_KEYS, lib/i18n.ts messageTexts). */
  texts?: Record<string, string>;
}

export function buildPopupView(
  state: AppState,
  now: number,
  { lang, revision, items, catalogue, howLines, texts = {}, ...given }: PopupViewInput,
): PopupView {
  const next = given.next ?? nextView(state, now, items);
  const leak = next.leaks[0];
  return {
    version: POPUP_VIEW_VERSION,
    lang,
    revision,
    validUntil: nextChange(items, now),
    open: next.open.slice(0, POPUP_VIEW_ITEMS).map((view) => withHow(view, state, howLines)),
    openCount: next.open.length,
    ...(next.lead ? { leadId: next.lead.id } : {}),
    ...(leak
      ? {
          leak: {
            id: leak.id,
            name: leak.name,
            closed: leak.closed,
            total: leak.total,
            ...(leak.next ? { next: withHow(leak.next, state, howLines) } : {}),
          },
        }
      : {}),
    accountCount: state.accounts.length,
    progress: overallProgress(state, catalogue, now),
    texts,
  };
}
