import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible, readStorage } from './fixtures';

/** A message key shown instead of its text ("guide.markDone"): the top-level sections of the locale file. */
const sections = readFileSync('locales/en.yml', 'utf8').match(/^[a-zA-Z]+(?=:\s*$)/gm) ?? [];
// Keys go on in lower camel case ("plan.I" in "a plan.I had a leak" is two texts side by side).
const rawKey = new RegExp(`\\b(${sections.join('|')})\\.[a-z]`);

for (const page of ['popup.html', 'options.html', 'sidepanel.html']) {
  test(`${page} renders localized content with no console errors and no WCAG A/AA violations`, async ({ openPage, consoleErrors }) => {
    const view = await openPage(page);
    await expect(view.getByRole('heading', { level: 1 })).toBeVisible();
    expect(sections.length).toBeGreaterThan(10);
    await expect(view.locator('body')).not.toContainText(rawKey);
    await expectAccessible(view);
    expect(consoleErrors).toEqual([]);
  });
}

test('choosing 简体中文 switches every open view at once, and back', async ({ openPage, worker, consoleErrors }) => {
  const popup = await openPage('popup.html');
  const options = await openPage('options.html#/settings');
  await expect(popup.getByRole('button', { name: 'Open dashboard' })).toBeVisible();

  await options.getByLabel('Language').selectOption('zh_CN');

  await expect(options.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await expect(popup.getByRole('button', { name: '打开主页' })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const stored = await readStorage(worker);
  expect((stored.settings as { language: string }).language).toBe('zh_CN');
  await expectAccessible(options);

  await options.getByLabel('语言').selectOption('en');
  await expect(popup.getByRole('button', { name: 'Open dashboard' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('manifest asks for no host permissions and no content scripts', async ({ worker }) => {
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'sidePanel', 'storage']);
});
