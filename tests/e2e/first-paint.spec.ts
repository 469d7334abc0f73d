// Issue 13, in the built extension: what the popup loads and reads before it shows its first screen. The speed
// itself is measured by `npm run bench`; this checks what the speed rests on.
// - Its one storage read starts in entrypoints/popup-read.ts, a classic script that runs while the modules load;
//   its message file loads after the first screen, whose words come with the view.
// - Its code is three files: its own script, the bundler's runtime and the file shared by the first paints
//   (scripts/first-paint-chunks.ts); its styles are in popup.html itself (scripts/inline-popup-styles.ts).
// - The side panel's shared files carry no styles, so that no other page picks them up when it loads one.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { accountRecord, addToStorage, expect, extensionDir, test } from './fixtures';

test('the popup shows its first screen from one read started before its modules, with three files of code', async ({
  context,
  worker,
  extensionId,
}) => {
  await addToStorage(worker, { 'account:g1': accountRecord('g1', 'Google (Gmail)') });
  // The background makes the popup's ready-made view after each change.
  await expect
    .poll(() => worker.evaluate(async () => Boolean((await chrome.storage.session.get('popupView')).popupView)), { timeout: 15_000 })
    .toBe(true);
  await context.addInitScript(() => {
    const seen = { reads: [] as string[], drawnAt: 0 };
    Object.defineProperty(window, '__firstPaint', { value: seen });
    for (const name of ['local', 'session'] as const) {
      const area = chrome.storage[name];
      const get = area.get.bind(area) as (...args: unknown[]) => Promise<unknown>;
      // Which script asked: the early one, or a module.
      (area as unknown as { get: typeof get }).get = (...args) => {
        seen.reads.push(`${name} from ${/popup-read\.js/.test(new Error().stack ?? '') ? 'popup-read.js' : 'a module'}`);
        return get(...args);
      };
    }
    new MutationObserver(() => {
      if (!seen.drawnAt && document.querySelector('#app > *')) seen.drawnAt = performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
  const popup = await context.newPage();
  // Extension files are not in the page's resource timing; DevTools' network events list them.
  const cdp = await context.newCDPSession(popup);
  const requests: { file: string; at: number }[] = [];
  cdp.on('Network.requestWillBeSent', (event) => requests.push({ file: new URL(event.request.url).pathname, at: event.timestamp * 1000 }));
  await cdp.send('Network.enable');
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.next-card')).toContainText('Google (Gmail)');
  const seen = await popup.evaluate(() => (window as unknown as { __firstPaint: { reads: string[]; drawnAt: number } }).__firstPaint);
  // The page's clock starts about when its own request does; what loads after the first screen (the messages, the
  // tab code) is asked for a turn after it is drawn, hence a few milliseconds' margin.
  const start = requests[0]!.at;
  const beforeDrawn = requests.filter((request) => request.at - start <= seen.drawnAt - 3).map((request) => request.file);
  const codeBeforeDrawn = beforeDrawn
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => file.replace(/-[\w-]{8}\.(js|css)$/, '.$1'))
    .sort();
  // The view carries the words of its screen: the message file (100 kB) loads after it is drawn.
  expect(beforeDrawn.filter((file) => file.endsWith('.json'))).toEqual([]);
  expect(codeBeforeDrawn).toEqual(['/chunks/first-paint.js', '/chunks/popup.js', '/chunks/rolldown-runtime.js', '/popup-read.js']);
  expect(seen.reads).toEqual(['session from popup-read.js']);
});

test('the files the first paints share carry no styles: the side panel’s are a file of its own, the popup’s in its page', () => {
  const assets = readdirSync(path.join(extensionDir, 'assets'));
  const chunks = readdirSync(path.join(extensionDir, 'chunks'));
  expect(chunks.filter((file) => /^(first-paint|sidepanel-first-paint)-.*\.js$/.test(file))).toHaveLength(2);
  expect(assets.filter((file) => /first-paint/.test(file))).toEqual([]);
  expect(assets.filter((file) => /^(popup|sidepanel)-.*\.css$/.test(file))).toEqual([expect.stringMatching(/^sidepanel-/)]);
  const popup = readFileSync(path.join(extensionDir, 'popup.html'), 'utf8');
  expect(popup).not.toContain('rel="stylesheet"');
  expect(popup).toMatch(/<style>[^<]*--accent:[^<]*\.next-card[^<]*<\/style>/);
});

test('each page’s own stylesheet keeps the cascade: the next-step card wears the accent border in the popup and on the dashboard', async ({
  openPage,
  worker,
}) => {
  await addToStorage(worker, { 'account:g1': accountRecord('g1', 'Google (Gmail)') });
  for (const address of ['popup.html', 'options.html']) {
    const page = await openPage(address);
    const card = page.locator('.next-card').first();
    await expect(card).toContainText('Google (Gmail)');
    const colours = await card.evaluate((element) => {
      // The accent as the browser resolves it, through an element given that colour.
      const probe = document.createElement('span');
      probe.style.color = 'var(--accent)';
      element.append(probe);
      const accent = getComputedStyle(probe).color;
      probe.remove();
      return { border: getComputedStyle(element).borderTopColor, accent };
    });
    expect(colours.border, address).toBe(colours.accent);
  }
});
