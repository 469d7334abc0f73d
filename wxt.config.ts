import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { siteIndex } from './scripts/vite-site-index';
import { firstPaintChunks } from './scripts/first-paint-chunks';
import { inlinePopupStyles } from './scripts/inline-popup-styles';

// Parallel builds (a developer's e2e run beside CI) can point WXT at another folder.
const outDir = process.env.AFTERLEAK_OUT_DIR ?? '.output';

/** The extension pages' content security policy, in both builds. */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  outDir,
  imports: false,
  // The project's stack (README) includes webextension-polyfill through WXT's module: wxt/browser is then the
  // polyfilled `browser` in Chrome and Firefox alike (about 2.7 kB gzip in each page and in background.js).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // The pages' HTML preloads their static imports together, but a dynamic import preloads nothing: every chunk
  // is a file in the extension itself, so there is no network to hide, and the links Vite would add to <head>
  // for each dynamic import are one more change to the page after its first paint.
  vite: () => ({
    plugins: [preact(), siteIndex(), inlinePopupStyles()],
    build: {
      sourcemap: process.env.AFTERLEAK_SOURCEMAP === '1',
      modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    },
  }),
  hooks: {
    // The pages are built together; the background, apart, as one file (scripts/first-paint-chunks.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === 'popup')) return;
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      const output = config.build.rolldownOptions.output;
      if (Array.isArray(output)) throw new Error('wxt.config.ts: one output expected for the pages');
      config.build.rolldownOptions.output = { ...output, codeSplitting: firstPaintChunks(__dirname) };
    },
  },
  // The Firefox sources zip is for a store reviewer rebuilding the extension: no test or run output in it.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'web-ext-artifacts/**', '**/*.log'] },
  webExt: {
    binaries: {
      chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    },
    chromiumArgs: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the user's click on the toolbar button lets us read that one tab's address.
    // tabs is optional: granted from the UI, it lets the side panel follow the active tab.
    permissions: ['storage', 'alarms', 'notifications', 'activeTab'],
    optional_permissions: ['tabs'],
    action: { default_title: '__MSG_extName__' },
    // No script, plugin or connection from anywhere but the extension itself (tests/e2e/csp.spec.ts checks
    // both built manifests and that the pages still work under it: zod runs jitless, _locales is 'self').
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'afterleak@afterleak.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
