// "One step at a time" for a leak's plan and for an account's guide, the finish that says what was achieved,
// and deleting a leak, which asks first and can be undone.
import {
  test,
  expect,
  expectAccessible,
  readStorage,
  addToStorage,
  accountRecord,
  incidentRecord,
  storedRecords,
  chooseChinese,
} from './fixtures';
import type { Page } from '@playwright/test';

const NOW = Date.now();
const DAY = 86_400_000;
const gmail = accountRecord('mail1', 'Personal Gmail', { createdAt: NOW - 60 * DAY, updatedAt: NOW - 60 * DAY });

/** After an answer, focus is on the next step's first control (its page link, or Done), ready to act. */
const firstControl = (page: Page) => page.locator('#guided-step-actions').locator('a[href], button').first();

/** "Step 3 of 12" -> [3, 12], read from the step's heading. Focus is on the step: on its heading after a move,
 *  on its first control after an answer. */
async function position(page: Page): Promise<[number, number]> {
  const heading = page.locator('#guided-step-title');
  await expect(page.locator('#guided-step-title:focus, #guided-step-actions :focus')).toHaveCount(1);
  const match = /Step (\d+) of (\d+)/.exec((await heading.textContent()) ?? '');
  expect(match).not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}

const stepTitle = async (page: Page) => (await page.locator('#guided-step-title').textContent())!.replace(/^Step \d+ of \d+/, '');

test('one step at a time walks a plan from the first to the last step, resumes after a reload, and ends on what was achieved', async ({
  openPage,
  worker,
  consoleErrors,
}) => {
  await addToStorage(worker, {
    'account:mail1': gmail,
    'incident:g1': incidentRecord('g1', 'Travel site', NOW - DAY, { accountIds: ['mail1'] }),
  });
  const page = await openPage('options.html#/leak/g1');
  // The next-step card leads the plan, and one step at a time starts on that same task.
  const nextTitle = (await page.locator('#next-step-title').textContent())!;
  expect(nextTitle).toBe('Personal Gmail: Change your Google password');
  await page.locator('.next-step').getByRole('link', { name: 'One step at a time' }).click();
  await expect(page).toHaveURL(/#\/leak\/g1\/guided\/lock\.mail1\.change-password$/);
  const [first, total] = await position(page);
  expect(first).toBe(1);
  expect(total).toBeGreaterThan(8);
  expect(await stepTitle(page)).toBe('Change your Google password');
  await expect(page.getByText('Personal Gmail', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the page: Change your Google password' })).toHaveAttribute('href', /^https:\/\//);

  // The stepper: one button per step plus the finish, the current one marked, each named with its status.
  const stepper = page.getByRole('navigation', { name: 'Steps' });
  await expect(stepper.getByRole('button')).toHaveCount(total + 1);
  await expect(stepper.getByRole('button', { name: `Step 1 of ${total}, Change your Google password: To do` })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expectAccessible(page);

  // Keyboard only: from the focused heading, Tab reaches "Done", Enter answers it and focus lands on step 2.
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Done') break;
  }
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await position(page))[0]).toBe(2);
  await expect(stepper.getByRole('button', { name: `Step 1 of ${total}, Change your Google password: Done` })).toBeVisible();
  const second = await stepTitle(page);

  // A reload resumes on the same step.
  await page.reload();
  await page.locator('#app > *').first().waitFor();
  await expect(page.locator('#guided-step-title')).toContainText(`Step 2 of ${total}`);
  expect(await stepTitle(page)).toBe(second);

  // Leaving and coming back through the plan's button resumes there too.
  await page.getByRole('link', { name: 'Show the whole list' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your plan' })).toBeVisible();
  await page.getByRole('link', { name: 'One step at a time' }).first().click();
  await expect(page.locator('#guided-step-title')).toContainText(`Step 2 of ${total}`);

  // Step 2 is put off ("Later"); every other step is answered in turn.
  await page.getByRole('button', { name: 'Later' }).click();
  let answered = 1;
  for (let n = 3; n <= total; n++) {
    await expect.poll(async () => (await position(page))[0]).toBe(n);
    await expect(firstControl(page)).toBeFocused();
    const answer = n === 3 ? 'Not applicable' : n === 4 ? 'Done another way' : 'Done';
    await page.getByRole('group', { name: 'How did it go?' }).getByRole('button', { name: answer, exact: true }).click();
    answered += 1;
  }
  // With the one put off still waiting, the finish says so rather than "complete".
  const finish = page.locator('#finish-title');
  await expect(finish).toBeFocused();
  await expect(finish).toHaveText('That is all for now: what is left is put off until later');
  await expect(page.locator('section.finish')).toContainText(`“${second}”: put off until`);

  // Back to it through the stepper, done, and the plan is complete.
  await stepper.getByRole('button', { name: new RegExp(`^Step 2 of ${total}, `) }).click();
  await expect.poll(async () => (await position(page))[0]).toBe(2);
  await page.getByRole('group', { name: 'How did it go?' }).getByRole('button', { name: 'Done', exact: true }).click();
  await expect(finish).toBeFocused();
  await expect(finish).toHaveText('✓ Plan complete');
  const summary = page.locator('section.finish');
  await expect(summary).toContainText(`${total} of ${total} dealt with`);
  await expect(summary).toContainText(`${total - 2} done, 1 done another way, 1 not applicable`);
  await expect(summary).toContainText('Account secured: Personal Gmail');
  await expect(summary).toContainText('A check-up around');
  await expect(summary.getByRole('link', { name: 'Print report' })).toHaveAttribute('href', 'report.html#g1');
  await expectAccessible(page);

  // Storage holds every answer; the plan page now opens on the finish too.
  const stored = (await readStorage(worker)) as Record<string, { status?: string }>;
  const states = Object.entries(stored)
    .filter(([key]) => key.startsWith('task:g1:') || key.startsWith('step:mail1:'))
    .map(([, v]) => v.status);
  expect(states).toHaveLength(answered + 1);
  expect(states.filter((s) => s === 'done')).toHaveLength(total - 2);
  await page.getByRole('link', { name: 'Show the whole list' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Plan complete' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('one step at a time for an account guide, in Chinese, ends on what the account now has', async ({
  openPage,
  worker,
  consoleErrors,
}) => {
  await chooseChinese(openPage);
  await addToStorage(worker, { 'account:mail1': gmail });
  const page = await openPage('options.html#/accounts/mail1');
  await page.getByRole('link', { name: '一步一步来' }).click();
  const heading = page.locator('#guided-step-title');
  await expect(heading).toBeFocused();
  const total = Number(/共(\d+)步/.exec((await heading.textContent()) ?? '')![1]);
  expect(total).toBeGreaterThan(3);
  await expect(heading).toContainText(`第1步，共${total}步`);
  await expect(
    page.getByRole('navigation', { name: '进度' }).getByRole('button', { name: new RegExp(`^第1步，共${total}步，.+：待办$`) }),
  ).toHaveAttribute('aria-current', 'step');
  for (let n = 1; n <= total; n++) {
    await expect(heading).toContainText(`第${n}步，共${total}步`);
    // The first step is opened (its heading has focus); each next one is reached by an answer (its first control).
    await expect(n === 1 ? heading : firstControl(page)).toBeFocused();
    await page.getByRole('group', { name: '这一步做得怎么样？' }).getByRole('button', { name: '完成', exact: true }).click();
  }
  const finish = page.locator('#finish-title');
  await expect(finish).toBeFocused();
  await expect(finish).toHaveText('✓ 谷歌（Gmail）：所有步骤都已处理');
  await expect(page.locator('section.finish')).toContainText(`共${total}项，已处理${total}项`);
  await expect(page.locator('section.finish')).toContainText('定期安全检查');
  await expect(page.locator('body')).not.toContainText(/guided\.|finish\./);
  await expectAccessible(page);
  const steps = Object.values(await storedRecords<{ status?: string }>(worker, 'step:mail1:'));
  expect(steps.filter((step) => step.status === 'done')).toHaveLength(total);

  // The guide itself now opens on the same finish, with no way into a walk that has nothing left.
  await page.getByRole('link', { name: '查看完整列表' }).click();
  await expect(page.getByRole('heading', { level: 3, name: '谷歌（Gmail）：所有步骤都已处理' })).toBeVisible();
  await expect(page.getByRole('link', { name: '一步一步来' })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('deleting a leak asks first, can be cancelled, and can be undone', async ({ openPage, worker, consoleErrors }) => {
  await addToStorage(worker, {
    'incident:d1': incidentRecord('d1', 'Travel site', NOW - DAY),
    'task:d1:keep-evidence': { status: 'done', at: NOW },
  });
  const page = await openPage('options.html#/leak/d1');
  const manage = page.getByRole('region', { name: 'Manage this leak' });
  const remove = manage.getByRole('button', { name: 'Delete this leak' });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Delete the leak “Travel site”?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  // Escape cancels: nothing is removed and focus goes back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  expect(Object.keys(await readStorage(worker))).toContain('incident:d1');

  await remove.click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/#\/leak$/);
  await expect(page.getByRole('link', { name: /^Travel site/ })).toHaveCount(0);
  const after = await readStorage(worker);
  expect(Object.keys(after)).not.toContain('incident:d1');
  expect(Object.keys(after)).not.toContain('task:d1:keep-evidence');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: /^Travel site/ })).toBeVisible();
  expect(await readStorage(worker)).toMatchObject({
    'incident:d1': { source: 'Travel site' },
    'task:d1:keep-evidence': { status: 'done' },
  });
  expect(consoleErrors).toEqual([]);
});
