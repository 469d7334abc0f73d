// The popup's one read before its first paint: the ready-made view the background keeps in session storage
// (core/popup-view.ts, written through lib/storage.ts), with the data revision beside it. A separate module from
// lib/storage.ts so that the popup's first paint does not load the storage layer, the record schemas and the
// migrations; everything else still reads and writes through lib/storage.ts.
import { browser } from 'wxt/browser';
import { POPUP_VIEW_KEY, REVISION_KEY } from '@/core/keys';
import { isCurrent, parsePopupView, type PopupView } from '@/core/popup-view';

async function readCurrent(now: number): Promise<PopupView | undefined> {
  const stored = await browser.storage.session.get([POPUP_VIEW_KEY, REVISION_KEY]);
  const view = parsePopupView(stored[POPUP_VIEW_KEY]);
  const revision = stored[REVISION_KEY];
  return view && isCurrent(view, typeof revision === 'string' ? revision : '', now) ? view : undefined;
}

/** The stored view when it describes the current data; undefined when the popup must compute its own. */
export const readCurrentPopupView = (now = Date.now()) => readCurrent(now).catch(() => undefined);

/** Calls back with each new current view the background stores (after a change made here or elsewhere). */
export function watchPopupView(onChange: (view: PopupView) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'session' || !(POPUP_VIEW_KEY in changes)) return;
    void readCurrentPopupView().then((view) => view && onChange(view));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
