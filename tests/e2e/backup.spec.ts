// Backup and import in real Chromium: the downloaded file, replace and merge with their preview, and bad
// files that each say what is wrong and leave storage exactly as it was.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, readStorage, replaceStorage } from './fixtures';
import { CURRENT_SCHEMA } from '../../core/migrations';
import { backedUpState, backupFile, editedBackup, rawStorage, storedState } from './backup-fixtures';

async function chooseFile(page: Page, text: string, name = 'afterleak-backup.json', label = 'Backup file') {
  await page.getByLabel(label).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The preview table's row for one kind: [added, changed, removed, unchanged]. */
async function previewRow(page: Page, kind: string) {
  const row = page.getByRole('row', { name: new RegExp(`^${kind}`) });
  return (await row.getByRole('cell').allTextContents()).map(Number);
}

test('export downloads one JSON file with every record', async ({ openPage, worker, consoleErrors }) => {
  await replaceStorage(worker, rawStorage(storedState()));
  const page = await openPage('options.html#/backup');
  await expect(page.getByRole('heading', { level: 1, name: 'Backup' })).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^afterleak-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'afterleak-backup', version: 2, schema: CURRENT_SCHEMA });
  const stored = await readStorage(worker);
  const records = Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'schema'));
  expect(file.records).toEqual(records);
  expect(Object.keys(file.records).sort()).toEqual([
    'account:a1',
    'account:a2',
    'evidence:e1',
    'incident:i1',
    'settings',
    'step:a1:change-password',
    'step:a2:change-password',
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Saved afterleak-backup-' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('replace: the preview lists what changes, and confirming makes storage equal to the backup', async ({
  openPage,
  worker,
  consoleErrors,
}) => {
  await replaceStorage(worker, rawStorage(storedState()));
  const page = await openPage('options.html#/backup');
  await page.getByLabel('Replace what is here with the backup').check();
  await chooseFile(page, backupFile(backedUpState()));
  // Focus follows what the check produced: the preview to confirm.
  await expect(page.getByRole('heading', { name: 'What the import will change' })).toBeFocused();
  expect(await previewRow(page, 'Accounts')).toEqual([1, 1, 1, 0]);
  expect(await previewRow(page, 'Step progress')).toEqual([1, 0, 1, 1]);
  await expect(page.getByRole('listitem').filter({ hasText: 'Old forum' })).toBeVisible();
  await expectAccessible(page);
  // Nothing is written before the confirmation.
  expect(await readStorage(worker)).toEqual(rawStorage(storedState()));

  await page.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import finished: 2 added, 1 changed, 2 removed.' })).toBeVisible();
  // The preview and its buttons are gone: focus is on the import's heading, not on <body>.
  await expect(page.getByRole('heading', { name: 'Restore from a backup' })).toBeFocused();
  expect(await readStorage(worker)).toEqual(rawStorage(backedUpState()));
  expect(consoleErrors).toEqual([]);
});

test('merge: newer records win, nothing is removed, and importing again changes nothing', async ({ openPage, worker, consoleErrors }) => {
  await replaceStorage(worker, rawStorage(storedState()));
  const page = await openPage('options.html#/backup');
  await page.getByLabel('Merge the backup with what is here').check();
  await chooseFile(page, backupFile(backedUpState()));
  await expect(page.getByRole('heading', { name: 'What the import will change' })).toBeVisible();
  expect(await previewRow(page, 'Accounts')).toEqual([1, 1, 0, 0]);
  await page.getByRole('button', { name: 'Merge into my data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import finished: 2 added, 1 changed, 0 removed.' })).toBeVisible();
  const stored = await readStorage(worker);
  expect((stored['account:a1'] as { label: string }).label).toBe('Personal mail (restored)');
  expect(stored['account:a2']).toEqual(rawStorage(storedState())['account:a2']);
  expect(stored['account:a3']).toBeDefined();
  expect(stored['step:a2:change-password']).toEqual({
    status: 'pending',
    at: storedState().steps.a2!['change-password']!.at,
    note: 'ask admin',
  });

  await chooseFile(page, backupFile(backedUpState()), 'again.json');
  await expect(page.getByText('Nothing would change; the backup matches what is here.')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

const BAD_FILES: [string, () => string, RegExp][] = [
  ['not JSON', () => 'this is a note, not a backup', /not valid JSON/],
  ['truncated', () => backupFile(backedUpState()).slice(0, 300), /not valid JSON/],
  ['another product', () => JSON.stringify({ version: 1, bookmarks: [] }), /not an AfterLeak backup/],
  [
    'a newer version',
    () =>
      editedBackup((file) => {
        file.version = 3;
      }),
    /newer version of AfterLeak \(file version 3\)/,
  ],
  [
    '__proto__',
    () => backupFile(backedUpState()).replace('"records": {', '"records": {\n"__proto__": {"isAdmin": true},'),
    /“records” contains the key “__proto__”/,
  ],
  // 4.6 MB nested 2.3 million deep: refused at once by its depth (it used to overflow the stack and hang).
  [
    'nested 2.3 million deep',
    () => backupFile(backedUpState()).replace('"records": {', `"records": {"deep": ${'['.repeat(2_300_000)}${']'.repeat(2_300_000)},`),
    /nests deeper than 32 levels \(at “records\.deep\[0\]/,
  ],
  [
    'a 1 MB id',
    () =>
      editedBackup((file) => {
        file.records[`account:${'x'.repeat(1024 * 1024)}`] = {};
      }),
    /has an id that AfterLeak never makes/,
  ],
  [
    'a wrong type',
    () =>
      editedBackup((file) => {
        file.records['account:a1']!.tier = 'vip';
      }),
    /“records\.account:a1\.tier” has a value AfterLeak does not know: “vip”/,
  ],
];

test('bad files each say what is wrong and leave storage exactly as it was', async ({ openPage, worker, consoleErrors }) => {
  await replaceStorage(worker, {
    ...rawStorage(storedState()),
    'quarantine:1700000000000:account:old': { raw: { id: 'old' }, error: 'label', at: 1_700_000_000_000 },
  });
  const before = await readStorage(worker);
  const page = await openPage('options.html#/backup');
  for (const [name, text, message] of BAD_FILES) {
    await chooseFile(page, text(), `${name}.json`);
    const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be imported. Nothing was changed.' });
    await expect(alert, name).toContainText(message);
    await expect(alert, name).toBeFocused();
    await expect(page.getByRole('button', { name: /Replace my data|Merge into my data/ })).toHaveCount(0);
    expect(await readStorage(worker), name).toEqual(before);
  }
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});

test('a file over 5 MB is refused by its size before it is read', async ({ openPage, worker, consoleErrors }) => {
  await replaceStorage(worker, rawStorage(storedState()));
  const before = await readStorage(worker);
  const page = await openPage('options.html#/backup');
  await chooseFile(page, `${backupFile(backedUpState())}${' '.repeat(5 * 1024 * 1024)}`);
  await expect(page.getByRole('alert')).toContainText('Backups larger than 5 MB are refused.');
  expect(await readStorage(worker)).toEqual(before);
  expect(consoleErrors).toEqual([]);
});

test('a full disk during an import: a clear message and nothing half-written', async ({ openPage, worker, consoleErrors }) => {
  // Fill chrome.storage.local (10 MB) with background bookkeeping, leaving room for the current records only.
  const filler = 'x'.repeat(10 * 1024 * 1024 - 8 * 1024);
  await replaceStorage(worker, { ...rawStorage(storedState()), filler });
  const before = await readStorage(worker);
  const page = await openPage('options.html#/backup');
  const big = backedUpState();
  big.evidence = Array.from({ length: 10 }, (_, i) => ({ ...storedState().evidence[0]!, id: `big${i}`, summary: 'y'.repeat(3900) }));
  await chooseFile(page, backupFile(big));
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByRole('alert').filter({ hasText: "The browser's storage for AfterLeak is full. Nothing was saved" })).toBeVisible();
  await expect(page.getByText('Nothing was imported.')).toBeVisible();
  const after = await readStorage(worker);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  expect(after).toEqual(before);
  expect(consoleErrors).toEqual([]);
});

test('the backup page in Chinese', async ({ openPage, worker, consoleErrors }) => {
  await replaceStorage(worker, rawStorage({ ...storedState(), settings: { ...storedState().settings, language: 'zh_CN' } }));
  const page = await openPage('options.html#/backup');
  await expect(page.getByRole('heading', { name: '导出备份' })).toBeVisible();
  await chooseFile(
    page,
    editedBackup((file) => {
      file.version = 9;
    }),
    'new.json',
    '备份文件',
  );
  await expect(page.getByRole('alert')).toContainText('这个文件由更新版本的 AfterLeak 生成（文件版本9）');
  await expectAccessible(page);
  expect(consoleErrors).toEqual([]);
});
