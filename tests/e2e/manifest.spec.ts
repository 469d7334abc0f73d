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
  // Once the background has painted the badge, the title says what is open ("AfterLeak: nothing open"), in the
  // browser's language too; before that it is the manifest's localized name. Either way, never the popup's <title>.
  const shown = await worker.evaluate(async () => ({
    title: await chrome.action.getTitle({}),
    localized: [chrome.i18n.getMessage('extName'), chrome.i18n.getMessage('reminders_badge_none')],
  }));
  expect(shown.localized.every(Boolean)).toBe(true);
  expect(shown.localized).toContain(shown.title);
});
