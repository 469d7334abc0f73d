// Loads the built extension into Debian's Chromium, headless, with a fresh profile per test.
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { closeWelcome, extensionWorker, launchWithExtension as launch } from '../../scripts/launch-chromium.mjs';

export const extensionDir = path.resolve(process.env.AFTERLEAK_OUT_DIR ?? '.output', 'chrome-mv3');

/**
 * Debian's Chromium, headless, with a fresh profile and only this extension loaded (scripts/launch-chromium.mjs,
 * the launcher `npm run bench` and `npm run screenshots` use too). A fresh install opens the welcome page in a
 * tab (entrypoints/background/welcome.ts); it is closed so that tests which wait for the next page, or read the
 * active tab, see only their own, unless `keepWelcome` (tests/e2e/next-step.spec.ts).
 */
export function launchWithExtension(dir: string, extraArgs: string[] = [], profileDir = '', keepWelcome = false): Promise<BrowserContext> {
  return launch(dir, { extraArgs, profileDir, keepWelcome, contextOptions: { ignoreHTTPSErrors: true } });
}

export { closeWelcome };

export interface ExtensionFixtures {
  /** Extra Chromium flags for a test file, e.g. host mapping for HTTPS fixtures. */
  extraArgs: string[];
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens an extension page (popup.html, options.html#/accounts ...) in a new tab and waits for its content. */
  openPage: (pathAndHash: string) => Promise<Page>;
  /** Console errors and page errors seen on extension pages; each test ends by checking it is empty. */
  consoleErrors: string[];
}

export const test = base.extend<ExtensionFixtures>({
  extraArgs: [[], { option: true }],
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  context: async ({ extraArgs }, use) => {
    const context = await launchWithExtension(extensionDir, extraArgs);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const { worker } = await extensionWorker(context);
    // On install the background writes the schema mark (its upgrade of empty storage). A test that seeds storage
    // before that write lands could see part of its seed replaced (a seeded broken mark overwritten): wait for it.
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.storage.local.get('schema')).schema !== undefined), { timeout: 15_000 })
      .toBe(true);
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openPage: async ({ context, extensionId, consoleErrors }, use) => {
    await use(async (pathAndHash) => {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${pathAndHash}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${pathAndHash}: ${error.message}`));
      await page.goto(`chrome-extension://${extensionId}/${pathAndHash}`);
      await page.locator('#app > *').first().waitFor();
      return page;
    });
  },
});

/** Every page gets a WCAG 2.1 A/AA check from the day it is built. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Everything in chrome.storage.local, read from the service worker. */
export function readStorage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.local.get(null));
}

export { expect };
