#!/usr/bin/env node
// Firefox smoke test: loads the Firefox MV3 build into Debian's Firefox ESR (headless, driven by
// puppeteer-core over WebDriver BiDi) and checks that each page renders, that a language choice made on the
// dashboard reaches the popup, and that an account added in the dashboard is stored. Playwright's own Firefox
// cannot run here, hence puppeteer. Prints "N passed, N failed" like the other runners.
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_ID = 'afterleak@afterleak.org';
const UUID = '5d1f0c7e-3b2a-4c1e-9f7d-2a6b8c4e1f00';
const dir = path.resolve(process.env.AFTERLEAK_OUT_DIR ?? '.output', 'firefox-mv3');
const results = [];

async function check(name, fn) {
  try {
    await fn();
    results.push([name, true]);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push([name, false]);
    console.log(`  ✘ ${name}\n    ${String(error?.message ?? error).split('\n')[0]}`);
  }
}

async function open(browser, page) {
  const tab = await browser.newPage();
  // Firefox loads extension pages but the navigation promise may never settle: wait for content instead.
  await tab.goto(`moz-extension://${UUID}/${page}`, { timeout: 3000 }).catch(() => {});
  await tab.waitForSelector('#app h1', { timeout: 15000 });
  return tab;
}

const text = (tab, selector) => tab.$eval(selector, (el) => el.textContent ?? '');

async function main() {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: apt-get install -y firefox-esr`);
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: npm run build:firefox`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: UUID }) },
  });
  try {
    await browser.installExtension(dir);
    for (const page of ['popup.html', 'options.html', 'sidepanel.html']) {
      await check(`${page} renders its heading`, async () => {
        const tab = await open(browser, page);
        const heading = await text(tab, 'h1');
        if (!heading.trim() || heading.includes('.')) throw new Error(`heading is "${heading}"`);
        await tab.close();
      });
    }
    await check('the popup is styled by the styles written into its page (scripts/inline-popup-styles.ts)', async () => {
      const tab = await open(browser, 'popup.html');
      const width = await tab.evaluate(() => getComputedStyle(document.body).width);
      if (width !== '380px') throw new Error(`the popup's body is ${width} wide, not the 380px its styles set`);
      await tab.close();
    });
    await check('an account added in the dashboard is listed and stored', async () => {
      const tab = await open(browser, 'options.html#/accounts');
      await tab.type('#site-search', 'gmail');
      const add = 'ul[aria-label="From the catalogue"] button[aria-label="Add: Google (Gmail)"]';
      await tab.waitForSelector(add);
      await tab.click(add);
      await tab.waitForSelector('#account-list');
      const listed = await text(tab, 'section[aria-labelledby="account-list"]');
      if (!listed.includes('Google (Gmail)')) throw new Error(`list shows "${listed}"`);
      const stored = await tab.evaluate(async () => Object.keys(await browser.storage.local.get(null)));
      if (!stored.some((key) => key.startsWith('account:'))) throw new Error(`storage keys: ${stored.join(', ')}`);
      await tab.close();
    });
    await check('the sidebar has a localized title', async () => {
      const tab = await open(browser, 'options.html');
      const title = await tab.evaluate(() => browser.sidebarAction.getTitle({}));
      if (title !== 'Guide for this site') throw new Error(`sidebar title is "${title}"`);
      await tab.close();
    });
    await check('choosing 简体中文 on the dashboard switches the open popup', async () => {
      const popup = await open(browser, 'popup.html');
      const options = await open(browser, 'options.html#/settings');
      await options.select('#language-picker', 'zh_CN');
      await popup.waitForFunction(() => document.documentElement.lang === 'zh-CN', { timeout: 10000 });
      const body = await text(popup, 'body');
      if (!body.includes('打开主页')) throw new Error(`popup shows "${body.slice(0, 80)}"`);
    });
  } finally {
    await browser.close();
  }
}

main()
  .catch((error) => {
    results.push(['Firefox launch', false]);
    console.log(`  ✘ ${error.message}`);
  })
  .finally(() => {
    const passed = results.filter(([, ok]) => ok).length;
    console.log(`${passed} passed, ${results.length - passed} failed`);
    process.exit(results.length - passed > 0 ? 1 : 0);
  });
