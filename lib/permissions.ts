// The optional "tabs" permission, granted from the side panel so that it can follow the active tab. Its own
// small module: the panel checks it before its first paint, and loads the tab code (lib/tabs.ts) only once it
// is granted.
import { browser } from 'wxt/browser';

const TABS_PERMISSION = { permissions: ['tabs'] as ['tabs'] };
export const hasTabsPermission = () => browser.permissions.contains(TABS_PERMISSION);
/** Must run inside the click that asked for it: the browser asks the user only during a user action. */
export const requestTabsPermission = () => browser.permissions.request(TABS_PERMISSION);
