// The one way AfterLeak starts Chromium with its built extension loaded: the end-to-end tests
// (tests/e2e/fixtures.ts), `npm run bench` and `npm run screenshots` all launch through here, so that they run
// the extension the same way (the flags, the welcome tab of a fresh install, the service worker).
import { chromium } from '@playwright/test';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise (README, "Two commands"). */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const isWelcome = (page) => /^chrome-extension:\/\/[^/]+\/options\.html#\/welcome$/.test(page.url());

/** Waits for the welcome tab of a fresh install (a profile used before has none) and closes it. */
export async function closeWelcome(context) {
  // A new tab may show about:blank before its address: look again until it shows, for at most five seconds.
  for (let tries = 0; tries < 50; tries++) {
    const welcome = context.pages().find(isWelcome);
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Chromium, headless, with only the extension in `dir` loaded, in a fresh temporary profile unless `profileDir`
 * names one. A fresh install opens the welcome page in a tab (entrypoints/background/welcome.ts); it is closed
 * here, so that what follows sees only its own tabs, unless `keepWelcome`. `lang` is the browser's language;
 * `contextOptions` go to Playwright's launchPersistentContext (locale, colour scheme, ...).
 */
export async function launchWithExtension(
  dir,
  { extraArgs = [], profileDir = '', keepWelcome = false, lang = 'en-US', contextOptions = {} } = {},
) {
  const context = await chromium.launchPersistentContext(profileDir, {
    ...contextOptions,
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${lang}`,
      ...extraArgs,
    ],
  });
  if (!keepWelcome) await closeWelcome(context);
  return context;
}

/** The extension's service worker, once it has started, and the extension's id (its host). */
export async function extensionWorker(context) {
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  return { worker, extensionId: new URL(worker.url()).host };
}
