// Clicks the extension's toolbar button, as a user does. Playwright has no way to (microsoft/playwright#40554);
// Chromium's DevTools protocol has (Extensions.triggerAction), and puppeteer-core wraps it. The click is what
// grants activeTab, so it is the only way to test what a user without the optional "tabs" permission gets.
// The browser is launched by Playwright with a known profile and --remote-debugging-port=0; Chromium writes
// the port it picked into the profile's DevToolsActivePort file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export interface Toolbar {
  /** Clicks the toolbar button while the tab at this address is shown; resolves to the popup that opened. */
  click: (tabUrl: string) => Promise<Page>;
  /** The extension page at this path once it is open (the side panel...). */
  waitForPage: (pagePath: string) => Promise<Page>;
}

export async function connectToolbar(profileDir: string, extensionId: string): Promise<{ toolbar: Toolbar; browser: Browser }> {
  const port = readFileSync(path.join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const waitForPage = async (pagePath: string) => {
    const url = `chrome-extension://${extensionId}/${pagePath}`;
    const target = await browser.waitForTarget((t) => t.url() === url, { timeout: 10_000 });
    const page = await target.asPage();
    await page.waitForSelector('#app > *');
    return page;
  };
  const click = async (tabUrl: string) => {
    const tab = (await browser.pages()).find((page) => page.url() === tabUrl);
    if (!tab) throw new Error(`No tab shows ${tabUrl}`);
    const extension = (await browser.extensions()).get(extensionId);
    if (!extension) throw new Error(`Extension ${extensionId} is not installed`);
    await tab.triggerExtensionAction(extension);
    return waitForPage('popup.html');
  };
  return { toolbar: { click, waitForPage }, browser };
}
