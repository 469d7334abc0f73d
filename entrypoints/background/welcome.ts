// On a fresh install, the welcome page opens in a tab (not the popup): language and region, then "Get ready"
// or "Something leaked". Updates and browser starts open nothing.
import { browser } from 'wxt/browser';
import { DASHBOARD_PAGE, routes } from '@/core/routes';

export async function openWelcome(reason: string) {
  if (reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(`${DASHBOARD_PAGE}${routes.welcome}`) });
}
