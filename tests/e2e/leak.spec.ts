// After a leak, as a person would go through it: "I had a leak" from the popup, the form, the ordered plan,
// task states with undo, the ready-made texts, the evidence log, the printable report, and the same in Chinese.
import {
  test,
  expect,
  expectAccessible,
  readStorage,
  addToStorage,
  accountRecord,
  incidentRecord,
  watchErrors,
  chooseChinese,
} from './fixtures';
import type { Page } from '@playwright/test';

const NOW = Date.now();
const DAY = 86_400_000;
const gmail = accountRecord('mail1', 'Personal Gmail', { createdAt: NOW - 60 * DAY, updatedAt: NOW - 60 * DAY });
const bank = {
  id: 'bank1',
  customName: 'Example Bank',
  customDomain: 'bank.example',
  label: 'My bank',
  category: 'banking',
  tier: 'critical',
  sharedPassword: false,
  createdAt: NOW - 60 * DAY,
  updatedAt: NOW - 60 * DAY,
};

const isoDate = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

type Stored = Record<string, { status?: string; until?: number; note?: string } & Record<string, unknown>>;

/** The incident the form below produces, for the tests that start from a recorded leak. */
const megaShop = {
  id: 'm1',
  discoveredAt: NOW - DAY,
  leakedAt: NOW - 3 * DAY,
  source: 'MegaShop',
  sourceCategory: 'shopping',
  howLearned: 'scam-call',
  leaked: ['password', 'phone', 'id-number', 'bank-card'],
  passwordReused: false,
  cardSecretsLeaked: true,
  region: 'us',
  accountIds: ['bank1', 'mail1'],
  createdAt: NOW - DAY,
  updatedAt: NOW - DAY,
};

/** Opens a folded phase of the plan, so that its tasks show. */
async function openPhase(page: Page, name: string) {
  const toggle = page.getByRole('button', { name: new RegExp(`^${name}`) });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

test('from "I had a leak" in the popup, through the form, to the ordered plan with its next step', async ({
  context,
  openPage,
  worker,
  consoleErrors,
}) => {
  // The Gmail password was changed ten days ago: before the leak, so it must not count.
  await addToStorage(worker, {
    'account:mail1': gmail,
    'account:bank1': bank,
    'step:mail1:change-password': { status: 'done', at: NOW - 10 * DAY },
  });

  const popup = await openPage('popup.html');
  const [form] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'I had a leak' }).click()]);
  watchErrors(form, consoleErrors);
  await expect(form.getByRole('heading', { name: 'Record a leak' })).toBeVisible();
  expect(form.url()).toMatch(/options\.html#\/leak\/new$/);
  await expect(form.getByRole('radio', { name: 'United States' })).toBeChecked();

  // Saving an empty form says what is missing, all at once.
  await form.getByRole('button', { name: 'Save and show my plan' }).click();
  const errors = form.getByRole('alert');
  await expect(errors).toContainText('Say where it leaked from');
  await expect(errors).toContainText('Tick at least one kind of information that leaked.');
  await expectAccessible(form);

  await form.getByLabel('When did the leak happen? (if you know)').fill(isoDate(NOW - 3 * DAY));
  await form.getByLabel('Where did it leak from?').fill('MegaShop');
  await form.getByLabel('What kind of business is it?').selectOption('shopping');
  await form.getByLabel('How did you learn about it?').selectOption('scam-call');
  for (const data of ['Password', 'Phone number', 'ID number', 'Bank card number'])
    await form.getByRole('checkbox', { name: data, exact: true }).check();
  await form.getByRole('checkbox', { name: "The card's security code (CVV) or PIN leaked too" }).check();
  await form
    .getByRole('group', { name: 'Which of your accounts are affected?' })
    .getByRole('checkbox', { name: /My bank/ })
    .check();
  await form
    .getByRole('group', { name: 'Which of your accounts are affected?' })
    .getByRole('checkbox', { name: /Personal Gmail/ })
    .check();
  await expect(errors).toHaveCount(0);
  await form.getByRole('button', { name: 'Save and show my plan' }).click();

  // The plan: email's steps before the bank's, the old password change not counted.
  await expect(form.getByRole('heading', { level: 2, name: 'MegaShop' })).toBeVisible();
  const groups = await form.locator('.account-group > h4').allTextContents();
  expect(groups).toEqual(['Personal Gmail', 'My bank']);
  await openPhase(form, 'Protect what leaked');
  await openPhase(form, 'Complain, report and keep evidence');
  const headings = await form.locator('.phase h4, .phase h5').allTextContents();
  expect(headings.indexOf('Change your Google password')).toBeLessThan(headings.indexOf('Change the password'));
  expect(headings.indexOf('Change the password')).toBeLessThan(headings.indexOf('Call your bank to freeze or replace the card'));
  const task = (name: string) => form.getByRole('listitem', { name, exact: true });
  await expect(task('Change your Google password')).toContainText('before the leak: it does not count for this leak');
  await expect(task('Report at IdentityTheft.gov')).toBeVisible();
  await expect(task('Freeze your credit at Equifax')).toBeVisible();
  await expect(task('Report to the police')).toHaveCount(0);
  await expect(task('File a report with your local police')).toContainText('What to bring');

  // One obvious next step at the top, which moves on when it is done.
  const next = form.locator('.next-step');
  // The priority's first item (core/priority.ts): in the lock-down phase, the task due soonest; the mailbox's
  // urgent steps and the phone number are due in the same hours, and email comes first.
  await expect(next.getByRole('heading', { level: 3 })).toHaveText('Personal Gmail: Change your Google password');
  await next.getByRole('button', { name: 'Go to it' }).click();
  await expect(task('Change your Google password').getByRole('heading')).toBeFocused();
  await next.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(task('Change your Google password')).toContainText('✓ Done');
  await expect(next).not.toContainText('Change your Google password');
  await task('Protect your phone number at the carrier').getByRole('button', { name: 'Done', exact: true }).click();
  await expect(task('Protect your phone number at the carrier')).toContainText('✓ Done');
  await expect(next).not.toContainText('Protect your phone number at the carrier');
  await expect(task('Change your Google password')).not.toContainText('before the leak');
  await expectAccessible(form);

  // Storage holds exactly what was entered.
  const stored = (await readStorage(worker)) as Stored;
  const [incidentKey] = Object.keys(stored).filter((key) => key.startsWith('incident:'));
  expect(stored[incidentKey!]).toMatchObject({
    source: 'MegaShop',
    sourceCategory: 'shopping',
    howLearned: 'scam-call',
    region: 'us',
    cardSecretsLeaked: true,
    leaked: ['password', 'phone', 'id-number', 'bank-card'],
    accountIds: ['bank1', 'mail1'],
  });
  expect(stored['step:mail1:change-password']).toMatchObject({ status: 'done' });
  expect(stored['step:mail1:change-password']!.at as unknown as number).toBeGreaterThan(NOW - DAY);
  expect(consoleErrors).toEqual([]);
});

test('a recorded leak: task states with undo, a note, and the ready-made texts the tasks lead to', async ({
  context,
  openPage,
  worker,
  consoleErrors,
}) => {
  // The leak as the form above records it (that flow is tested there), seeded through storage.
  await addToStorage(worker, { 'account:mail1': gmail, 'account:bank1': bank, 'incident:m1': megaShop });
  const form = await openPage('options.html#/leak/m1');
  const task = (name: string) => form.getByRole('listitem', { name, exact: true });
  await openPhase(form, 'Protect what leaked');
  await openPhase(form, 'Complain, report and keep evidence');

  // Done another way, not applicable (undone), snoozed; a finished task shrinks to one line.
  await task('Call your bank to freeze or replace the card').getByRole('button', { name: 'Done another way' }).click();
  await expect(task('Call your bank to freeze or replace the card')).toContainText('Done another way');
  await expect(task('Call your bank to freeze or replace the card').getByRole('button')).toHaveText(['Mark as to do']);
  await task('Place a fraud alert').getByRole('button', { name: 'Not applicable' }).click();
  await expect(task('Place a fraud alert')).toContainText('Not applicable');
  await form.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(task('Place a fraud alert')).toContainText('To do');
  await task('Keep the evidence').getByRole('button', { name: 'Snooze' }).click();
  await task('Keep the evidence')
    .getByLabel('Snooze until')
    .fill(isoDate(NOW + 5 * DAY));
  await task('Keep the evidence').getByRole('button', { name: 'Confirm snooze' }).click();
  await expect(task('Keep the evidence')).toContainText('Snoozed until');

  // A note that looks like a password is flagged before it can be saved.
  const family = task('Warn family and friends');
  await family.locator('summary', { hasText: 'Note (optional)' }).click();
  await family.getByLabel('Note (optional)').fill('password: hunter2');
  await expect(family.getByRole('alert')).toContainText('looks like a password');
  await expect(family.getByRole('button', { name: 'Save note' })).toBeDisabled();
  await family.getByLabel('Note (optional)').fill('Sent to mum and my brother');
  await family.getByRole('button', { name: 'Save note' }).click();
  await expect(family).toContainText('Note: Sent to mum and my brother');

  // The ready-made texts carry this leak's details; the task that needs one leads to it, and it copies with one click.
  const letter = form.getByLabel('Complaint letter to the provider');
  await task(`Complain to MegaShop`).getByRole('button', { name: 'The complaint letter, ready to copy' }).click();
  await expect(letter).toBeFocused();
  await expect(letter).toHaveValue(/To MegaShop,/);
  await expect(letter).toHaveValue(/from a scam call/);
  await expect(form.getByLabel('Message to family and friends')).toHaveValue(/my phone number, my ID number/);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await form.bringToFront();
  await form.getByRole('button', { name: 'Copy: Complaint letter to the provider' }).click();
  await expect(form.locator('#template-complaint-status')).toHaveText('✓ Copied');
  expect(await form.evaluate(() => navigator.clipboard.readText())).toContain('To MegaShop,');

  await expectAccessible(form);

  const stored = (await readStorage(worker)) as Stored;
  expect(stored['task:m1:card-call-bank']).toMatchObject({ status: 'done-other' });
  expect(stored['task:m1:us-fraud-alert']).toBeUndefined();
  expect(stored['task:m1:keep-evidence']).toMatchObject({ status: 'snoozed' });
  expect(stored['task:m1:warn-family']).toMatchObject({ note: 'Sent to mum and my brother' });
  expect(consoleErrors).toEqual([]);
});

test('a recorded leak: evidence, losses and notes, the export, and a report with what was entered', async ({
  context,
  openPage,
  worker,
  consoleErrors,
}) => {
  // Task states as the test above leaves them (set there through the page).
  await addToStorage(worker, {
    'account:mail1': gmail,
    'account:bank1': bank,
    'incident:m1': megaShop,
    'step:mail1:change-password': { status: 'done', at: NOW - 3_600_000 },
    'task:m1:card-call-bank': { status: 'done-other', at: NOW - 3_600_000 },
  });
  const form = await openPage('options.html#/leak/m1');
  // The task that asks for evidence leads to the log.
  await openPhase(form, 'Complain, report and keep evidence');
  await form
    .getByRole('listitem', { name: 'Keep the evidence', exact: true })
    .getByRole('button', { name: 'Go to the evidence log' })
    .click();
  await expect(form.getByRole('heading', { level: 2, name: 'Evidence log' })).toBeFocused();

  // Evidence: add, edit, delete and undo.
  await form.getByRole('button', { name: 'Add evidence' }).click();
  const add = form.getByRole('form', { name: 'Add evidence' });
  await add.getByLabel('Kind').selectOption('call');
  await add.getByLabel('From (number, address or account)').fill('+1 555 0100');
  await add.getByLabel('What happened').fill('Caller knew my ID number and asked me to move money');
  await add.getByLabel('Where is it kept?').fill('call-recording.m4a');
  await add.getByRole('button', { name: 'Save' }).click();
  const log = form.locator('.timeline');
  await expect(log).toContainText('Caller knew my ID number and asked me to move money');
  await expect(log).toContainText('From: +1 555 0100');
  await log.getByRole('button', { name: /^Edit:/ }).click();
  await form.getByRole('form', { name: 'Edit evidence' }).getByLabel('What happened').fill('Caller knew my ID number and my card number');
  await form.getByRole('form', { name: 'Edit evidence' }).getByRole('button', { name: 'Save' }).click();
  await expect(log).toContainText('Caller knew my ID number and my card number');
  await log.getByRole('button', { name: /^Remove:/ }).click();
  await expect(log.getByRole('listitem')).toHaveCount(0);
  await form.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(log).toContainText('Caller knew my ID number and my card number');

  await form.getByRole('textbox', { name: 'Losses' }).fill('$120 charged on the card on the 2nd');
  await form.getByRole('button', { name: 'Save losses' }).click();
  await expect(form.locator('.toast')).toContainText('Losses saved');
  await form.getByRole('textbox', { name: 'Notes' }).fill('Police case number 2026-0042');
  await form.getByRole('button', { name: 'Save notes' }).click();
  await expect(form.locator('.toast')).toContainText('Notes saved');

  await form.getByText('Legal references').click();
  await expect(form.locator('.legal')).toContainText('Credit freezes and fraud alerts');
  await expectAccessible(form);

  // The export is the incident as JSON.
  const [download] = await Promise.all([form.waitForEvent('download'), form.getByRole('button', { name: 'Export as JSON' }).click()]);
  const exported = JSON.parse(await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8'));
  expect(exported).toMatchObject({ format: 'afterleak-incident', incident: { source: 'MegaShop' } });

  // Storage holds exactly what was entered.
  const stored = (await readStorage(worker)) as Stored;
  expect(stored['incident:m1']).toMatchObject({
    source: 'MegaShop',
    losses: '$120 charged on the card on the 2nd',
    notes: 'Police case number 2026-0042',
  });
  const evidence = Object.entries(stored)
    .filter(([key]) => key.startsWith('evidence:'))
    .map(([, value]) => value);
  expect(evidence).toEqual([
    expect.objectContaining({ incidentId: 'm1', kind: 'call', from: '+1 555 0100', fileName: 'call-recording.m4a' }),
  ]);

  // The report, from the "Print report" link.
  const [report] = await Promise.all([context.waitForEvent('page'), form.getByRole('link', { name: 'Print report' }).click()]);
  watchErrors(report, consoleErrors);
  await expect(report.getByRole('heading', { level: 1, name: 'Personal information leak report' })).toBeVisible();
  expect(report.url()).toContain('report.html#m1');
  const body = report.locator('main');
  for (const text of [
    'MegaShop',
    'A scam call',
    'Bank card number',
    "The card's security code (CVV) or PIN leaked too.",
    'Personal Gmail (password change): Done',
    'Asking the bank to freeze or replace the card: Done another way',
    'Caller knew my ID number and my card number',
    '+1 555 0100',
    'call-recording.m4a',
    '$120 charged on the card on the 2nd',
    'Police case number 2026-0042',
  ]) {
    await expect(body).toContainText(text);
  }
  // The report is read by the police: the timeline and the open steps never address the user.
  expect(await report.getByRole('region', { name: 'Timeline' }).innerText()).not.toMatch(/\byour?\b/i);
  await expect(report.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await report.emulateMedia({ media: 'print' });
  await expect(report.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await report.emulateMedia({ media: 'screen' });
  await expectAccessible(report);
  expect(consoleErrors).toEqual([]);
});

test('in Chinese, the plan speaks Chinese and names the China channels (96110, 12321)', async ({ openPage, worker, consoleErrors }) => {
  await chooseChinese(openPage);

  const form = await openPage('options.html#/leak/new');
  await expect(form.getByRole('heading', { name: '记录一次泄露' })).toBeVisible();
  await form.getByLabel('是从哪里泄露的？').fill('某快递公司');
  await form.getByRole('checkbox', { name: '手机号', exact: true }).check();
  await form.getByRole('checkbox', { name: '家庭住址', exact: true }).check();
  await form.getByRole('radio', { name: '中国大陆' }).check();
  await expectAccessible(form);
  await form.getByRole('button', { name: '保存并查看我的计划' }).click();

  await expect(form.getByRole('heading', { level: 2, name: '某快递公司' })).toBeVisible();
  await expect(form.getByRole('heading', { name: '投诉、报案和留证' })).toBeVisible();
  await openPhase(form, '投诉、报案和留证');
  const task = (name: string) => form.getByRole('listitem', { name, exact: true });
  await expect(task('向公安机关报案')).toContainText('96110');
  await expect(task('向公安机关报案')).toContainText('报案时带上');
  await expect(task('向 12321 举报（骚扰信息和个人信息泄露）')).toBeVisible();
  await expect(task('在运营商那里保护好你的手机号')).toContainText('10086');
  await expect(task('安装国家反诈中心 App')).toBeVisible();
  await expect(form.getByLabel('发给家人朋友的提醒')).toHaveValue(/手机号和家庭住址/);
  await expect(form.getByLabel('致服务方的投诉函')).toHaveValue(/第四十四条至第五十条/);
  await form.getByText('法律依据').click();
  await expect(form.locator('.legal')).toContainText('法释〔2017〕10号');
  await expect(form.locator('.legal')).toContainText('情节特别严重的，处三年以上七年以下有期徒刑');
  await expect(form.locator('body')).not.toContainText(/plan\.|leak\.|evidence\./);
  await task('向公安机关报案').getByRole('button', { name: '完成', exact: true }).click();
  await expect(task('向公安机关报案')).toContainText('已完成');
  await expectAccessible(form);

  const stored = await readStorage(worker);
  const incident = Object.entries(stored).find(([key]) => key.startsWith('incident:'))!;
  expect(incident[1]).toMatchObject({ source: '某快递公司', region: 'cn', leaked: ['phone', 'address'] });

  const report = await openPage(`report.html#${(incident[1] as { id: string }).id}`);
  await expect(report.getByRole('heading', { level: 1, name: '个人信息泄露情况报告' })).toBeVisible();
  await expect(report.locator('main')).toContainText('向公安机关报案：已完成');
  await expectAccessible(report);
  expect(consoleErrors).toEqual([]);
});

test('the leak list shows every open incident, and a deleted one comes back with undo', async ({ openPage, worker, consoleErrors }) => {
  await addToStorage(worker, {
    'incident:a1': incidentRecord('a1', 'Old forum', NOW - 40 * DAY),
    'incident:b2': incidentRecord('b2', 'Travel site', NOW - DAY),
  });
  const list = await openPage('options.html#/leak');
  await expect(list.getByRole('link', { name: /^Old forum, discovered/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /^Travel site, discovered/ })).toBeVisible();
  await expectAccessible(list);

  await list.getByRole('link', { name: /^Travel site/ }).click();
  await openPhase(list, 'Complain, report and keep evidence');
  await expect(list.getByRole('listitem', { name: 'Report to Report Fraud', exact: true })).toContainText('0300 123 2040');
  await list.getByRole('button', { name: 'Delete this leak' }).click();
  await list.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  // Back on the list (the plan page has no such link either, so wait for the list itself).
  await expect(list.getByRole('link', { name: /^Old forum, discovered/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /^Travel site/ })).toHaveCount(0);
  expect(Object.keys(await readStorage(worker))).not.toContain('incident:b2');
  await list.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('link', { name: /^Travel site/ })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('"Hide finished steps" hides what is done in the plan and in a guide, and shows it again', async ({
  openPage,
  worker,
  consoleErrors,
}) => {
  await addToStorage(worker, {
    'account:mail1': gmail,
    'step:mail1:change-password': { status: 'done', at: NOW },
    'incident:h1': incidentRecord('h1', 'Travel site', NOW - DAY),
  });
  const page = await openPage('options.html#/leak/h1');
  await openPhase(page, 'Complain, report and keep evidence');
  const police = page.getByRole('listitem', { name: 'Report to Report Fraud', exact: true });
  const ico = page.getByRole('listitem', { name: 'Complain to the ICO', exact: true });
  await police.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(police).toContainText('✓ Done');
  const before = await readStorage(worker);
  await page.getByLabel('Hide finished steps').check();
  await expect(police).toHaveCount(0);
  await expect(ico).toBeVisible();
  // Finishing another task while hidden takes it away too; undo brings it back.
  await ico.getByRole('button', { name: 'Not applicable' }).click();
  await expect(ico).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(ico).toBeVisible();
  await page.getByLabel('Hide finished steps').uncheck();
  await expect(police).toContainText('✓ Done');
  // Hiding is a way of looking, not a change: storage is as it was.
  expect(await readStorage(worker)).toEqual(before);

  await page.goto(page.url().replace(/#.*/, '#/accounts/mail1'));
  const changed = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Change your Google password' }) });
  await expect(changed).toContainText('✓ Done');
  await page.getByLabel('Hide finished steps').check();
  await expect(changed).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Check your recovery email and phone' })).toBeVisible();
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('evidence can be kept in the log but left out of the printed report', async ({ openPage, worker, consoleErrors }) => {
  const item = (id: string, summary: string, at: number) => ({
    id,
    incidentId: 'r1',
    kind: 'call',
    at,
    from: '+44 20 7946 0000',
    summary,
    fileName: '',
    createdAt: at,
    updatedAt: at,
  });
  await addToStorage(worker, {
    'incident:r1': incidentRecord('r1', 'Travel site', NOW - DAY, { leaked: ['phone'] }),
    'evidence:e1': item('e1', 'Caller claimed to be my bank', NOW - 3 * 3_600_000),
    'evidence:e2': item('e2', 'Call from my doctor about the leak', NOW - 2 * 3_600_000),
  });
  const page = await openPage('options.html#/leak/r1');
  const doctor = page.getByRole('listitem').filter({ hasText: 'Call from my doctor' });
  await doctor.getByRole('button', { name: /^Edit/ }).click();
  const form = page.getByRole('form', { name: 'Edit evidence' });
  await form.getByLabel('Leave this out of the printed report').check();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(doctor).toContainText('Not in the printed report');
  expect((await readStorage(worker))['evidence:e2']).toMatchObject({ omitFromReport: true, summary: 'Call from my doctor about the leak' });

  const report = await openPage('report.html#r1');
  const body = report.locator('main');
  await expect(body).toContainText('Caller claimed to be my bank');
  await expect(body).not.toContainText('Call from my doctor');
  await expect(report.getByText('1 item of evidence is left out of this report')).toBeVisible();
  await report.emulateMedia({ media: 'print' });
  await expect(report.getByText('1 item of evidence is left out of this report')).toBeHidden();
  expect(consoleErrors).toEqual([]);
});
