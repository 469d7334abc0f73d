// The manifest's user-visible strings come from the locale files, so the browser shows them in its own language.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extensionDir, expect, test } from './fixtures';

test('the toolbar button’s title is the localized name, not the popup page’s <title>', async ({ worker }) => {
  // WXT copies a popup's <title> over action.default_title unless entrypoints/popup/index.html says otherwise.
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  expect({ name: manifest.name, description: manifest.description, title: manifest.action.default_title }).toEqual({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    title: '__MSG_extName__',
  });
  // After install the background paints the badge, and with it the title: "AfterLeak: nothing open" for empty
  // storage, in the browser's language (before that paint it is the manifest's localized name). Wait for that
  // paint rather than read whichever of the two happens to be there.
  // The expected words come from the built message file, not chrome.i18n.getMessage: in a service worker that
  // just started, Chromium 156 sometimes answers "" for every key (seen in CI, and here under load).
  const english = JSON.parse(readFileSync(path.join(extensionDir, '_locales', 'en', 'messages.json'), 'utf8'));
  const painted: string = english.reminders_badge_none.message;
  expect(painted).toBe('AfterLeak: nothing open');
  await expect.poll(() => worker.evaluate(() => chrome.action.getTitle({})), { timeout: 15_000 }).toBe(painted);
});
