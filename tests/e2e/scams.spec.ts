// After a leak of an ID number and a phone: the plan's "What to expect" leads with fake police and loan
// cancelling; "I just got a suspicious call or message" from the popup logs it as evidence, shows the scam
// it looks like and what to do now, and the printed report carries it. In English and in Chinese.
import { test, expect, expectAccessible, readStorage, addToStorage, settingsRecord, incidentRecord } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';

const NOW = Date.now();
const incident = incidentRecord('leak1', 'Courier Co', NOW - 3_600_000, {
  howLearned: 'breach-notice',
  leaked: ['id-number', 'phone', 'real-name'],
  region: 'cn',
});

async function fromPopup(context: BrowserContext, popup: Page, button: string): Promise<Page> {
  const [page] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: button }).click()]);
  await page.locator('#app > *').first().waitFor();
  return page;
}

test('what to expect, then a suspicious call logged from the popup, shown with its scam and in the report', async ({
  context,
  openPage,
  worker,
  consoleErrors,
}) => {
  await addToStorage(worker, { settings: settingsRecord({ language: 'en', region: 'cn' }), 'incident:leak1': incident });
  const plan = await openPage('options.html#/leak/leak1');
  const expectSection = plan.getByRole('region', { name: 'What to expect' });
  await expect(expectSection).toBeVisible();
  const titles = await expectSection.locator('.scam-title').allTextContents();
  expect(titles.slice(0, 2).sort()).toEqual([
    '"Cancel your student or online loan" and "credit repair"',
    'Fake police, procuratorate or court, and the "safe account"',
  ]);
  await expect(expectSection).toContainText('there is no "safe account"');

  const popup = await openPage('popup.html');
  const form = await fromPopup(context, popup, 'Suspicious call or message?');
  expect(form.url()).toMatch(/options\.html#\/suspicious$/);
  await expect(form.getByRole('heading', { level: 1, name: 'I just got a suspicious call or message' })).toBeVisible();
  const log = form.getByRole('form', { name: 'I just got a suspicious call or message' });
  await log.getByLabel('Kind').selectOption('call');
  await log.getByLabel('From (number, address or account)').fill('+86 171 0000 0000');
  await log.getByRole('checkbox', { name: 'ID number', exact: true }).check();
  await log.getByRole('checkbox', { name: 'Real name', exact: true }).check();
  await log.getByRole('checkbox', { name: 'Phone number', exact: true }).check();
  await log
    .getByLabel('What did they say or ask for?')
    .fill('Said my ID was used for money laundering and I must move my savings to a safe account');
  await expectAccessible(form);
  await log.getByRole('button', { name: 'Add to the evidence log' }).click();
  await expect(form.getByRole('status')).toContainText('Added to the evidence log of “Courier Co”');
  await expect(form.getByRole('status')).toBeFocused();
  await expect(form.locator('details.scam[open] .scam-title')).toHaveText('Fake police, procuratorate or court, and the "safe account"');
  await expect(form.locator('details.scam[open]')).toContainText('Hang up and do not call back any number they gave.');

  const stored = Object.values(await readStorage(worker)).filter((v) => (v as { incidentId?: string }).incidentId === 'leak1');
  expect(stored).toEqual([
    expect.objectContaining({
      kind: 'call',
      from: '+86 171 0000 0000',
      knew: ['id-number', 'real-name', 'phone'],
      scamId: 'cn-police-impostor',
    }),
  ]);

  const report = await openPage('report.html#leak1');
  const body = report.locator('main');
  await expect(body).toContainText('Said my ID was used for money laundering');
  await expect(body).toContainText('They knew: ID number, Real name, Phone number');
  await expect(body).toContainText('+86 171 0000 0000');
  expect(consoleErrors).toEqual([]);
});

test('in Chinese: the form, the matching scam and the report', async ({ context, openPage, worker, consoleErrors }) => {
  await addToStorage(worker, {
    settings: settingsRecord({ language: 'zh_CN', region: 'cn' }),
    'incident:leak1': { ...incident, source: '某快递公司' },
  });
  const popup = await openPage('popup.html');
  const form = await fromPopup(context, popup, '接到可疑电话或短信？');
  const log = form.getByRole('form', { name: '我刚接到可疑电话或短信' });
  await log.getByRole('checkbox', { name: '身份证号', exact: true }).check();
  await log.getByRole('checkbox', { name: '手机号', exact: true }).check();
  await log.getByLabel('对方说了什么、要你做什么？').fill('说我名下有校园贷要注销，不然影响征信');
  await log.getByRole('button', { name: '记入证据记录' }).click();
  await expect(form.getByRole('status')).toContainText('已记入“某快递公司”的证据记录');
  await expect(form.locator('details.scam[open]')).toContainText('现在该怎么做');
  await expect(form.locator('body')).not.toContainText(/scams\.|evidence\./);
  await expectAccessible(form);

  const plan = await openPage('options.html#/leak/leak1');
  await expect(plan.getByRole('region', { name: '接下来可能遇到的骗局' })).toContainText('根本没有“注销账户”这回事');
  const report = await openPage('report.html#leak1');
  await expect(report.locator('main')).toContainText('说我名下有校园贷要注销');
  await expect(report.locator('main')).toContainText('对方知道：身份证号、手机号');
  expect(consoleErrors).toEqual([]);
});
