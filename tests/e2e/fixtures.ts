// Loads the built extension into Debian's Chromium, headless, with a fresh profile per test.
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { DEFAULT_SETTINGS, type Account, type Incident, type Settings } from '../../core/model';
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
      watchErrors(page, consoleErrors);
      await page.goto(`chrome-extension://${extensionId}/${pathAndHash}`);
      await page.locator('#app > *').first().waitFor();
      return page;
    });
  },
});

/**
 * Opens Settings and chooses 简体中文 there, as a user does; resolves to that page once it shows Chinese, so the
 * choice is stored (navigating away the instant it is made could end the page before its write lands).
 */
export async function chooseChinese(openPage: ExtensionFixtures['openPage']): Promise<Page> {
  const settings = await openPage('options.html#/settings');
  await settings.getByLabel('Language').selectOption('zh_CN');
  await expect(settings.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  return settings;
}

/** Every page gets a WCAG 2.1 A/AA check from the day it is built. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/**
 * Adds console errors and page errors of `page` to `errors`, each with the page's address: for pages the
 * extension opens itself, or that a test opens other than through `openPage` (which does this for its own).
 */
export function watchErrors(page: Page, errors: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
}

/** Everything in chrome.storage.local, read from the service worker. */
export function readStorage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.local.get(null));
}

/**
 * The stored values whose keys start with `prefix` ("account:", "step:g1:"), keyed by the rest of the key:
 * storedRecords(worker, 'step:g1:') -> { 'change-password': { status: 'done', ... } }.
 */
export async function storedRecords<Value = Record<string, unknown>>(worker: Worker, prefix: string): Promise<Record<string, Value>> {
  const stored = await readStorage(worker);
  return Object.fromEntries(
    Object.entries(stored)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value as Value]),
  );
}

/** Writes these keys into chrome.storage.local through the service worker, on top of what is there. */
export async function addToStorage(worker: Worker, values: Record<string, unknown>) {
  await worker.evaluate((v) => chrome.storage.local.set(v), values);
}

/** Empties chrome.storage.local (the schema mark and settings too), then writes exactly these keys. */
export async function replaceStorage(worker: Worker, values: Record<string, unknown>) {
  await worker.evaluate(async (v) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(v);
  }, values);
}

/** Settings as stored under `settings`: what a fresh install has, but for `changes`. */
export const settingsRecord = (changes: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...changes });

/** A fixed moment (2025-11-24) for records whose times do not matter to a test. */
export const T = 1_764_000_000_000;

/**
 * An account record as stored under `account:<id>`: a critical Google mail account with a password of its own,
 * created at T, unless `changes` say otherwise.
 */
export const accountRecord = (id: string, label: string, changes: Partial<Account> = {}): Account => ({
  id,
  siteId: 'google',
  label,
  category: 'email',
  tier: 'critical',
  sharedPassword: false,
  createdAt: T,
  updatedAt: T,
  ...changes,
});

/**
 * An incident record as stored under `incident:<id>`: a leak of an email address, read about in the news, in the
 * UK, recorded when it was discovered, unless `changes` say otherwise.
 */
export const incidentRecord = (id: string, source: string, discoveredAt: number, changes: Partial<Incident> = {}): Incident => ({
  id,
  discoveredAt,
  source,
  howLearned: 'news',
  leaked: ['email'],
  passwordReused: false,
  cardSecretsLeaked: false,
  region: 'uk',
  accountIds: [],
  createdAt: discoveredAt,
  updatedAt: discoveredAt,
  ...changes,
});

export { expect };
