// Every screen, calm and exact: focus follows what each action produced, errors are seen and heard, toasts
// leave on their own and stay on their page, names are shown once and in the current language, and no page
// scrolls sideways at 320 CSS px or with text at 200%.
import { test, expect, expectAccessible, readStorage, addToStorage, accountRecord, incidentRecord, settingsRecord } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';

const NOW = Date.now();
const DAY = 86_400_000;
const gmail = accountRecord('g1', 'Google (Gmail)', { createdAt: NOW, updatedAt: NOW });
const alipay = accountRecord('a1', '支付宝', { siteId: 'alipay', category: 'payment', createdAt: NOW, updatedAt: NOW });
const incident = incidentRecord('i1', 'Online shop 网店', NOW - DAY, {
  howLearned: 'scam-call',
  leaked: ['phone', 'id-number', 'address'],
  region: 'cn',
  accountIds: ['a1'],
});
const evidence = {
  id: 'e1',
  incidentId: 'i1',
  kind: 'call',
  at: NOW - DAY + 5,
  from: '+86 138 0013 8000',
  summary: 'Caller named my ID number',
  fileName: 'Call recording on my phone',
  createdAt: NOW,
  updatedAt: NOW,
};

/** Settings with the language set; the rest as a fresh install has them (DEFAULT_SETTINGS). */
const settingsIn = (language: 'en' | 'zh_CN') => ({
  settings: settingsRecord({ language }),
});

/** An extension page whose timers run on Playwright's clock, so a toast's few seconds pass at once. */
async function openWithClock(context: BrowserContext, extensionId: string, pathAndHash: string): Promise<Page> {
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`chrome-extension://${extensionId}/${pathAndHash}`);
  await page.locator('#app > *').first().waitFor();
  return page;
}

const toast = (page: Page) => page.locator('.toast');

test('one-click add: focus on the new account, a toast that leaves on its own, and Edit details after', async ({
  context,
  extensionId,
  worker,
  consoleErrors,
}) => {
  const page = await openWithClock(context, extensionId, 'options.html#/accounts');
  await page.getByLabel('Find a site by name or address').fill('alipay');
  await page.getByRole('list', { name: 'From the catalogue' }).getByRole('button', { name: 'Add: Alipay' }).click();
  const row = page.getByRole('region', { name: 'Your accounts' }).getByRole('listitem');
  await expect(row).toBeFocused();
  // Named once: the label is the site's name, so the site is not repeated beside it.
  await expect(row).toContainText('Alipay');
  await expect(row).not.toContainText(/Alipay\s*(·\s*)?Alipay/);
  await expect(row.getByRole('link', { name: 'Edit details: Alipay' })).toBeVisible();

  // The toast is in a polite live region, offers Undo for this add, stays while hovered, then leaves.
  await expect(page.locator('[aria-live="polite"]').getByRole('status')).toContainText('Added Alipay');
  await toast(page).hover();
  await page.clock.runFor(15_000);
  await expect(toast(page)).toBeVisible();
  await page.mouse.move(0, 0);
  await page.clock.runFor(11_000);
  await expect(toast(page)).toHaveCount(0);

  // Undo undoes exactly the add just taken.
  await page.getByLabel('Find a site by name or address').fill('gmail');
  await page.getByRole('list', { name: 'From the catalogue' }).getByRole('button', { name: 'Add: Google (Gmail)' }).click();
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Object.keys(await readStorage(worker)).filter((k) => k.startsWith('account:')).length).toBe(1);
  await expect(page.getByRole('region', { name: 'Your accounts' }).getByRole('listitem')).toHaveCount(1);

  // A toast does not follow the user to another page.
  await page.getByRole('link', { name: 'Open guide: Alipay' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Guide for Alipay' })).toBeFocused();
  await page.getByRole('button', { name: 'Edit account' }).click();
  await expect(page.getByLabel('Your label for it')).toBeFocused();
  await page.getByRole('button', { name: 'Remove' }).click();
  await expect(toast(page)).toContainText('Removed Alipay');
  await expect(page.locator('main h1')).toBeFocused();
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.locator('main h1')).toBeFocused();
  await expect(toast(page)).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('catalogue accounts are named in the current language; typed labels stay as typed', async ({ openPage, worker }) => {
  await addToStorage(worker, {
    'account:g1': gmail,
    'account:a1': alipay,
    'account:w1': { ...gmail, id: 'w1', label: 'Work mail' },
    settings: settingsRecord({ language: 'zh_CN' }),
  });
  const page = await openPage('options.html#/accounts');
  const list = page.getByRole('region', { name: '你的账号' });
  await expect(list).toContainText('谷歌（Gmail）');
  await expect(list).not.toContainText('Google (Gmail)');
  // The typed label is English inside Chinese text: it carries its language.
  await expect(list.locator('[lang="en"]', { hasText: 'Work mail' })).toHaveCount(1);
  await page.goto(page.url().replace('#/accounts', '#/accounts/a1'));
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/^支付宝[^支]*$/);
  // A leak's plan names its accounts in the current language too, and the English in the leak's name is marked.
  await addToStorage(worker, { 'incident:i1': { ...incident, accountIds: ['g1'] } });
  await page.goto(page.url().replace('#/accounts/a1', '#/leak/i1'));
  await expect(page.getByRole('heading', { level: 4, name: '谷歌（Gmail）' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Google (Gmail)');
  await expect(page.locator('#incident-title [lang="en"]')).toHaveText('Online shop');
  // The popup names them in the current language too, and only once.
  const popup = await openPage('popup.html');
  await expect(popup.locator('main')).toContainText('谷歌（Gmail）');
  await expect(popup.locator('main')).not.toContainText('Google (Gmail)');
  await expect(popup.locator('main')).not.toContainText(/谷歌（Gmail）\s*(·\s*)?谷歌（Gmail）/);
});

test('runs of the other language carry their lang: a Chinese name inside English pages', async ({ openPage, worker }) => {
  await addToStorage(worker, { 'account:a1': alipay, 'account:w1': { ...gmail, id: 'w1', label: '工作邮箱' }, 'incident:i1': incident });
  const page = await openPage('options.html#/leak/i1');
  await expect(page.locator('#incident-title [lang="zh-CN"]')).toHaveText('网店');
  // The plan names the account by its catalogue name, in English, and the how-to's Chinese menu words are marked.
  await expect(page.getByRole('heading', { level: 4, name: 'Alipay' })).toBeVisible();
  await page.goto(page.url().replace('#/leak/i1', '#/leak/i1/guided'));
  await expect(page.locator('#guided-title [lang="zh-CN"]')).toHaveText('网店');
  const guide = await openPage('options.html#/accounts/w1');
  await expect(guide.locator('#guide-w1 [lang="zh-CN"]').first()).toContainText('工作邮箱');
  const popup = await openPage('popup.html');
  await expect(popup.locator('.next-card [lang="zh-CN"], .item-row [lang="zh-CN"]').first()).toBeVisible();
});

test('the leak form: "What leaked?" first; a failed save shows and focuses its errors and marks the fields', async ({ openPage }) => {
  const page = await openPage('options.html#/leak/new');
  await expect(page.locator('form fieldset legend').first()).toHaveText('What leaked?');
  // Push the button far down the page, as on a small screen.
  await page.setViewportSize({ width: 800, height: 400 });
  await page.getByRole('button', { name: 'Save and show my plan' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await expect(summary).toContainText('Tick at least one kind of information that leaked.');
  const source = page.getByLabel('Where did it leak from?');
  await expect(source).toHaveAttribute('aria-invalid', 'true');
  // Visible, not only for screen readers: a message under the field and a thicker red edge.
  await expect(source).toHaveAccessibleDescription(/Say where it leaked from/);
  await expect(source).toHaveCSS('border-top-width', '2px');
  await summary.getByRole('button', { name: /Say where it leaked from/ }).click();
  await expect(source).toBeFocused();
  await summary.getByRole('button', { name: /Tick at least one/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Password' })).toBeFocused();
  await expectAccessible(page);
});

test('guides: opening one focuses it; Done moves focus to the next open step', async ({ openPage, worker }) => {
  await addToStorage(worker, { 'account:g1': gmail });
  const page = await openPage('options.html#/accounts');
  await page.getByRole('link', { name: 'Open guide: Google (Gmail)' }).click();
  const heading = page.getByRole('heading', { level: 2, name: 'Guide for Google (Gmail)' });
  await expect(heading).toBeFocused();
  const steps = page.locator('li.step');
  const second = (await steps.nth(1).getByRole('heading').textContent())!;
  await steps.first().getByRole('button', { name: 'Done', exact: true }).click();
  // The next open step's first control: its page, named with its title.
  await expect(steps.nth(1).getByRole('link', { name: `Open the page: ${second}` })).toBeFocused();
  await steps.nth(1).getByRole('button', { name: 'Snooze' }).click();
  await expect(steps.nth(1).getByLabel('Snooze until')).toBeFocused();
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The accessible name of the focused element, or "<body>" when focus was dropped. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '<body>';
    return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
  });

test('focus after Done: the popup moves on to the next item; the plan to the next task, its card to its next task', async ({
  openPage,
  worker,
  consoleErrors,
}) => {
  await addToStorage(worker, { 'account:g1': gmail });
  const popup = await openPage('popup.html');
  const card = popup.locator('.next-card');
  const firstTitle = (await card.locator('.next-title strong').textContent())!;
  await card.getByRole('button', { name: `Done: ${firstTitle}` }).click();
  await expect(card).not.toContainText(firstTitle);
  const nextTitle = (await card.locator('.next-title strong').textContent())!;
  // The card's new item, its first control (its page, or Done), named with its title.
  await expect(card.getByRole('button', { name: new RegExp(`^(Open the page|Done): ${escapeRegExp(nextTitle)}$`) }).first()).toBeFocused();
  expect(await focusedName(popup)).toContain(nextTitle);
  // Done on a row of "Next steps": the row now in its place takes focus.
  const rows = popup.getByRole('region', { name: 'Next steps' }).getByRole('listitem');
  const rowTitle = (await rows.first().locator('.item-title').textContent())!;
  await rows
    .first()
    .getByRole('button', { name: `Done: ${rowTitle}` })
    .click();
  await expect(rows.first()).not.toContainText(rowTitle);
  const newRow = (await rows.first().locator('.item-title').textContent())!;
  await expect(rows.first().getByRole('button').first()).toBeFocused();
  expect(await focusedName(popup)).toContain(newRow);
  // One toast at a time, in the polite live region, about the action just taken; it leaves on its own (real
  // time, polled: no fixed wait) since neither the pointer nor focus rests on it.
  await expect(toast(popup)).toHaveCount(1);
  await expect(popup.locator('[aria-live="polite"]').getByRole('status')).toContainText(rowTitle);
  await expect(toast(popup)).not.toContainText(firstTitle);
  await popup.mouse.move(0, 0);
  await expect(toast(popup)).toHaveCount(0, { timeout: 20_000 });

  await addToStorage(worker, { 'account:a1': alipay, 'incident:i1': incident });
  const page = await openPage('options.html#/leak/i1');
  // In the list: Done on a task moves focus to the next open task's first control.
  const open = page.locator('section.phase li.task:not(.closed)');
  await expect(open.nth(1)).toBeVisible();
  const [firstId, secondId] = [await open.nth(0).getAttribute('id'), await open.nth(1).getAttribute('id')];
  await page.locator(`[id="${firstId}"]`).getByRole('button', { name: 'Done', exact: true }).click();
  await expect(page.locator(`[id="${firstId}"]`)).toHaveClass(/closed/);
  await expect(page.locator(`[id="${secondId}"] .step-actions`).locator('a[href], button').first()).toBeFocused();
  // Reopened, a task keeps focus on its own buttons.
  await page.locator(`[id="${firstId}"]`).getByRole('button', { name: 'Mark as to do' }).click();
  await expect(page.locator(`[id="${firstId}"] .step-actions`).locator('a[href], button').first()).toBeFocused();
  // The next-task card: Done moves focus to the card's new task.
  const next = page.locator('.next-step');
  const nextTask = (await next.getByRole('heading', { level: 3 }).textContent())!;
  await next.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(next.getByRole('heading', { level: 3 })).not.toHaveText(nextTask);
  await expect(next.locator('.step-actions').locator('a[href], button').first()).toBeFocused();
  expect(await focusedName(page)).not.toBe('<body>');
  expect(consoleErrors).toEqual([]);
});

test('focus stays on the page when it is redrawn in place: Settings, Welcome and Overview', async ({ openPage, worker, consoleErrors }) => {
  await addToStorage(worker, { 'account:g1': gmail });
  // Settings: a new language redraws the whole page; focus stays on the language choice, now in that language.
  const settings = await openPage('options.html#/settings');
  await settings.getByRole('combobox', { name: 'Language' }).focus();
  await settings.getByRole('combobox', { name: 'Language' }).selectOption('zh_CN');
  await expect(settings.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await expect(settings.getByRole('combobox', { name: '语言', exact: true })).toBeFocused();
  await settings.getByRole('combobox', { name: '语言', exact: true }).selectOption('en');
  await expect(settings.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(settings.getByRole('combobox', { name: 'Language' })).toBeFocused();
  // Welcome: the same choice, on the first-run page.
  const welcome = await openPage('options.html#/welcome');
  await welcome.getByRole('combobox', { name: 'Language' }).focus();
  await welcome.getByRole('combobox', { name: 'Language' }).selectOption('zh_CN');
  await expect(welcome.getByRole('heading', { level: 2, name: '你现在想做什么？' })).toBeVisible();
  await expect(welcome.getByRole('combobox', { name: '语言', exact: true })).toBeFocused();
  await addToStorage(worker, settingsIn('en'));

  // Overview: an item done elsewhere (in the popup) leaves the list; focus moves to the item now in its place.
  const overview = await openPage('options.html#/overview');
  const rows = overview.getByRole('region', { name: 'Then' }).getByRole('listitem');
  await expect(rows.nth(1)).toBeVisible();
  const [gone, after] = [await rows.nth(0).getAttribute('data-item'), (await rows.nth(1).innerText()).trim()];
  await rows.nth(0).getByRole('link').focus();
  await worker.evaluate((key) => chrome.storage.local.set({ [key]: { status: 'done', at: Date.now() } }), gone!);
  await expect(overview.locator(`[data-item="${gone}"]`)).toHaveCount(0);
  await expect(rows.nth(0).getByRole('link')).toBeFocused();
  expect(await focusedName(overview)).toContain(after.split('\n').at(-1));
  // The lead card's item done: the card shows the new lead, and focus stays on its "Go to it", never <body>.
  const lead = overview.getByRole('region', { name: 'Most important first' });
  const leadItem = await lead.locator('[data-item]').getAttribute('data-item');
  await lead.getByRole('link', { name: 'Go to it' }).focus();
  await worker.evaluate((key) => chrome.storage.local.set({ [key]: { status: 'done', at: Date.now() } }), leadItem!);
  await expect(lead.locator(`[data-item="${leadItem}"]`)).toHaveCount(0);
  await expect(lead.getByRole('link', { name: 'Go to it' })).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test('the side panel: an empty state with a way to add accounts; a named account picked by hand', async ({ openPage, worker }) => {
  const panel = await openPage('sidepanel.html');
  await expect(panel.getByRole('heading', { level: 1, name: 'Guides' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Add accounts' })).toBeVisible();
  await addToStorage(worker, { 'account:a1': alipay });
  const picker = panel.getByLabel('Account');
  await expect(picker).toBeVisible();
  expect(await picker.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim())).toBeTruthy();
  await picker.selectOption('a1');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Guide for Alipay');
  await expect(panel.getByRole('heading', { name: 'Guide for this site' })).toHaveCount(0);
});

/** Every page and route, each in a state with content (an account, an open leak with evidence). */
const PAGES = [
  'options.html#/overview',
  'options.html#/welcome',
  'options.html#/emergency',
  'options.html#/accounts',
  'options.html#/accounts/a1',
  'options.html#/accounts/a1/edit',
  'options.html#/accounts/a1/guided',
  'options.html#/map',
  'options.html#/suspicious',
  'options.html#/suspicious/i1',
  'options.html#/leak',
  'options.html#/leak/new',
  'options.html#/leak/i1',
  'options.html#/leak/i1/edit',
  'options.html#/leak/i1/guided',
  'options.html#/settings',
  'options.html#/backup',
  'sidepanel.html',
  'report.html#i1',
];

/** A page's section loads after its heading: waits for what comes after it (for the leak, its statutes; for an
 *  account and in the side panel, its guide; in the popup, its items), so that a check sees the whole page. */
async function sectionLoaded(page: Page, path: string) {
  const loaded: Record<string, string> = {
    'options.html#/leak/i1': '#legal-title',
    'options.html#/accounts/a1': '#guide-a1',
    'sidepanel.html': '#guide-a1',
    'popup.html': '[data-item]',
  };
  await page.locator('h1, h2').first().waitFor();
  await page
    .locator(loaded[path] ?? (path.startsWith('options.html') ? 'main > :not(h1)' : 'h1, h2'))
    .first()
    .waitFor();
}

/** How far the page scrolls sideways, and the elements that stick out to the right of the viewport (outside
 *  any box that scrolls or clips on its own). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const out = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > width + 1 && !clipped(element);
      })
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`);
    return { scroll: document.documentElement.scrollWidth - window.innerWidth, out: out.slice(0, 5) };
  });

test('no page scrolls sideways at 320 CSS px, nor with text at 200%', async ({ context, extensionId, worker }) => {
  await addToStorage(worker, { 'account:a1': alipay, 'account:g1': gmail, 'incident:i1': incident, 'evidence:e1': evidence });
  await worker.evaluate(() => chrome.storage.session.set({ panelAccount: 'a1' }));
  const page = await context.newPage();
  const failures: unknown[] = [];
  for (const [width, text] of [
    [320, '100%'],
    [1280, '200%'],
    [640, '200%'],
  ] as const) {
    await page.setViewportSize({ width, height: 700 });
    for (const path of PAGES) {
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await sectionLoaded(page, path);
      await page.evaluate((size) => {
        document.documentElement.style.fontSize = size === '200%' ? '32px' : '';
      }, text);
      const found = await sideways(page);
      if (found.scroll > 0 || found.out.length) failures.push({ page: `${path} at ${width}px, text ${text}`, ...found });
    }
  }
  // The popup is a window of its own, 380 CSS px wide by design (docs/ux.md): at that width, with text at 200%,
  // it does not scroll sideways either.
  for (const text of ['100%', '200%']) {
    await page.setViewportSize({ width: 380, height: 560 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.locator('h1').waitFor();
    await page.evaluate((size) => {
      document.documentElement.style.fontSize = size === '200%' ? '32px' : '';
    }, text);
    const found = await sideways(page);
    if (found.scroll > 0 || found.out.length) failures.push({ page: `popup.html at 380px, text ${text}`, ...found });
  }
  expect(failures).toEqual([]);
  // The dashboard's navigation folds above the page instead of taking a column.
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`chrome-extension://${extensionId}/options.html#/overview`);
  const nav = await page.getByRole('navigation').boundingBox();
  const main = await page.getByRole('main').boundingBox();
  expect(main!.y).toBeGreaterThanOrEqual(nav!.y + nav!.height - 1);
});

/** Sideways scrolling (scrollWidth past clientWidth) and the controls not wholly inside the window's width. */
const cutOff = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const controls = [...document.querySelectorAll('button, a.button, select, input, textarea')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.left < -1 || box.right > width + 1);
    });
    return {
      scroll: document.documentElement.scrollWidth - width,
      controls: controls.map((element) => element.getAttribute('aria-label') ?? element.textContent?.trim()).slice(0, 5),
    };
  });

test('at 320 CSS px, in both languages: the popup narrows, the side panel fits, long Chinese how-tos and statute names wrap', async ({
  context,
  extensionId,
  worker,
}) => {
  await addToStorage(worker, { 'account:a1': alipay, 'account:g1': gmail, 'incident:i1': incident, 'evidence:e1': evidence });
  await worker.evaluate(() => chrome.storage.session.set({ panelAccount: 'a1' }));
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 600 });
  const failures: unknown[] = [];
  for (const language of ['en', 'zh_CN'] as const) {
    await addToStorage(worker, settingsIn(language));
    // The popup (380 px when there is room) and the side panel, each with its buttons all on screen.
    for (const path of ['popup.html', 'sidepanel.html']) {
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await sectionLoaded(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', language === 'en' ? 'en' : 'zh-CN');
      expect(await page.getByRole('button').count()).toBeGreaterThan(1);
      const found = { ...(await cutOff(page)), out: (await sideways(page)).out };
      if (found.scroll > 0 || found.controls.length || found.out.length) failures.push({ page: `${path} (${language})`, ...found });
    }
  }
  // Every dashboard page in Chinese, every fold opened: the long how-tos, the letter, the statutes (《中华人民共和国
  // 个人信息保护法》第四十四条至第五十条), the addresses.
  for (const path of PAGES) {
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await sectionLoaded(page, path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((fold) => (fold.open = true)));
    const found = { ...(await cutOff(page)), out: (await sideways(page)).out };
    if (found.scroll > 0 || found.controls.length || found.out.length) failures.push({ page: `${path} (zh_CN)`, ...found });
  }
  expect(failures).toEqual([]);
  // The statutes were on the page that was checked (the leak's plan, in Chinese, opened).
  await page.goto(`chrome-extension://${extensionId}/options.html#/leak/i1`);
  await page.locator('#legal-title').waitFor();
  await page.evaluate(() => document.querySelectorAll('details').forEach((fold) => (fold.open = true)));
  await expect(page.getByText('《个人信息保护法》第四十四条至第五十条', { exact: false }).first()).toBeVisible();
});

test('the report reads as a document for the police, in both languages', async ({ openPage, worker }) => {
  // A second item whose sender is a long phrase with a number inside, beside a long summary: the table is squeezed.
  const squeezed = {
    ...evidence,
    id: 'e2',
    kind: 'transaction',
    at: NOW - DAY + 10,
    from: '自称是市公安局反诈中心民警的来电，号码 +86 138 0013 8000，身份证号 11010519491231002X',
    summary:
      '对方报出了我的身份证号 11010519491231002X。' +
      '对方说出了我的姓名、身份证号和家庭住址，要求我把银行卡里的钱转到所谓的安全账户，还发来了一个链接。'.repeat(3),
  };
  await addToStorage(worker, { 'account:a1': alipay, 'incident:i1': incident, 'evidence:e1': evidence, 'evidence:e2': squeezed });
  const report = await openPage('report.html#i1');
  const stillOpen = (name: string) => report.getByRole('region', { name });
  /** How many lines a run of text inside a table (the evidence table unless named) takes: 1 when never broken. */
  const linesOf = (text: string, table = report.locator('table').last()) =>
    table.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }
      return 0;
    }, text);

  // English: name and contact are real, labelled fields; the open steps never speak to the user.
  await report.getByLabel('Name', { exact: true }).fill('Li Lei');
  await report.getByLabel('Contact').fill('+86 139 0000 0000');
  await expect(report.getByLabel('Name', { exact: true })).toHaveValue('Li Lei');
  const openEn = stillOpen('Protective steps the reporter has not yet taken');
  await expect(openEn.getByRole('listitem').first()).toBeVisible();
  expect(await openEn.innerText()).not.toMatch(/\byou(rs?|rself)?\b/i);
  expect(await report.locator('main').innerText()).not.toMatch(/\b(Secure|Expect|Protect) your\b/);
  expect(await linesOf('+86 138 0013 8000')).toBe(1);
  // The user's own Chinese words in the English report carry their language, for a screen reader's voice.
  await expect(report.locator('table').last().locator('span[lang="zh-CN"]', { hasText: '对方报出了我的身份证号' })).toHaveCount(1);
  await expectAccessible(report);

  // Chinese: the kind column holds 类型 and 交易 on one line, numbers stay whole, no 你 or 您 in the open steps.
  await addToStorage(worker, {
    settings: settingsRecord({ language: 'zh_CN' }),
  });
  await report.reload();
  await expect(report.getByRole('heading', { level: 1, name: '个人信息泄露情况报告' })).toBeVisible();
  const kind = await report.getByRole('columnheader', { name: '类型' }).boundingBox();
  const fontSize = await report
    .locator('table')
    .last()
    .evaluate((table) => parseFloat(getComputedStyle(table).fontSize));
  expect(kind!.width).toBeGreaterThan(3 * fontSize);
  expect(await linesOf('+86 138 0013 8000')).toBe(1);
  expect(await linesOf('11010519491231002X')).toBe(1);
  expect(await linesOf('交易')).toBe(1);
  // The timeline repeats the summary: a number in it stays whole there too.
  expect(await linesOf('11010519491231002X', report.getByRole('region', { name: '时间线' }).locator('table'))).toBe(1);
  await report.getByLabel('姓名').fill('李雷');
  await report.getByLabel('联系方式').fill('+86 139 0000 0000');
  const openZh = stillOpen('报告人尚未完成的自我保护措施');
  await expect(openZh.getByRole('listitem').first()).toBeVisible();
  expect(await openZh.innerText()).not.toMatch(/[你您]/);
  // On paper the fields read as text on a line: no box, the value kept.
  await report.emulateMedia({ media: 'print' });
  await expect(report.getByLabel('姓名')).toHaveValue('李雷');
  await expect(report.getByLabel('姓名')).toHaveCSS('border-top-width', '0px');
  expect(await linesOf('+86 138 0013 8000')).toBe(1);
  await report.emulateMedia({ media: 'screen' });
  await expectAccessible(report);
});

test('evidence: the form opens focused, a failed save focuses its errors, a saved item takes focus', async ({ openPage, worker }) => {
  await addToStorage(worker, { 'account:a1': alipay, 'incident:i1': incident });
  const page = await openPage('options.html#/leak/i1');
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await expect(page.getByLabel('Kind')).toBeFocused();
  const form = page.getByRole('form', { name: 'Add evidence' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toBeFocused();
  await form.getByLabel('What happened').fill('A caller read out my ID number');
  await form.getByLabel('Where is it kept?').fill('Call recording on my phone');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('li.evidence')).toBeFocused();
  await expect(page.locator('li.evidence')).toContainText('Kept at: Call recording on my phone');
  // Removed, the item's place goes: focus moves to "Add evidence", not to <body>.
  await page
    .locator('li.evidence')
    .getByRole('button', { name: /^Remove: / })
    .click();
  await expect(page.locator('li.evidence')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add evidence' })).toBeFocused();
});

test('settings: grouped under plain headings, in both languages, with no standard cited to the reader', async ({ openPage }) => {
  const page = await openPage('options.html#/settings');
  const headings = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(['Language and region', 'Reminders', 'Security check-up']);
  await expect(page.getByRole('main')).not.toContainText(/NIST|800-63/);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh_CN');
  await expect(headings).toHaveText(['语言和地区', '提醒', '定期安全检查']);
  await expect(page.getByRole('main')).not.toContainText(/NIST|800-63|您/);
});

/** Tags painted in the urgent red, and the words of urgency, on a page. */
async function alarms(page: Page, words: readonly string[]) {
  const red = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--urgent)';
    document.body.append(probe);
    const urgent = getComputedStyle(probe).color;
    probe.remove();
    return [...document.querySelectorAll<HTMLElement>('.tag')]
      .filter((tag) => getComputedStyle(tag).color === urgent)
      .map((tag) => tag.textContent?.trim());
  });
  // Words of urgency in what marks things (tags, error lines): the account form's "Critical" option is a setting.
  const found: string[] = [];
  for (const word of words) if ((await page.locator('.tag, .error, [class*="urgent"]', { hasText: word }).count()) > 0) found.push(word);
  return { red, found };
}

test('honest urgency: with no leak, no red tag and no "Critical" or "Urgent" anywhere, in both languages', async ({
  openPage,
  worker,
  consoleErrors,
}) => {
  await addToStorage(worker, {
    'account:g1': gmail,
    'account:a1': alipay,
    'account:o1': { ...gmail, id: 'o1', label: 'Old mail', tier: 'other' },
  });
  await worker.evaluate(() => chrome.storage.session.set({ panelAccount: 'g1' }));
  for (const [language, words, calm] of [
    ['en', ['Critical', 'Urgent', 'Overdue'], 'Most important'],
    ['zh_CN', ['关键', '紧急', '已逾期'], '最重要'],
  ] as const) {
    await addToStorage(worker, {
      settings: settingsRecord({ language }),
    });
    const accounts = await openPage('options.html#/accounts');
    // The account list ranks calmly: "Most important", in the plain tag colour.
    await expect(accounts.getByRole('region').getByText(calm, { exact: true }).first()).toBeVisible();
    expect(await alarms(accounts, words)).toEqual({ red: [], found: [] });
    for (const path of ['options.html#/overview', 'options.html#/accounts/g1', 'sidepanel.html', 'popup.html']) {
      const page = await openPage(path);
      await expect(page.locator('main, #app > *').first()).toBeVisible();
      expect({ path, ...(await alarms(page, words)) }).toEqual({ path, red: [], found: [] });
      await page.close();
    }
    await accounts.close();
  }
  expect(consoleErrors).toEqual([]);
});

test('honest urgency: a leak marked dealt with has no "Urgent" task left in its plan', async ({ openPage, worker, consoleErrors }) => {
  await addToStorage(worker, {
    'account:g1': gmail,
    'incident:i2': { ...incident, id: 'i2', region: 'us', accountIds: ['g1'], leaked: ['phone', 'password', 'bank-card'] },
  });
  const plan = await openPage('options.html#/leak/i2');
  const urgent = plan.locator('.tag', { hasText: /^Urgent$/ });
  await expect(urgent.first()).toBeVisible();
  await plan.getByRole('button', { name: 'Mark this leak as dealt with' }).click();
  await expect(plan.getByRole('button', { name: 'Reopen' })).toBeVisible();
  // Every phase opened: not one "Urgent" tag, nor a red "past due" line, in the whole plan.
  const closed = plan.locator('.phase-toggle[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  await expect(plan.locator('.task').first()).toBeVisible();
  await expect(urgent).toHaveCount(0);
  await expect(plan.getByText('Urgent', { exact: true })).toHaveCount(0);
  await expect(plan.locator('.task .error')).toHaveCount(0);
  // Reopened, the leak's urgent work says so again.
  await plan.getByRole('button', { name: 'Reopen' }).click();
  await expect(urgent.first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
