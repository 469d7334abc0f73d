// The popup's one storage read before its first paint, started by a classic script as soon as the browser has it,
// while the popup's modules are still loading (issue 13: the read and the loading overlap instead of one waiting
// for the other; about 3 ms of the popup's 60 in `npm run bench`). lib/popup-start.ts takes the promise, or reads
// itself when this script has not run. Built on its own (WXT's unlisted script, /popup-read.js) and kept tiny:
// the browser's own storage API here, not the polyfill, which is a module the popup loads anyway.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EARLY_POPUP_READ, POPUP_VIEW_KEY, REVISION_KEY, type EarlyPopupRead } from '@/core/keys';

type StorageApi = { storage: { session: { get(keys: string[]): Promise<Record<string, unknown>> } } };

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi } & EarlyPopupRead;
  const api = scope.browser ?? scope.chrome;
  if (api?.storage?.session) scope[EARLY_POPUP_READ] = api.storage.session.get([POPUP_VIEW_KEY, REVISION_KEY]);
});
