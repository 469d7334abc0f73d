// Issue 14: Tencent's services share qq.com. A site that claims a host (mail.qq.com is QQ Mail; weixin.qq.com
// and wx.qq.com are WeChat) wins over the site that claims the registrable domain (qq.com is QQ), in the popup
// and in the badge. Served by the local HTTPS fixture; no live site is reached.
import { readFileSync } from 'node:fs';
import { test, expect, addToStorage, accountRecord, openSite, badgeOn } from './site-fixtures';

const stepCount = (id: string) => (JSON.parse(readFileSync(`data/sites/${id}.json`, 'utf8')) as { steps: unknown[] }).steps.length;

const NOW = Date.now();

test('mail.qq.com is QQ Mail, wx.qq.com and weixin.qq.com are WeChat, the rest of qq.com is QQ', async ({
  context,
  openPage,
  worker,
  consoleErrors,
}) => {
  await addToStorage(worker, {
    'account:m1': accountRecord('m1', 'Mail', { siteId: 'qq-mail', category: 'email', createdAt: NOW, updatedAt: NOW }),
    'account:w1': accountRecord('w1', 'Chat', { siteId: 'wechat', category: 'payment', createdAt: NOW, updatedAt: NOW }),
  });
  for (const [url, heading, siteId] of [
    ['https://mail.qq.com/cgi-bin/frame_html', 'Open steps for QQ Mail', 'qq-mail'],
    ['https://wx.qq.com/', 'Open steps for WeChat (incl. WeChat Pay)', 'wechat'],
    ['https://weixin.qq.com/', 'Open steps for WeChat (incl. WeChat Pay)', 'wechat'],
  ] as const) {
    await openSite(context, url);
    const popup = await openPage('popup.html');
    await expect(popup.getByRole('heading', { name: heading })).toBeVisible();
    await popup.close();
    // The badge counts the open steps of that site's account only.
    await expect.poll(() => badgeOn(worker, url)).toBe(String(stepCount(siteId)));
  }

  // Elsewhere on qq.com it is QQ, which the user has no account on yet.
  await openSite(context, 'https://im.qq.com/');
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('button', { name: 'Add QQ to my accounts' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: /Open steps for/ })).toHaveCount(0);
  // No account here: the badge counts every account's open steps.
  await expect.poll(() => badgeOn(worker, 'https://im.qq.com/')).toBe(String(stepCount('qq-mail') + stepCount('wechat')));
  expect(consoleErrors).toEqual([]);
});
