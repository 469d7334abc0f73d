// The popup's one read before its first paint: the ready-made view the background keeps in session storage
// (core/popup-view.ts, written through lib/storage.ts), with the data revision beside it. A separate module from
// lib/storage.ts so that the popup's first paint does not load the storage layer, the record schemas and the
// migrations; everything else still reads and writes through lib/storage.ts.
import { browser } from 'wxt/browser';
import { EARLY_POPUP_READ, POPUP_VIEW_KEY, REVISION_KEY, type EarlyPopupRead } from '@/core/keys';
import { isCurrent, parsePopupView, type PopupView } from '@/core/popup-view';

/** The read entrypoints/popup-read.ts started before this module loaded, once: any later read is a new one. */
function takeEarlyRead(): Promise<Record<string, unknown>> | undefined {
  const scope = globalThis as EarlyPopupRead;
  const early = scope[EARLY_POPUP_READ];
  delete scope[EARLY_POPUP_READ];
  return early;
}

async function readCurrent(now: number): Promise<PopupView | undefined> {
  const stored = await (takeEarlyRead() ?? browser.storage.session.get([POPUP_VIEW_KEY, REVISION_KEY]));
  const view = parsePopupView(stored[POPUP_VIEW_KEY]);
  const revision = stored[REVISION_KEY];
  return view && isCurrent(view, typeof revision === 'string' ? revision : '', now) ? view : undefined;
}

/** The stored view when it describes the current data; undefined when the popup must compute its own. */
export const readCurrentPopupView = (now = Date.now()) => readCurrent(now).catch(() => undefined);

/**
 * Calls back with each new current view the background stores (after a change made here or elsewhere), and
 * `onData` with the new revision when the data changed: a view made from it should follow shortly.
 */
export function watchPopupView(onChange: (view: PopupView) => void, onData: (revision: string) => void): () => void {
  // The new value comes with the change: no second read. The background made it from the data as it stands.
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session') return;
    const revision = changes[REVISION_KEY]?.newValue;
    if (typeof revision === 'string') onData(revision);
    const view = parsePopupView(changes[POPUP_VIEW_KEY]?.newValue);
    if (view && Date.now() < view.validUntil) onChange(view);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
