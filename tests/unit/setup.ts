// Unit tests read the same message files as the built extension, and start each test with empty storage.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { setDictionaries } from '@/lib/i18n';
import { setSiteIndex, setStepText } from '@/data/catalogue';
import * as siteIndex from 'virtual:site-index';
import * as englishSteps from 'virtual:step-text-en';
import type { Messages } from '@/core/i18n-format';

async function dictionary(file: string): Promise<Messages> {
  return generateChromeMessages(await parseMessagesFile(file)) as Messages;
}

export const english = await dictionary('locales/en.yml');
export const chinese = await dictionary('locales/zh_CN.yml');
setDictionaries('en', english, english);
// The site index and its step titles in English, as loadLanguage loads them beside the messages in the extension.
setSiteIndex(siteIndex);
setStepText('en', englishSteps);

beforeEach(() => {
  fakeBrowser.reset();
  setDictionaries('en', english, english);
  setStepText('en', englishSteps);
});
