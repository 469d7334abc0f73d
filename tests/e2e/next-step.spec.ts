// One next step, everywhere (issue 12): after a leak is recorded, the plan, the popup, the Overview, the
// badge and the reminder's notification name the same task; the side panel points at the account's next step;
// the popup fits its first screen; the welcome page on install; the emergency card.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  accountRecord,
  addToStorage,
  incidentRecord,
  settingsRecord,
  extensionDir,
  expect,
  expectAccessible,
  launchWithExtension,
  readStorage,
  test,
} from './fixtures';

const NOW = Date.now();
const DAY = 86_400_000;

const TEXT = {
  en: {
    hadLeak: 'I had a leak',
    formTitle: 'Record a leak',
    source: 'Where did it leak from?',
    phone: 'Phone number',
    save: 'Save and show my plan',
    nextLabel: 'Next step:',
    continue: 'Continue the leak response',
    next: 'Next step',
    progress: /^0 of \d+ tasks done$/,
    emergency: 'Money already gone, or a scam call right now?',
    nextTag: 'Next',
    pointer: 'Next for this account:',
    forLeak: 'Part of your response to the leak: Password dump',
    beforeLeak: 'before the leak: it does not count for this leak. Do it again.',
  },
  zh_CN: {
    hadLeak: '我的信息泄露了',
    formTitle: '记录一次泄露',
    source: '是从哪里泄露的？',
    phone: '手机号',
    save: '保存并查看我的计划',
    nextLabel: '下一步：',
    continue: '继续处理泄露',
    next: '下一步',
    progress: /^已完成0\/\d+项$/,
    emergency: '钱已经被转走，或者正在接骗子电话？',
    nextTag: '下一步',
    pointer: '这个账号的下一步：',
    forLeak: '这是处理泄露的一步：Password dump',
    beforeLeak: '但在泄露之前，这次不算数，请再做一次。',
  },
} as const;

/**
 * The reminder the leak's first alarm shows, in real Chromium: the worker's clock moves on to a time of day the
 * reminder may come at (an hour after the leak was recorded, out of quiet hours), the alarm fires as the browser
 * fires it, and the notification is read back: its id from chrome.notifications, its text from the log the
 * background writes for each notification it creates (reminders.spec.ts does the same).
 */
async function firstReminder(worker: Worker): Promise<{ message: string; shown: boolean }> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { realNow?: () => number };
    scope.realNow ??= Date.now.bind(Date);
    const real = scope.realNow;
    const at = new Date(real() + 61 * 60_000);
    if (at.getHours() >= 21 || at.getHours() < 9) at.setHours(at.getHours() >= 21 ? 33 : 9, 0, 0, 0);
    const shift = at.getTime() - real();
    Date.now = () => real() + shift;
  });
  const sent = async () =>
    ((await readStorage(worker))['reminder-log'] as { sent?: { message: string; notificationId: string }[] } | undefined)?.sent ?? [];
  await expect
    .poll(
      async () => {
        if ((await sent()).length) return true;
        await worker.evaluate(() => {
          const scope = globalThis as unknown as { realNow: () => number };
          return chrome.alarms.create('reminder', { when: scope.realNow() + 200 });
        });
        return false;
      },
      { intervals: [300, 700, 1000] },
    )
    .toBe(true);
  const [entry] = await sent();
  const shown = Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).includes(entry!.notificationId);
  return { message: entry!.message, shown };
}

for (const lang of ['en', 'zh_CN'] as const) {
  const text = TEXT[lang];

  test(`${lang}: a leak recorded with no accounts: the plan, the popup, the Overview, the badge and the notification name the same next task`, async ({
    context,
    openPage,
    worker,
    consoleErrors,
  }) => {
    await addToStorage(worker, { settings: settingsRecord({ language: lang }) });
    const popup = await openPage('popup.html');
    // No accounts, no leak: "I had a leak" leads to the form.
    const [form] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: text.hadLeak }).click()]);
    await expect(form.getByRole('heading', { name: text.formTitle })).toBeVisible();
    // The emergency card: one link, inside the form near its top, one click away.
    const leakForm = form.getByRole('form', { name: text.formTitle });
    await expect(leakForm.getByRole('link', { name: text.emergency })).toBeVisible();
    await expect(form.getByRole('link', { name: text.emergency })).toHaveCount(1);
    await leakForm.getByRole('link', { name: text.emergency }).click();
    await expect(form.getByRole('heading', { level: 1, name: text.emergency })).toBeVisible();
    await form.goBack();
    await expect(form.getByRole('heading', { name: text.formTitle })).toBeVisible();
    await form.getByLabel(text.source).fill('MegaShop');
    await form.getByRole('checkbox', { name: text.phone, exact: true }).check();
    await form.getByRole('button', { name: text.save }).click();

    // The plan's own next step.
    const line = form.locator('.next-step');
    await expect(line).toContainText(text.nextLabel);
    const planNext = line.locator('#next-step-title');
    const task = (await planNext.textContent())!.trim();
    expect(task.length).toBeGreaterThan(3);

    // The popup leads with the leak (never the first-run screen), its progress and the same task as a card.
    const again = await openPage('popup.html');
    await expect(again.getByRole('heading', { name: 'MegaShop' })).toBeVisible();
    await expect(again.getByText(text.progress)).toBeVisible();
    const card = again.locator('.next-card');
    await expect(card.getByRole('heading', { name: text.next })).toBeVisible();
    await expect(card.locator('.next-title')).toHaveText(task);
    await expect(again.getByRole('button', { name: text.continue })).toBeVisible();
    await expect(again.getByRole('button', { name: text.hadLeak })).toHaveCount(0);
    await expectAccessible(again);

    // The Overview: the same leak, the same task first.
    const overview = await openPage('options.html');
    await expect(overview.getByRole('heading', { name: 'MegaShop' })).toBeVisible();
    await expect(overview.locator('.next-card').first().locator('.next-title')).toHaveText(task);
    await expectAccessible(overview);

    // The badge: its tooltip names the same task.
    await expect.poll(() => worker.evaluate(() => chrome.action.getTitle({}))).toContain(task);

    // Done in the popup: every surface moves on to the same next one.
    await card.getByRole('button', { name: `${lang === 'en' ? 'Done: ' : '完成：'}${task}` }).click();
    await expect(card.locator('.next-title')).not.toHaveText(task);
    const second = (await card.locator('.next-title').textContent())!;
    await expect(planNext).toHaveText(second);
    await expect(overview.locator('.next-card').first().locator('.next-title')).toHaveText(second);
    await expect.poll(() => worker.evaluate(() => chrome.action.getTitle({}))).toContain(second);

    // The reminder an hour later: its notification names the same next task.
    const reminder = await firstReminder(worker);
    expect(reminder.shown).toBe(true);
    expect(reminder.message).toContain(lang === 'en' ? `: ${second}.` : `：${second}。`);
    expect(consoleErrors).toEqual([]);
  });

  test(`${lang}: with 30 accounts and an open leak the popup's first screen fits 600 px, "Continue" visible; the emergency card is one click away`, async ({
    context,
    openPage,
    worker,
    consoleErrors,
  }) => {
    const accounts = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => {
        const id = `acc${i}`;
        const common = {
          id,
          label: `Account number ${i}`,
          tier: i < 5 ? 'critical' : 'important',
          sharedPassword: i % 3 === 0,
          createdAt: NOW - DAY,
          updatedAt: NOW - DAY,
        };
        const account =
          i % 2
            ? { ...common, siteId: 'google', category: 'email' }
            : { ...common, customName: `Site ${i}`, customDomain: `site${i}.example`, category: 'shopping' };
        return [`account:${id}`, account];
      }),
    );
    const leak = incidentRecord('leak1', 'Courier platform', NOW - DAY, {
      howLearned: 'scam-call',
      leaked: ['phone', 'id-number', 'password'],
      passwordReused: true,
      region: lang === 'zh_CN' ? 'cn' : 'us',
      accountIds: ['acc0', 'acc1', 'acc2'],
    });
    await addToStorage(worker, { settings: settingsRecord({ language: lang }), ...accounts, 'incident:leak1': leak });
    const popup = await openPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 600 });
    await expect(popup.getByRole('heading', { name: 'Courier platform' })).toBeVisible();
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(600);
    await expect(popup.getByRole('button', { name: text.continue })).toBeInViewport();
    // At most three items: the card and two rows, then "see all".
    expect(await popup.locator('.next-card').count()).toBe(1);
    expect(await popup.locator('.item-row').count()).toBeLessThanOrEqual(2);

    // The emergency card, from the popup in one click: the region's own first actions, then into the plan.
    const [card] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: text.emergency }).click()]);
    await expect(card.getByRole('heading', { level: 1, name: text.emergency })).toBeVisible();
    const actions = card.locator('.emergency-actions > li strong');
    if (lang === 'zh_CN') {
      await expect(actions).toHaveText(['打电话给银行，冻结银行卡和账户', '拨打110报警', '拨打96110咨询']);
      await expect(card.getByRole('link', { name: '拨打110' })).toHaveAttribute('href', 'tel:110');
    } else {
      await expect(actions).toHaveText(["Call your bank's fraud line", 'Report it at IdentityTheft.gov']);
    }
    await expectAccessible(card);
    await card.getByRole('link', { name: lang === 'en' ? 'Then continue your leak response' : '然后继续处理泄露' }).click();
    await expect(card).toHaveURL(/#\/leak\/leak1$/);

    // "I had a leak" while one is open offers to continue it, and still records a new one.
    await card.goto(card.url().replace(/#.*$/, '#/leak/new'));
    await expect(card.getByRole('note')).toContainText('Courier platform');
    await expect(card.getByRole('note').getByRole('link', { name: text.continue })).toHaveAttribute('href', '#/leak/leak1');
    await expect(card.getByRole('heading', { name: text.formTitle })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test(`${lang}: the side panel points at the account's next step, the one the popup names, with and without a leak`, async ({
    openPage,
    worker,
    consoleErrors,
  }) => {
    const mail = accountRecord('g1', 'Gmail', { createdAt: NOW - DAY, updatedAt: NOW - DAY });
    await addToStorage(worker, { settings: settingsRecord({ language: lang }), 'account:g1': mail });
    const popup = await openPage('popup.html');
    const card = popup.locator('.next-card');
    // Its first step done in the popup: the next one is not simply the first in the guide.
    const firstStep = (await card.locator('.next-title strong').textContent())!.trim();
    await card.getByRole('button', { name: `${lang === 'en' ? 'Done: ' : '完成：'}${firstStep}` }).click();
    await expect(card.locator('.next-title strong')).not.toHaveText(firstStep);
    const calm = (await card.locator('.next-title strong').textContent())!.trim();
    await worker.evaluate(() => chrome.storage.session.set({ panelAccount: 'g1' }));

    const panel = await openPage('sidepanel.html');
    const pointer = panel.locator('.next-pointer');
    await expect(pointer).toContainText(text.pointer);
    await expect(pointer.getByRole('button', { name: calm })).toBeVisible();
    // The step itself is marked "Next" (and is the current step for assistive technology), and only that one.
    const marked = panel.locator('li.step[aria-current="step"]');
    await expect(marked).toHaveCount(1);
    await expect(marked.getByRole('heading')).toHaveText(calm);
    await expect(marked.getByText(text.nextTag, { exact: true })).toBeVisible();
    await expect(panel.getByText(text.nextTag, { exact: true })).toHaveCount(1);
    // The pointer moves focus to the step.
    await pointer.getByRole('button', { name: calm }).click();
    await expect(marked.getByRole('heading')).toBeFocused();

    // A leak that concerns the account, found after the first step was done: its lock-down task for Gmail
    // leads, in the popup and in the panel, and that step counts again (done before the leak).
    const found = Date.now();
    await addToStorage(worker, {
      'incident:leak1': {
        id: 'leak1',
        discoveredAt: found,
        source: 'Password dump',
        howLearned: 'breach-notice',
        leaked: ['password'],
        passwordReused: false,
        cardSecretsLeaked: false,
        region: lang === 'zh_CN' ? 'cn' : 'us',
        accountIds: ['g1'],
        createdAt: found,
        updatedAt: found,
      },
    });
    await popup.reload();
    await expect(popup.getByRole('heading', { name: 'Password dump' })).toBeVisible();
    const leading = (await card.locator('.next-title strong').textContent())!.trim();
    await expect(pointer).toContainText(text.forLeak);
    await expect(pointer.getByRole('button', { name: leading })).toBeVisible();
    await expect(marked.getByRole('heading')).toHaveText(leading);
    expect(leading).toBe(firstStep);
    await expect(pointer).toContainText(text.beforeLeak);
    expect(consoleErrors).toEqual([]);
  });
}

test('with no leak, the calm wording: "Most important first", no "Urgent", and "I had a leak" above the fold', async ({
  openPage,
  worker,
  consoleErrors,
}) => {
  const accounts = Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [`account:a${i}`, accountRecord(`a${i}`, `Mail ${i}`, { createdAt: NOW, updatedAt: NOW })]),
  );
  await addToStorage(worker, { settings: settingsRecord({ language: 'en' }), ...accounts });
  const popup = await openPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  await expect(popup.getByText('Most important first')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'I had a leak' })).toBeInViewport();
  expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
  await expect(popup.getByText('Urgent', { exact: true })).toHaveCount(0);
  const overview = await openPage('options.html');
  await expect(overview.getByRole('heading', { name: 'Most important first' })).toBeVisible();
  await expect(overview.getByText('Urgent', { exact: true })).toHaveCount(0);
  // An account's guide ranks its steps calmly too: the first (high-risk) step is "Most important", not "Urgent".
  const guide = await openPage('options.html#/accounts/a0');
  await expect(guide.getByText('Most important', { exact: true }).first()).toBeVisible();
  await expect(guide.getByText('Urgent', { exact: true })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('on install the welcome page opens in a tab: language and region right there, and its two paths work', async () => {
  const context: BrowserContext = await launchWithExtension(extensionDir, [], '', true);
  try {
    const isWelcome = (page: Page) => page.url().endsWith('/options.html#/welcome');
    await expect.poll(() => context.pages().some(isWelcome)).toBe(true);
    const welcome = context.pages().find(isWelcome)!;
    await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome to AfterLeak' })).toBeVisible();
    await expectAccessible(welcome);
    await welcome.getByLabel('Language', { exact: true }).selectOption('zh_CN');
    await expect(welcome.getByRole('heading', { level: 1, name: '欢迎使用 AfterLeak' })).toBeVisible();
    await welcome.getByLabel('你所在的地区', { exact: true }).selectOption('cn');
    await welcome.getByRole('link', { name: /信息泄露了/ }).click();
    await expect(welcome).toHaveURL(/#\/leak\/new$/);
    await expect(welcome.getByRole('heading', { name: '记录一次泄露' })).toBeVisible();
    await welcome.goBack();
    await welcome.getByLabel('语言', { exact: true }).selectOption('en');
    await welcome.getByRole('link', { name: /Get ready/ }).click();
    await expect(welcome).toHaveURL(/#\/accounts$/);
    const [worker] = context.serviceWorkers();
    const stored = await worker!.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ language: 'en', region: 'cn' });
  } finally {
    await context.close();
  }
});

test("the popup opens from the background's ready-made view: the step's own how-to on the card, and Done moves on with focus", async ({
  context,
  openPage,
  worker,
  consoleErrors,
}) => {
  // Counts each page's reads of the stored records (the full popup reads them all; the view alone reads none).
  await context.addInitScript(() => {
    const area = globalThis.chrome?.storage?.local;
    if (!area) return;
    const get = area.get.bind(area);
    const counter = window as unknown as { localReads: number };
    counter.localReads = 0;
    area.get = ((...rest: Parameters<typeof get>) => {
      counter.localReads += 1;
      return get(...rest);
    }) as typeof area.get;
  });
  await addToStorage(worker, {
    settings: settingsRecord({ language: 'en' }),
    'account:g1': accountRecord('g1', 'Gmail', { createdAt: NOW, updatedAt: NOW }),
  });
  // The background makes the view after the change; the popup then reads it from session storage alone.
  await expect
    .poll(() =>
      worker.evaluate(async () => ((await chrome.storage.session.get('popupView')).popupView as { leadId?: string } | undefined)?.leadId),
    )
    .toBe('step:g1:change-password');
  const popup = await openPage('popup.html');
  const card = popup.getByRole('region', { name: 'Next step', exact: true });
  await expect(card).toContainText('Change your Google password');
  // The step's own first line of how-to, not a general "follow the guide".
  await expect(card).toContainText('How you sign in to Google');
  // Drawn from the view alone: not one read of the stored records.
  expect(await popup.evaluate(() => (window as unknown as { localReads: number }).localReads)).toBe(0);
  await card.getByRole('button', { name: 'Done: Change your Google password' }).click();
  await expect(card).toContainText('Turn on 2-Step Verification');
  await expect(card.getByRole('button', { name: /^(Open the page|Done): Turn on 2-Step Verification/ }).first()).toBeFocused();
  const stored = await worker.evaluate(async () => (await chrome.storage.local.get('step:g1:change-password'))['step:g1:change-password']);
  expect(stored).toMatchObject({ status: 'done' });
  // The toast (its code loads with it) says what was done, and its Undo brings the step back to the card.
  const toast = popup.getByRole('status');
  await expect(toast).toContainText('Change your Google password');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toContainText('Change your Google password');
  expect(consoleErrors).toEqual([]);
});
