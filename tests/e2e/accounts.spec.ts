import { test, expect, expectAccessible, readStorage, storedRecords, chooseChinese } from './fixtures';
import type { Page, Worker } from '@playwright/test';

type StoredAccount = { label?: string; siteId?: string; tier?: string; category?: string; customDomain?: string; sharedPassword?: boolean };

const storedAccounts = async (worker: Worker) => Object.values(await storedRecords<StoredAccount>(worker, 'account:'));

/** Searches and adds a result in one click; focus lands on the new account, whose details then open for editing. */
async function addAndEdit(page: Page, query: string, name: string) {
  await page.getByLabel('Find a site by name or address').fill(query);
  await page
    .getByRole('list', { name: 'From the catalogue' })
    .getByRole('button', { name: `Add: ${name}` })
    .click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Edit details' })).toBeFocused();
  await page.getByRole('link', { name: `Edit details: ${name}` }).click();
  await expect(page.getByLabel('Your label for it')).toBeFocused();
  return page.getByRole('form', { name: 'Edit account' });
}

test('first run offers the usual key accounts and adds the ticked ones', async ({ openPage, worker, consoleErrors }) => {
  const page = await openPage('options.html#/accounts');
  await expect(page.getByRole('heading', { name: 'Your usual key accounts' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add: Google (Gmail)' }).click();
  await page.getByText('More of the usual key accounts').click();
  await page.getByRole('button', { name: 'Add: PayPal' }).click();
  const list = page.getByRole('region', { name: 'Your accounts' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Google (Gmail)');
  await expect(list).toContainText('PayPal');
  const stored = await storedAccounts(worker);
  expect(stored.map((a) => a.siteId).sort()).toEqual(['google', 'paypal']);
  expect(stored.every((a) => a.tier === 'critical')).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('search finds sites by English name, Chinese name and address; what is stored matches what is shown', async ({
  openPage,
  worker,
  consoleErrors,
}) => {
  const page = await openPage('options.html#/accounts');
  const gmail = await addAndEdit(page, 'gmail', 'Google (Gmail)');
  await gmail.getByLabel('Your label for it').fill('Personal mail');
  await gmail.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();

  const alipay = await addAndEdit(page, '支付宝', 'Alipay');
  await alipay.getByLabel('I used the same or the leaked password here').check();
  await alipay.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();

  await page.getByLabel('Find a site by name or address').fill('icbc.com.cn');
  await expect(page.getByRole('button', { name: /^Add: / }).first()).toHaveAccessibleName(/ICBC|Industrial and Commercial/);

  const stored = await storedAccounts(worker);
  expect(stored.map((a) => [a.siteId, a.label, a.tier, a.sharedPassword]).sort()).toEqual([
    ['alipay', 'Alipay', 'critical', true],
    ['google', 'Personal mail', 'critical', false],
  ]);
  const list = page.getByRole('region', { name: 'Your accounts' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  // Both critical; the one sharing a leaked password comes first.
  await expect(list.getByRole('listitem').first()).toContainText('Alipay');
  await expect(list.getByRole('listitem').first()).toContainText('Shares a leaked password');
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('search and add in Chinese', async ({ openPage, worker }) => {
  const options = await chooseChinese(openPage);
  await options.goto(options.url().replace('#/settings', '#/accounts'));
  await options.getByLabel('按名称或网址查找网站').fill('gmail');
  await options.getByRole('list', { name: '来自目录' }).getByRole('button', { name: '添加：谷歌（Gmail）' }).click();
  await options.getByRole('link', { name: '修改信息：谷歌（Gmail）' }).click();
  await options.getByLabel('你的备注名').fill('私人邮箱');
  await options.getByRole('button', { name: '保存' }).click();
  await expect(options.getByRole('heading', { level: 2 })).toContainText('私人邮箱');
  await options.getByRole('link', { name: '账号', exact: true }).click();
  await expect(options.getByRole('region', { name: '你的账号' })).toContainText('私人邮箱');
  expect((await storedAccounts(worker))[0]).toMatchObject({ siteId: 'google', label: '私人邮箱' });
});

test('bad input gets a clear message and changes nothing', async ({ openPage, worker }) => {
  const page = await openPage('options.html#/accounts');
  await page.getByText('Add a site that is not in the list').click();
  const custom = page.locator('details');
  await custom.getByLabel('Site name').fill('My forum');
  await custom.getByLabel('Site address').fill('not a domain');
  await custom.getByRole('button', { name: 'Add account' }).click();
  await expect(custom.getByText('Enter a web address such as example.com.')).toBeVisible();
  await expect(custom.getByText('Enter a label, such as "personal mail".')).toBeVisible();
  expect(await storedAccounts(worker)).toEqual([]);

  await custom.getByLabel('Site address').fill('https://forum.example.org/login');
  await custom.getByLabel('Your label for it').fill('Forum');
  await custom.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('region', { name: 'Your accounts' })).toContainText('Forum');
  expect(await storedAccounts(worker)).toMatchObject([{ customDomain: 'example.org', label: 'Forum', category: 'other' }]);

  // The custom form stays open after adding, ready for the next one.
  await custom.getByLabel('Site name').fill('Same forum');
  await custom.getByLabel('Site address').fill('example.org');
  await custom.getByLabel('Your label for it').fill('forum');
  await custom.getByRole('button', { name: 'Add account' }).click();
  await expect(custom.getByText(/already have this site with this label/)).toBeVisible();
  expect(await storedAccounts(worker)).toHaveLength(1);
});

test('edit an account, remove it, and undo the removal', async ({ openPage, worker }) => {
  const page = await openPage('options.html#/accounts');
  await page.getByLabel('Find a site by name or address').fill('gmail');
  await page.getByRole('list', { name: 'From the catalogue' }).getByRole('button', { name: 'Add: Google (Gmail)' }).click();
  await page.getByRole('link', { name: 'Open guide: Google (Gmail)' }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).first().click();

  await page.getByRole('button', { name: 'Edit account' }).click();
  await page.getByLabel('Your label for it').fill('Work mail');
  await page.getByLabel('Importance').selectOption('important');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Work mail');
  expect(await storedAccounts(worker)).toMatchObject([{ label: 'Work mail', tier: 'important' }]);

  await page.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status')).toContainText('Removed Work mail');
  expect(await storedAccounts(worker)).toEqual([]);
  const stepKeys = async () => Object.keys(await readStorage(worker)).filter((key) => key.startsWith('step:'));
  expect(await stepKeys()).toEqual([]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'Your accounts' })).toContainText('Work mail');
  expect(await storedAccounts(worker)).toMatchObject([{ label: 'Work mail', tier: 'important' }]);
  expect(await stepKeys()).toHaveLength(1);
});

test('a label that looks like HTML is shown as text', async ({ openPage }) => {
  const page = await openPage('options.html#/accounts');
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const gmail = await addAndEdit(page, 'gmail', 'Google (Gmail)');
  await gmail.getByLabel('Your label for it').fill('<img src=x onerror=alert(1)>');
  await gmail.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Your accounts' })).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test('the region setting decides which key accounts are suggested', async ({ openPage, worker }) => {
  const page = await openPage('options.html#/settings');
  await page.getByLabel('Where you live').selectOption('cn');
  await expect.poll(async () => ((await readStorage(worker)).settings as { region?: string } | undefined)?.region).toBe('cn');
  await page.getByRole('link', { name: 'Accounts' }).click();
  const suggestions = page.getByRole('region', { name: 'Your usual key accounts' });
  await expect(suggestions.getByRole('button', { name: 'Add: Alipay' })).toBeVisible();
  await expect(suggestions.getByRole('button', { name: 'Add: WeChat' })).toBeVisible();
  await expect(suggestions.getByRole('button', { name: 'Add: Google (Gmail)' })).toHaveCount(0);
  await expectAccessible(page);
});
