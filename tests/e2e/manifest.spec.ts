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
  const painted = await worker.evaluate(() => chrome.i18n.getMessage('reminders_badge_none'));
  expect(painted).toMatch(/^AfterLeak: /);
  await expect.poll(() => worker.evaluate(() => chrome.action.getTitle({})), { timeout: 15_000 }).toBe(painted);
});
