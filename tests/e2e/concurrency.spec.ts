// Many views and the background writing at once lose no update. The dashboard and the side panel mark
// steps through their real buttons while the popup has the background snooze steps (message "snooze"),
// all interleaved; a listener on storage.onChanged records every write that landed.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { test, expect, readStorage, replaceStorage, accountRecord, watchErrors } from './fixtures';
import { rawStorage, storedState } from './backup-fixtures';

const google = JSON.parse(readFileSync('data/sites/google.json', 'utf8')) as { steps: { id: string; title: { en: string } }[] };
const STEPS = google.steps;

interface Change {
  key: string;
  value: { status?: string; until?: number; sync?: boolean; reminders?: { checkup: boolean } } | null;
}

/** Three mail accounts, one for each view that writes, and nothing else. */
const threeAccounts = rawStorage({
  ...storedState(),
  accounts: [accountRecord('dash', 'Dashboard mail'), accountRecord('panel', 'Panel mail'), accountRecord('bg', 'Background mail')],
  steps: {},
  incidents: [],
  evidence: [],
});

/**
 * Opens a view in a window of its own, as a user has the dashboard and the side panel side by side: a
 * background tab would be hidden, and Chromium slows hidden pages down to a crawl.
 */
async function openInWindow(context: BrowserContext, worker: Worker, extensionId: string, path: string): Promise<Page> {
  const [page] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate((url) => chrome.windows.create({ url, width: 1000, height: 900 }), `chrome-extension://${extensionId}/${path}`),
  ]);
  await page.locator('#app > *').first().waitFor();
  return page;
}

/** Records every change to local storage, in the order storage applied them. */
async function recordChanges(page: Page) {
  await page.evaluate(() => {
    const log: unknown[] = [];
    (globalThis as unknown as { changeLog: unknown[] }).changeLog = log;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      for (const [key, change] of Object.entries(changes)) log.push({ key, value: change.newValue ?? null });
    });
  });
}
const changeLog = (page: Page) => page.evaluate(() => (globalThis as unknown as { changeLog: Change[] }).changeLog);

/** Marks every step done and back to do, `rounds` times, then done: each click is one write. */
async function markSteps(page: Page, rounds: number) {
  for (let round = 0; round <= rounds; round++) {
    for (const step of STEPS) {
      const item = page.getByRole('listitem', { name: step.title.en });
      await item.getByRole('button', { name: 'Done', exact: true }).click();
      if (round < rounds) await item.getByRole('button', { name: 'Mark as to do' }).click();
    }
  }
}

/** The popup asks the background to snooze each step, `rounds` times, each time until a later moment. */
async function snoozeInBackground(popup: Page, rounds: number): Promise<number[]> {
  const untils: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const step of STEPS) {
      const until = Date.now() + 86_400_000 + untils.length;
      untils.push(until);
      const answer = await popup.evaluate((payload) => chrome.runtime.sendMessage({ type: 'snooze', payload }), {
        stateKey: `step:bg:${step.id}`,
        until,
      });
      expect(answer).toEqual({ ok: true });
    }
  }
  return untils;
}

test('the dashboard, the side panel and the background write 200+ times at once and every write lands', async ({
  openPage,
  context,
  worker,
  extensionId,
  consoleErrors,
}) => {
  await replaceStorage(worker, threeAccounts);
  // The popup only sends messages and watches storage: a hidden tab does that at full speed.
  const popup = await openPage('popup.html');
  await recordChanges(popup);
  const dashboard = await openInWindow(context, worker, extensionId, 'options.html#/accounts/dash');
  const panel = await openInWindow(context, worker, extensionId, 'sidepanel.html');
  for (const view of [dashboard, panel]) watchErrors(view, consoleErrors);
  await panel.getByLabel('Account').selectOption('panel');
  await expect(panel.getByRole('listitem', { name: STEPS[0]!.title.en })).toBeVisible();

  const ROUNDS = 6;
  const BACKGROUND_ROUNDS = 10;
  const [, , untils] = await Promise.all([
    markSteps(dashboard, ROUNDS),
    markSteps(panel, ROUNDS),
    snoozeInBackground(popup, BACKGROUND_ROUNDS),
  ]);

  const expectedWrites = 2 * STEPS.length * (2 * ROUNDS + 1) + STEPS.length * BACKGROUND_ROUNDS;
  expect(expectedWrites).toBeGreaterThanOrEqual(200);
  await expect.poll(async () => (await changeLog(popup)).filter((c) => c.key.startsWith('step:')).length).toBe(expectedWrites);
  const log = await changeLog(popup);

  // Each view's writes landed, in the order it made them: done, to do (removed), done, ... done.
  for (const owner of ['dash', 'panel']) {
    for (const step of STEPS) {
      const seen = log.filter((c) => c.key === `step:${owner}:${step.id}`).map((c) => c.value?.status ?? 'removed');
      expect(seen, `${owner} ${step.id}`).toEqual([...Array.from({ length: ROUNDS }, () => ['done', 'removed']).flat(), 'done']);
    }
  }
  // Each background snooze landed, in order.
  STEPS.forEach((step, index) => {
    const seen = log.filter((c) => c.key === `step:bg:${step.id}`).map((c) => c.value?.until);
    expect(seen).toEqual(untils.filter((_, n) => n % STEPS.length === index));
  });
  // The writes really were interleaved: the sources alternate many times in the log.
  const sources = log.filter((c) => c.key.startsWith('step:')).map((c) => c.key.split(':')[1]);
  const switches = sources.filter((source, i) => i > 0 && source !== sources[i - 1]).length;
  expect(switches).toBeGreaterThan(50);

  const stored = await readStorage(worker);
  for (const step of STEPS) {
    expect(stored[`step:dash:${step.id}`]).toMatchObject({ status: 'done' });
    expect(stored[`step:panel:${step.id}`]).toMatchObject({ status: 'done' });
    expect(stored[`step:bg:${step.id}`]).toMatchObject({ status: 'snoozed', until: untils.at(-STEPS.length + STEPS.indexOf(step)) });
  }
  // Every view shows the final state.
  await expect(dashboard.getByRole('button', { name: 'Mark as to do' })).toHaveCount(STEPS.length);
  await expect(panel.getByRole('button', { name: 'Mark as to do' })).toHaveCount(STEPS.length);
  expect(consoleErrors).toEqual([]);
});

test('two pages changing different settings at once keep both changes (Web Locks)', async ({
  context,
  worker,
  extensionId,
  consoleErrors,
}) => {
  await replaceStorage(worker, threeAccounts);
  const settings = await openInWindow(context, worker, extensionId, 'options.html#/settings');
  const backup = await openInWindow(context, worker, extensionId, 'options.html#/backup');
  for (const view of [settings, backup]) watchErrors(view, consoleErrors);
  await recordChanges(backup);
  const CLICKS = 30;
  const sync = backup.getByRole('checkbox', { name: 'Sync my account list between my browsers' });
  const checkup = settings.getByRole('checkbox', { name: 'A six-monthly check-up when no leak is being handled' });
  // Each click writes the box's new state through updateSettings; the two pages click at the same time.
  const clickMany = async (box: Locator) => {
    for (let i = 0; i < CLICKS; i++) await box.click();
  };
  await Promise.all([clickMany(sync), clickMany(checkup)]);

  // When the dust settles, each page shows what is stored, and what is stored is each page's last choice.
  const stored = async () => (await readStorage(worker)).settings as { sync: boolean; reminders: { checkup: boolean } };
  await expect.poll(async () => (await stored()).sync === (await sync.isChecked())).toBe(true);
  await expect.poll(async () => (await stored()).reminders.checkup === (await checkup.isChecked())).toBe(true);

  const written = (await changeLog(backup)).filter((c) => c.key === 'settings').map((c) => c.value!);
  expect(written.length).toBeGreaterThanOrEqual(CLICKS);
  // Starting from the defaults, every write changed exactly one of the two fields of the value before it.
  // A write based on a stale read would also undo the other page's last change (two fields at once).
  const pairs = [{ sync: false, reminders: { checkup: true } }, ...written].map((s) => [s.sync!, s.reminders!.checkup] as const);
  const flips = pairs.slice(1).map(([syncOn, checkupOn], i) => Number(syncOn !== pairs[i]![0]) + Number(checkupOn !== pairs[i]![1]));
  expect(flips).toEqual(written.map(() => 1));
  // Both pages' writes are in the log, interleaved.
  const writer = flips.map((_, i) => (pairs[i + 1]![0] !== pairs[i]![0] ? 'backup page' : 'settings page'));
  expect(writer.filter((who, i) => i > 0 && who !== writer[i - 1]).length).toBeGreaterThan(5);
  expect(consoleErrors).toEqual([]);
});
