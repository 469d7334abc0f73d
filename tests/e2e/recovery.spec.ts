// The recovery map end to end: mark Alipay and ICBC as reset through "main phone", record a leak of the
// phone number, and the plan's lock-down lists both with the phone as the reason; the map shows them
// under the phone and its list says the same. In English and in Chinese.
import { test, expect, expectAccessible, readStorage, addToStorage } from './fixtures';
import type { Page } from '@playwright/test';

const NOW = Date.now();
const DAY = 86_400_000;
const base = { tier: 'critical', sharedPassword: false, createdAt: NOW - 30 * DAY, updatedAt: NOW - 30 * DAY };
const alipay = { ...base, id: 'alipay1', siteId: 'alipay', label: 'Alipay', category: 'payment' };
const icbc = { ...base, id: 'icbc1', siteId: 'icbc', label: 'ICBC', category: 'banking' };
const mail = {
  ...base,
  id: 'mail1',
  siteId: 'qq-mail',
  label: 'QQ Mail',
  category: 'email',
  recovery: { mailboxes: [], phones: ['old phone'] },
};

async function markPhone(
  page: Page,
  accountId: string,
  words: { heading: string; phone: string; newPhone: string; add: string; save: string; saved: RegExp },
) {
  await page.goto(page.url().replace(/#.*$/, `#/accounts/${accountId}`));
  await openEditor(page, words.heading);
  const editor = page.locator('form[aria-labelledby="recovery-heading"]');
  const box = editor.getByRole('checkbox', { name: words.phone, exact: true });
  if (!(await box.count())) {
    // Not a label yet: the user adds it by name.
    await editor.getByRole('textbox', { name: words.newPhone }).fill(words.phone);
    await editor.getByRole('button', { name: words.add }).click();
  }
  await box.check();
  for (const other of await editor.getByRole('checkbox').all()) {
    if ((await other.getAttribute('data-phone')) && (await other.getAttribute('data-phone')) !== words.phone) await other.uncheck();
  }
  await editor.getByRole('button', { name: words.save }).click();
  await expect(page.locator('.toast')).toContainText(words.saved);
}

async function openEditor(page: Page, heading: string) {
  const details = page.locator('details.recovery-editor');
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await page.getByText(heading).click();
}

async function mapSaysSame(page: Page, hub: string, names: RegExp[], colon = ': ') {
  const group = page.getByRole('group', { name: hub });
  // The map's code loads when the page opens: wait for the picture before reading it.
  await expect(group).toBeVisible();
  const pictured = await group.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
  const listed = await page.getByRole('region', { name: hub }).getByRole('listitem').allTextContents();
  expect(pictured).toHaveLength(names.length);
  for (const name of names) expect(pictured.some((label) => name.test(label ?? ''))).toBe(true);
  expect(listed.map((text) => text.replace(' · ', colon))).toEqual(pictured);
}

test('Alipay and ICBC reset through "main phone": a leak of the phone puts both in the lock-down, and the map shows them', async ({
  openPage,
  worker,
  consoleErrors,
}) => {
  await addToStorage(worker, { 'account:alipay1': alipay, 'account:icbc1': icbc, 'account:mail1': mail });
  const page = await openPage('options.html#/accounts/alipay1');
  // The catalogue suggests the phone for a mainland payment app; the user confirms it by saving.
  await openEditor(page, 'How this account can be reset');
  await expect(page.getByText('Suggested from what this kind of account usually uses')).toBeVisible();
  await expectAccessible(page);
  await markPhone(page, 'alipay1', {
    heading: 'How this account can be reset',
    phone: 'main phone',
    newPhone: 'Add a phone, by a name you will recognise',
    add: 'Add phone',
    save: 'Save how it resets',
    saved: /Saved how Alipay can be reset/,
  });
  await markPhone(page, 'icbc1', {
    heading: 'How this account can be reset',
    phone: 'main phone',
    newPhone: 'Add a phone, by a name you will recognise',
    add: 'Add phone',
    save: 'Save how it resets',
    saved: /Saved how ICBC can be reset/,
  });
  const stored = await readStorage(worker);
  expect(stored['account:icbc1']).toMatchObject({ recovery: { mailboxes: [], phones: ['main phone'] } });

  // Record a leak of the phone number; neither account is ticked as affected.
  await page.goto(page.url().replace(/#.*$/, '#/leak/new'));
  await page.getByLabel('Where did it leak from?').fill('Courier Co');
  await page.getByRole('checkbox', { name: 'Phone number', exact: true }).check();
  // Two phones on the map: the form asks which one leaked (both ticked until the user says otherwise).
  const phones = page.getByRole('group', { name: 'Which of your phone numbers leaked?' });
  await expect(phones.getByRole('checkbox', { name: 'old phone' })).toBeChecked();
  await phones.getByRole('checkbox', { name: 'old phone' }).uncheck();
  await page.getByRole('button', { name: 'Save and show my plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Courier Co' })).toBeVisible();
  const groups = page.locator('.account-group');
  for (const name of ['Alipay', 'ICBC']) {
    const group = groups.filter({ has: page.getByRole('heading', { name, exact: true }) });
    await expect(group).toContainText('can be reset by SMS to your main phone');
  }
  await expect(groups.filter({ has: page.getByRole('heading', { name: 'QQ Mail', exact: true }) })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'What your recovery map says' })).toContainText(
    'Your main phone leaked: Alipay, ICBC can be reset by SMS to it',
  );

  // The map: both hang off the phone, and the list reads the same.
  await page.goto(page.url().replace(/#.*$/, '#/map'));
  await expect(page.getByRole('heading', { level: 1, name: 'Recovery map' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Recovery map' })).toHaveAttribute('aria-current', 'page');
  await mapSaysSame(page, 'Phone: main phone', [/^Alipay: /, /^ICBC: /]);
  await mapSaysSame(page, 'Phone: old phone', [/^QQ Mail: /]);
  await page.getByRole('group', { name: 'Phone: main phone' }).getByRole('link', { name: /^ICBC/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/accounts\/icbc1$/);
  await page.goBack();
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('in Chinese: the same map, list and reason', async ({ openPage, worker, consoleErrors }) => {
  const recovery = { mailboxes: [], phones: ['主力手机'] };
  await addToStorage(worker, {
    settings: {
      language: 'zh_CN',
      region: 'cn',
      reminders: { enabled: true, time: '19:00', quietStart: '22:00', quietEnd: '08:00', dailyCap: 2, checkup: true },
      sync: false,
    },
    'account:alipay1': { ...alipay, label: '支付宝' },
    'account:icbc1': { ...icbc, label: '工商银行', recovery },
  });
  const page = await openPage('options.html#/accounts/alipay1');
  await markPhone(page, 'alipay1', {
    heading: '这个账号靠什么找回',
    phone: '主力手机',
    newPhone: '添加手机号，用你认得出的名称',
    add: '添加手机号',
    save: '保存找回方式',
    saved: /已保存支付宝的找回方式/,
  });

  await page.goto(page.url().replace(/#.*$/, '#/leak/new'));
  await page.getByLabel('是从哪里泄露的？').fill('某快递公司');
  await page.getByRole('checkbox', { name: '手机号', exact: true }).check();
  await page.getByRole('checkbox', { name: '身份证号', exact: true }).check();
  await page.getByRole('button', { name: '保存并查看我的计划' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '某快递公司' })).toBeVisible();
  for (const name of ['支付宝', '工商银行']) {
    await expect(page.locator('.account-group').filter({ has: page.getByRole('heading', { name, exact: true }) })).toContainText(
      '可以用短信验证码重置到你的主力手机',
    );
  }

  await expect(page.getByRole('region', { name: '找回关系图的提示' })).toContainText(
    '你的主力手机已经泄露：支付宝、工商银行都能用发到这个号码的短信验证码重置，所以都列在下面“锁定账号”的任务里',
  );
  await page.goto(page.url().replace(/#.*$/, '#/map'));
  await expect(page.getByRole('heading', { level: 1, name: '找回关系图' })).toBeVisible();
  await mapSaysSame(page, '手机号：主力手机', [/^支付宝：/, /^工商银行：/], '：');
  await expect(page.locator('body')).not.toContainText(/recovery\./);
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});
