// Issue 14: Tencent's services share qq.com. A site that claims a host (mail.qq.com is QQ Mail; weixin.qq.com
// and wx.qq.com are WeChat) wins over the site that claims the registrable domain (qq.com is QQ), in the popup
// and in the badge. Served by the local HTTPS fixture; no live site is reached.
import { readFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { test, expect } from './site-fixtures';

const stepCount = (id: string) => (JSON.parse(readFileSync(`data/sites/${id}.json`, 'utf8')) as { steps: unknown[] }).steps.length;

const NOW = Date.now();
const account = (id: string, siteId: string, label: string, category: string) => ({
  id,
  siteId,
  label,
  category,
  tier: 'critical',
  sharedPassword: false,
  createdAt: NOW,
  updatedAt: NOW,
});

/** The toolbar badge on the tab showing this address (the test build has the "tabs" permission). */
function badgeOn(worker: Worker, url: string) {
  return worker.evaluate(async (pattern) => {
    const [tab] = await chrome.tabs.query({ url: pattern });
    return tab ? chrome.action.getBadgeText({ tabId: tab.id! }) : 'no tab';
  }, url);
}

test('mail.qq.com is QQ Mail, wx.qq.com and weixin.qq.com are WeChat, the rest of qq.com is QQ', async ({
  context,
  openPage,
  worker,
  consoleErrors,
}) => {
  await worker.evaluate((values) => chrome.storage.local.set(values), {
    'account:m1': account('m1', 'qq-mail', 'Mail', 'email'),
    'account:w1': account('w1', 'wechat', 'Chat', 'payment'),
  });
  for (const [url, heading, siteId] of [
    ['https://mail.qq.com/cgi-bin/frame_html', 'Open steps for QQ Mail', 'qq-mail'],
    ['https://wx.qq.com/', 'Open steps for WeChat (incl. WeChat Pay)', 'wechat'],
    ['https://weixin.qq.com/', 'Open steps for WeChat (incl. WeChat Pay)', 'wechat'],
  ] as const) {
    const site = await context.newPage();
    await site.goto(url);
    await expect(site.getByRole('heading', { name: 'Fixture page' })).toBeVisible();
    const popup = await openPage('popup.html');
    await expect(popup.getByRole('heading', { name: heading })).toBeVisible();
    await popup.close();
    // The badge counts the open steps of that site's account only.
    await expect.poll(() => badgeOn(worker, url)).toBe(String(stepCount(siteId)));
  }

  // Elsewhere on qq.com it is QQ, which the user has no account on yet.
  const qq = await context.newPage();
  await qq.goto('https://im.qq.com/');
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('button', { name: 'Add QQ to my accounts' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: /Open steps for/ })).toHaveCount(0);
  // No account here: the badge counts every account's open steps.
  await expect.poll(() => badgeOn(worker, 'https://im.qq.com/')).toBe(String(stepCount('qq-mail') + stepCount('wechat')));
  expect(consoleErrors).toEqual([]);
});
