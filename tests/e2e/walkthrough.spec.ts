import type { Worker } from '@playwright/test';
import {
  test,
  expect,
  expectAccessible,
  readStorage,
  addToStorage,
  accountRecord,
  storedRecords,
  openSite,
  badgeOn,
} from './site-fixtures';

const NOW = Date.now();
const gmail = accountRecord('g1', 'Personal mail', { createdAt: NOW, updatedAt: NOW });

/** The status of each of Gmail's steps that has one: { 'change-password': 'done', ... }. */
async function stepStates(worker: Worker) {
  const steps = await storedRecords<{ status: string }>(worker, 'step:g1:');
  return Object.fromEntries(Object.entries(steps).map(([stepId, state]) => [stepId, state.status]));
}

test('the popup recognises the current site by registrable domain and adds it in one click', async ({
  context,
  openPage,
  worker,
  consoleErrors,
}) => {
  await openSite(context, 'https://accounts.google.com/signin');
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Add Google (Gmail) to my accounts' }).click();
  // Focus moves to the new account, not to <body>.
  await expect(popup.getByRole('heading', { name: 'Open steps for Google (Gmail)' })).toBeFocused();
  const raw = await readStorage(worker);
  expect(Object.values(raw).filter((v) => (v as { siteId?: string }).siteId === 'google')).toHaveLength(1);

  for (const [url, name] of [
    ['https://www.icbc.com.cn/', 'ICBC (Industrial and Commercial Bank of China)'],
    ['https://m.jd.com/', 'JD.com'],
  ]) {
    await openSite(context, url!);
    const popup = await openPage('popup.html');
    await popup.getByRole('button', { name: `Add ${name} to my accounts` }).click();
    await expect(popup.getByRole('heading', { name: `Open steps for ${name}` })).toBeVisible();
  }
  const siteIds = Object.values(await readStorage(worker))
    .map((v) => (v as { siteId?: string }).siteId)
    .filter(Boolean);
  expect(siteIds.sort()).toEqual(['google', 'icbc', 'jd']);

  await openSite(context, 'https://forum.example.net/thread/1');
  const again = await openPage('popup.html');
  await again.getByRole('button', { name: 'Add this site (example.net)' }).click();
  await expect(again.getByRole('heading', { name: 'Open steps for example.net' })).toBeVisible();
  const custom = Object.values(await readStorage(worker)).find((v) => (v as { customDomain?: string }).customDomain === 'example.net');
  expect(custom).toMatchObject({ category: 'other', label: 'example.net' });
  await expectAccessible(again);
  expect(consoleErrors).toEqual([]);
});

test('walk a guide from first to last step; popup, side panel and dashboard stay in step', async ({
  context,
  openPage,
  worker,
  consoleErrors,
}) => {
  await addToStorage(worker, { 'account:g1': gmail });
  const site = await openSite(context, 'https://mail.google.com/mail/u/0/');
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'Open steps for Google (Gmail)' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Done: Change your Google password' })).toBeVisible();

  await expect.poll(() => badgeOn(worker, 'https://mail.google.com/*')).toBe('7');

  const panel = await openPage('sidepanel.html');
  await panel.getByLabel('Account').selectOption('g1');
  await expect(panel.getByRole('heading', { name: 'Change your Google password' })).toBeVisible();

  const dashboard = await openPage('options.html#/accounts/g1');
  await expectAccessible(dashboard);
  const step = (name: string) => dashboard.getByRole('listitem').filter({ has: dashboard.getByRole('heading', { name }) });

  // 1. Open the change-password page: a new tab at the site's own address.
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    step('Change your Google password')
      .getByRole('link', { name: /Open the page/ })
      .click(),
  ]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe('https://myaccount.google.com/signinoptions/password');
  await expect(opened.getByRole('heading', { name: 'Fixture page' })).toBeVisible();
  // Back to the dashboard, as the user does: a hidden tab draws no frames, and every click would wait for one.
  await dashboard.bringToFront();
  await step('Change your Google password').getByRole('button', { name: 'Done', exact: true }).click();
  await expect(step('Change your Google password')).toContainText('✓ Done');
  // The popup, open all along, drops the step at once.
  await expect(popup.getByRole('button', { name: 'Done: Change your Google password' })).toHaveCount(0);

  // 2. Done another way.
  await step('Turn on 2-Step Verification with a security key or passkey').getByRole('button', { name: 'Done another way' }).click();
  await expect(step('Turn on 2-Step Verification with a security key or passkey')).toContainText('Done another way');

  // 3. Not applicable, then undo, then not applicable again.
  await step('Sign out devices you do not recognise').getByRole('button', { name: 'Not applicable' }).click();
  await dashboard.getByRole('button', { name: 'Undo' }).click();
  await expect(step('Sign out devices you do not recognise')).toContainText('To do');
  expect((await stepStates(worker))['devices']).toBeUndefined();
  await step('Sign out devices you do not recognise').getByRole('button', { name: 'Not applicable' }).click();

  // 4. Snooze until a date.
  const recovery = step('Check your recovery email and phone');
  await recovery.getByRole('button', { name: 'Snooze' }).click();
  await recovery.getByLabel('Snooze until').fill('2099-01-15');
  await recovery.getByRole('button', { name: 'Confirm snooze' }).click();
  await expect(recovery).toContainText('Snoozed until 15 Jan 2099');

  // 5 and 6: from the side panel, which shares the same storage.
  await panel.bringToFront();
  await panel
    .getByRole('listitem')
    .filter({ has: panel.getByRole('heading', { name: 'Remove mail forwarding and filters you did not set up' }) })
    .getByRole('button', { name: 'Done', exact: true })
    .click();
  await panel
    .getByRole('listitem')
    .filter({ has: panel.getByRole('heading', { name: 'Remove third-party apps you no longer use' }) })
    .getByRole('button', { name: 'Done', exact: true })
    .click();
  await dashboard.bringToFront();
  await expect(step('Remove third-party apps you no longer use')).toContainText('✓ Done');
  await step('Review recent security activity').getByRole('button', { name: 'Done', exact: true }).click();
  await expect(step('Review recent security activity')).toContainText('✓ Done');

  expect(await stepStates(worker)).toEqual({
    'change-password': 'done',
    'two-step': 'done-other',
    devices: 'not-applicable',
    recovery: 'snoozed',
    forwarding: 'done',
    'third-party': 'done',
    'security-activity': 'done',
  });
  await expect(dashboard.getByText('6 of 7 steps done').first()).toBeVisible();
  await expect(popup.getByText('Nothing left to do on this site.')).toBeVisible();
  // Six closed and one snoozed: nothing open on this site now (its badge updates when it is the active tab).
  await site.bringToFront();
  await expect.poll(() => badgeOn(worker, 'https://mail.google.com/*')).toBe('');

  // Undo the last "done" from the dashboard's own action: mark as to do again.
  await step('Remove third-party apps you no longer use').getByRole('button', { name: 'Mark as to do' }).click();
  await expect(popup.getByRole('button', { name: 'Done: Remove third-party apps you no longer use' })).toBeVisible();
  await site.bringToFront();
  await expect.poll(() => badgeOn(worker, 'https://mail.google.com/*')).toBe('1');
  await expectAccessible(panel);
  await expectAccessible(popup);
  expect(consoleErrors).toEqual([]);
});

test('a note that looks like a password is flagged before it is saved', async ({ openPage, worker }) => {
  await addToStorage(worker, { 'account:g1': gmail });
  const dashboard = await openPage('options.html#/accounts/g1');
  const first = dashboard.getByRole('listitem').first();
  await first.locator('summary', { hasText: 'Note (optional)' }).click();
  await first.getByLabel('Note (optional)').fill('password: Hunter2!x');
  await expect(first.getByRole('alert')).toContainText('looks like a password');
  await expect(first.getByRole('button', { name: 'Save note' })).toBeDisabled();
  await first.getByLabel('Note (optional)').fill('Changed it on the laptop at 14:30, saved in my manager app');
  await expect(first.getByRole('alert')).toHaveCount(0);
  await first.getByRole('button', { name: 'Save note' }).click();
  const storedNote = async () => ((await readStorage(worker)) as Record<string, { note?: string }>)['step:g1:change-password']?.note;
  await expect.poll(storedNote).toBe('Changed it on the laptop at 14:30, saved in my manager app');
});

test('with the tabs permission the side panel follows the active tab', async ({ context, openPage, worker }) => {
  const alipay = { ...gmail, id: 'p1', siteId: 'alipay', label: 'Alipay', category: 'payment' };
  await addToStorage(worker, { 'account:g1': gmail, 'account:p1': alipay });
  const panel = await openPage('sidepanel.html');
  const mail = await openSite(context, 'https://mail.google.com/');
  await expect(panel.getByRole('heading', { level: 2, name: /Google \(Gmail\)/ })).toBeVisible();
  await openSite(context, 'https://www.alipay.com/');
  await expect(panel.getByRole('heading', { level: 2, name: /Alipay/ })).toBeVisible();
  await mail.bringToFront();
  await expect(panel.getByRole('heading', { level: 2, name: /Google \(Gmail\)/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Follow the active tab automatically' })).toHaveCount(0);
});

test.describe('without the tabs permission', () => {
  test.use({ grantTabs: false });

  test('the side panel offers to follow tabs and shows the account picked', async ({ context, openPage, worker }) => {
    await addToStorage(worker, { 'account:g1': gmail });
    await openSite(context, 'https://mail.google.com/');
    const panel = await openPage('sidepanel.html');
    await expect(panel.getByRole('button', { name: 'Follow the active tab automatically' })).toBeVisible();
    await expect(panel.getByText('Choose an account to follow its guide here.')).toBeVisible();
    await expect(panel.getByLabel('Account')).toHaveText(/Choose an account/);
    await panel.getByLabel('Account').selectOption({ label: 'Personal mail · Google (Gmail)' });
    // Picked by hand: the guide's own heading heads the panel; "Guide for this site" is for following the tab.
    await expect(panel.getByRole('heading', { level: 1, name: 'Guide for Personal mail · Google (Gmail)' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Guide for this site' })).toHaveCount(0);
    await expectAccessible(panel);
  });
});
