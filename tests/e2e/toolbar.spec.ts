// What a user who never granted the optional "tabs" permission gets: a click on the toolbar button grants
// activeTab for that tab, and only then may the popup and the badge read its address.
import type { Worker } from '@playwright/test';
import { test, expect, readStorage, addToStorage, accountRecord, openSite } from './site-fixtures';

const NOW = Date.now();
const gmail = accountRecord('g1', 'Personal mail', { createdAt: NOW, updatedAt: NOW });
// A second account, so that the overall badge (every account's open steps) differs from Gmail's own.
const github = { ...gmail, id: 'h1', siteId: 'github', label: 'Code', category: 'social', tier: 'important' };
const MAIL = 'https://mail.google.com/mail/u/0/';

test.use({ grantTabs: false });

/** The badge of the active tab; its id is readable without the "tabs" permission, its address is not. */
function activeTabBadge(worker: Worker) {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return { url: tab!.url, text: await chrome.action.getBadgeText({ tabId: tab!.id! }) };
  });
}

test('a click on the toolbar button lets the popup and the badge see the site (activeTab), and opens the guide beside it', async ({
  context,
  worker,
  toolbar,
}) => {
  expect(await worker.evaluate(() => chrome.permissions.contains({ permissions: ['tabs'] }))).toBe(false);
  await addToStorage(worker, { 'account:g1': gmail, 'account:h1': github });
  await openSite(context, MAIL);
  // Before the click the extension cannot read the tab's address, so the tab shows the overall badge.
  await expect.poll(async () => (await activeTabBadge(worker)).text).not.toBe('');
  const before = await activeTabBadge(worker);
  expect(before.url).toBeUndefined();
  expect(before.text).not.toBe('7');

  const popup = await toolbar.click(MAIL);
  await popup.locator('::-p-aria([name="Open steps for Google (Gmail)"][role="heading"])').wait();
  await expect.poll(() => activeTabBadge(worker)).toEqual({ url: MAIL, text: '7' });
  // The popup opens at its designed width (it narrows only in a narrower window: tests/e2e/calm.spec.ts).
  const width = await popup.evaluate(() => ({
    body: document.body.getBoundingClientRect().width,
    sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  expect(width).toEqual({ body: 380, sideways: 0 });

  await popup.locator('::-p-aria([name="Done: Change your Google password"][role="button"])').click();
  await expect.poll(async () => (await readStorage(worker))['step:g1:change-password']).toMatchObject({ status: 'done' });
  await expect.poll(() => activeTabBadge(worker)).toEqual({ url: MAIL, text: '6' });

  await popup.locator('::-p-aria([name="Open guide beside the page"][role="button"])').click();
  const panel = await toolbar.waitForPage('sidepanel.html');
  await panel.locator('::-p-aria([name="Change your Google password"][role="heading"])').wait();
  const shown = await panel.$eval('h1', (heading) => heading.textContent);
  expect(shown).toContain('Google (Gmail)');
});
