// The popup's first screen as data (core/popup-view.ts): built by the background after each change, and by
// the popup itself when no current one is stored. Both go through here, so both show the same thing.
import { POPUP_VIEW_ITEMS, POPUP_VIEW_MAX_AGE, POPUP_VIEW_VERSION, type PopupItem, type PopupView } from '@/core/popup-view';
import type { PriorityItem } from '@/core/priority';
import type { AppState } from '@/core/model';
import type { Catalogue } from '@/core/guide';
import { overallProgress } from '@/core/progress';
import type { Lang } from './i18n';
import { nextView, type ItemView, type NextView } from './next';

/** The next time an item opens or falls due: the view may read differently from then on. */
function nextChange(items: readonly PriorityItem[], now: number): number {
  let next = now + POPUP_VIEW_MAX_AGE;
  for (const item of items) {
    for (const at of [item.openFrom, item.dueAt]) if (at !== undefined && at > now && at < next) next = at;
  }
  return next;
}

function withGuide(view: ItemView, state: AppState): PopupItem {
  if (view.stateRef.kind !== 'step') return view;
  const { accountId } = view.stateRef;
  const account = state.accounts.find((one) => one.id === accountId);
  return account ? { ...view, guide: { ...(account.siteId ? { siteId: account.siteId } : {}), category: account.category } } : view;
}

export interface PopupViewInput {
  lang: Lang;
  revision: string;
  items: readonly PriorityItem[];
  catalogue: Catalogue;
  /** The items as views, when the caller has them already. */
  next?: NextView;
}

export function buildPopupView(state: AppState, now: number, { lang, revision, items, catalogue, ...given }: PopupViewInput): PopupView {
  const next = given.next ?? nextView(state, now, items);
  const leak = next.leaks[0];
  return {
    version: POPUP_VIEW_VERSION,
    lang,
    revision,
    validUntil: nextChange(items, now),
    open: next.open.slice(0, POPUP_VIEW_ITEMS).map((view) => withGuide(view, state)),
    openCount: next.open.length,
    ...(next.lead ? { leadId: next.lead.id } : {}),
    ...(leak
      ? {
          leak: {
            id: leak.id,
            name: leak.name,
            closed: leak.closed,
            total: leak.total,
            ...(leak.next ? { next: withGuide(leak.next, state) } : {}),
          },
        }
      : {}),
    accountCount: state.accounts.length,
    progress: overallProgress(state, catalogue, now),
  };
}
