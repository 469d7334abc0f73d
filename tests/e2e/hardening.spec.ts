// User text stays text everywhere it is shown, values that fail to parse are kept aside and can be
// exported, and the account list syncs through chrome.storage.sync when the user turns it on.
import { readFile } from 'node:fs/promises';
import type { BrowserContext } from '@playwright/test';
import { test, expect, expectAccessible, readStorage, replaceStorage, accountRecord } from './fixtures';
import { rawStorage, storedState } from './backup-fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** Every dialog any page opens (what alert(1) would do), watched from before the first page renders. */
function watchDialogs(context: BrowserContext) {
  const fired: string[] = [];
  context.on('dialog', async (dialog) => {
    fired.push(dialog.message());
    await dialog.dismiss();
  });
  return fired;
}

test('a label like <img src=x onerror=alert(1)> shows as text in every view', async ({ context, openPage, worker, consoleErrors }) => {
  await replaceStorage(
    worker,
    rawStorage({ ...storedState(), accounts: [accountRecord('x1', HOSTILE)], steps: {}, incidents: [], evidence: [] }),
  );
  const fired = watchDialogs(context);
  const list = await openPage('options.html#/accounts');
  const detail = await openPage('options.html#/accounts/x1');
  const backup = await openPage('options.html#/backup');
  const panel = await openPage('sidepanel.html');

  await expect(list.getByRole('region', { name: 'Your accounts' })).toContainText(HOSTILE);
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(HOSTILE);
  await expect(panel.getByRole('option', { name: HOSTILE })).toHaveCount(1);
  // The export keeps it as the text it is (issue 15: text with "<" is text, and the user's own export imports).
  const [download] = await Promise.all([
    backup.waitForEvent('download'),
    backup.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported.records['account:x1'].label).toBe(HOSTILE);

  for (const page of [list, detail, backup, panel]) {
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => document.querySelectorAll('[onerror]').length)).toBe(0);
  }
  expect(fired).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a stored value that fails to parse is kept aside, shown, exportable, and discarded only on request', async ({
  context,
  openPage,
  worker,
  consoleErrors,
}) => {
  const broken = { id: 'bad', label: HOSTILE, tier: 42, category: 'email', sharedPassword: false, createdAt: 1, updatedAt: 1 };
  await replaceStorage(worker, { ...rawStorage(storedState()), 'account:bad': broken });
  const fired = watchDialogs(context);
  const page = await openPage('options.html#/overview');
  const notice = page.getByRole('region', { name: 'Some stored data could not be read' });
  await expect(notice).toContainText('account:bad');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expectAccessible(page);

  const stored = await readStorage(worker);
  expect(stored['account:bad']).toBeUndefined();
  const keptKey = Object.keys(stored).find((key) => key.startsWith('quarantine:') && key.endsWith(':account:bad'))!;
  expect(stored[keptKey]).toMatchObject({ raw: broken });
  // The other records are untouched.
  expect(stored['account:a1']).toEqual(rawStorage(storedState())['account:a1']);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Export the kept-aside values' }).click(),
  ]);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported.keptAside).toEqual([expect.objectContaining({ key: keptKey, raw: broken })]);
  expect(await readStorage(worker)).toHaveProperty(keptKey);

  // Discarding asks first; only the confirmation removes it.
  await notice.getByRole('button', { name: 'Discard' }).click();
  const ask = notice.getByRole('group', { name: /^Discard .* for good\?$/ });
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(notice).toHaveCount(0);
  expect(await readStorage(worker)).not.toHaveProperty(keptKey);
  expect(fired).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('sync: turned on, the account list goes to chrome.storage.sync (never notes or steps) and other browsers’ changes come back', async ({
  openPage,
  worker,
  consoleErrors,
}) => {
  await replaceStorage(worker, rawStorage(storedState()));
  const page = await openPage('options.html#/backup');
  const syncArea = () => worker.evaluate(() => chrome.storage.sync.get(null)) as Promise<Record<string, Record<string, unknown>>>;
  expect(await syncArea()).toEqual({});

  await page.getByRole('checkbox', { name: 'Sync my account list between my browsers' }).check();
  await expect.poll(async () => Object.keys(await syncArea()).sort(), { timeout: 15_000 }).toEqual(['acct:a1', 'acct:a2']);
  const sent = JSON.stringify(await syncArea());
  expect(sent).not.toContain('ask admin');
  expect(sent).not.toContain('Fake courier');
  expect(sent).not.toContain('step');
  await expect(page.getByText(/^Last synced /)).toBeVisible();

  // Another browser adds an account and deletes one.
  const laptop = { ...accountRecord('laptop1', 'Added on the laptop'), updatedAt: Date.now() };
  await worker.evaluate(async (items) => chrome.storage.sync.set(items), {
    'acct:laptop1': laptop,
    'acct:a2': { id: 'a2', deleted: true, updatedAt: Date.now() },
  });
  await expect
    .poll(
      async () => {
        const stored = await readStorage(worker);
        return [Boolean(stored['account:laptop1']), Boolean(stored['account:a2']), Boolean(stored['step:a2:change-password'])];
      },
      { timeout: 15_000 },
    )
    .toEqual([true, false, false]);
  const list = await openPage('options.html#/accounts');
  await expect(list.getByRole('region', { name: 'Your accounts' })).toContainText('Added on the laptop');
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});
