// Switching language twice quickly: the dictionary of the latest choice wins, whichever file is read first.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chinese, english } from '../setup';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadLanguage', () => {
  it('keeps the latest choice when an earlier one finishes reading later', async () => {
    vi.resetModules(); // a fresh module: nothing cached yet
    const { currentLanguage, loadLanguage, t } = await import('@/lib/i18n');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    vi.stubGlobal('fetch', async (url: string) => {
      const isChinese = url.includes('/zh_CN/');
      // The Chinese file is slow to read; the English one is quick.
      await new Promise((resolve) => setTimeout(resolve, isChinese ? 60 : 1));
      return { json: async () => (isChinese ? chinese : english) };
    });
    const first = loadLanguage('zh_CN');
    const second = loadLanguage('en');
    expect(await Promise.all([first, second])).toEqual(['zh_CN', 'en']);
    expect(currentLanguage()).toBe('en');
    expect(t('common.save')).toBe('Save');

    await loadLanguage('zh_CN');
    expect(currentLanguage()).toBe('zh_CN');
    expect(t('common.save')).toBe('保存');
  });

  it("reads the site index once and the catalogue steps' titles of the same language from the extension's own files, latest choice winning", async () => {
    vi.resetModules();
    vi.stubEnv('DEV', false); // the built extension's path: a file, not a module
    const { loadLanguage } = await import('@/lib/i18n');
    const { siteById } = await import('@/data/catalogue');
    const steps = { en: await import('virtual:step-text-en'), zh_CN: await import('virtual:step-text-zh_CN') };
    const index = await import('virtual:site-index');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url.replace(/^.*?:\/\/[^/]*/, ''));
      const isChinese = url.includes('zh_CN');
      await new Promise((resolve) => setTimeout(resolve, isChinese ? 60 : 1));
      if (url.includes('/step-text/')) return { json: async () => (isChinese ? steps.zh_CN : steps.en) };
      if (url.includes('/site-index/')) return { json: async () => index };
      return { json: async () => (isChinese ? chinese : english) };
    });
    const paypalFirstTitle = () => siteById('paypal')?.steps[0]?.title;
    await Promise.all([loadLanguage('zh_CN'), loadLanguage('en')]);
    expect(paypalFirstTitle()).toBe(steps.en.sites.paypal![0]![0]);
    await loadLanguage('zh_CN');
    expect(paypalFirstTitle()).toBe(steps.zh_CN.sites.paypal![0]![0]);
    expect(asked.filter((url) => url.startsWith('/step-text/')).sort()).toEqual(['/step-text/en.json', '/step-text/zh_CN.json']);
    // The site index is in no language: read once, whichever languages are chosen.
    expect(asked.filter((url) => url.startsWith('/site-index/'))).toEqual(['/site-index/all.json']);
    vi.unstubAllEnvs();
  });
});

describe('labelled', () => {
  it('joins a label and a name with the colon of the language', async () => {
    const { labelled, setDictionaries } = await import('@/lib/i18n');
    setDictionaries('en', english, english);
    expect(labelled('Choose', 'Google (Gmail)')).toBe('Choose: Google (Gmail)');
    setDictionaries('zh_CN', chinese, english);
    expect(labelled('选择', '谷歌（Gmail）')).toBe('选择：谷歌（Gmail）');
  });
});
