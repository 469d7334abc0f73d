// Nothing lost, in real Chromium: stored data this version cannot read gets a page that explains and saves
// everything (never a blank view); values kept aside can be put back, and discarding one asks first and can be
// undone.
import { readFile } from 'node:fs/promises';
import { test, expect, expectAccessible, readStorage, replaceStorage, accountRecord, T } from './fixtures';
import { CURRENT_SCHEMA } from '../../core/migrations';

const account = accountRecord('a1', 'Personal mail');

test('a broken version mark or a newer version’s data: a page that explains and saves everything', async ({
  openPage,
  worker,
  consoleErrors,
}) => {
  await replaceStorage(worker, { schema: -1, 'account:a1': account });
  const options = await openPage('options.html');
  await expect(options.getByRole('heading', { level: 1, name: 'AfterLeak cannot read its saved data' })).toBeVisible();
  await expect(options.getByRole('alert')).toContainText('version mark is broken (-1)');
  await expectAccessible(options);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Save everything as a file' }).click(),
  ]);
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual({ schema: -1, 'account:a1': account });

  await replaceStorage(worker, { schema: CURRENT_SCHEMA + 1, 'account:a1': { ...account, shape: 'new' } });
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('alert')).toContainText(`written by a newer version of AfterLeak (data version ${CURRENT_SCHEMA + 1})`);
  // Nothing was changed or deleted.
  expect(await readStorage(worker)).toEqual({ schema: CURRENT_SCHEMA + 1, 'account:a1': { ...account, shape: 'new' } });
  expect(consoleErrors).toEqual([]);
});

test('kept-aside values: put back, and discard only after asking, with undo', async ({ openPage, worker, consoleErrors }) => {
  const at = T + 5000;
  const step = { status: 'done', at: T, note: 'signed out the old phone' };
  await replaceStorage(worker, {
    schema: CURRENT_SCHEMA,
    [`quarantine:${at}:account:a1`]: { raw: account, error: 'deleted-elsewhere', at },
    [`quarantine:${at}:step:a1:devices`]: { raw: step, error: 'deleted-elsewhere', at },
    'quarantine:1700000000000:account:old': { raw: { id: 'old', tier: 42 }, error: 'tier: Invalid input', at: 1_700_000_000_000 },
  });
  const page = await openPage('options.html#/overview');
  const notice = page.getByRole('region', { name: 'Some stored data could not be read' });
  await expect(notice).toContainText('deleted in another browser');
  await expectAccessible(page);

  // Discard asks first; "Keep it" keeps it.
  const old = notice.getByRole('listitem').filter({ hasText: 'account:old' });
  await old.getByRole('button', { name: 'Discard' }).click();
  await old.getByRole('button', { name: 'Keep it' }).click();
  expect(Object.keys(await readStorage(worker))).toContain('quarantine:1700000000000:account:old');
  await old.getByRole('button', { name: 'Discard' }).click();
  await old.getByRole('group', { name: 'Discard account:old for good?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(notice.getByRole('listitem').filter({ hasText: 'account:old' })).toHaveCount(0);
  expect(Object.keys(await readStorage(worker))).not.toContain('quarantine:1700000000000:account:old');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(notice.getByRole('listitem').filter({ hasText: 'account:old' })).toHaveCount(1);

  // Put back: the account and the progress kept aside with it.
  await notice
    .getByRole('listitem')
    .filter({ hasText: /^account:a1/ })
    .getByRole('button', { name: 'Put back' })
    .click();
  await expect(page.getByRole('status')).toContainText('Put back account:a1.');
  const stored = await readStorage(worker);
  expect(stored['step:a1:devices']).toEqual(step);
  expect((stored['account:a1'] as { label: string }).label).toBe('Personal mail');
  expect(Object.keys(stored).filter((key) => key.startsWith('quarantine:'))).toEqual(['quarantine:1700000000000:account:old']);
  expect(consoleErrors).toEqual([]);
});
