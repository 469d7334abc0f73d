// Translation at run time in the language the user chose. Messages come from the extension's own
// _locales/<lang>/messages.json (built by @wxt-dev/i18n from locales/*.yml), so both paths share one source.
import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '../.wxt/i18n/structure';
import { formatMessage, resolveLanguage, type Lang, type Messages, type Vars } from '@/core/i18n-format';
import { htmlLang } from '@/core/language';

export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;
export type { Lang };

let lang: Lang = 'en';
let dict: Messages = {};
let fallback: Messages = {};
const cache = new Map<Lang, Promise<Messages>>();

async function fetchMessages(which: Lang): Promise<Messages> {
  // The extension's own packaged file: no network request leaves the device.
  const path = `/_locales/${which}/messages.json` as Parameters<typeof browser.runtime.getURL>[0];
  const response = await fetch(browser.runtime.getURL(path));
  return (await response.json()) as Messages;
}

function messagesFor(which: Lang): Promise<Messages> {
  let entry = cache.get(which);
  if (!entry) {
    entry = fetchMessages(which);
    cache.set(which, entry);
  }
  return entry;
}

/** Loads the dictionaries for the user's choice; call before the first render and when the choice changes. */
let requests = 0;

export async function loadLanguage(choice: 'auto' | Lang): Promise<Lang> {
  const request = ++requests;
  const next = resolveLanguage(choice, browser.i18n.getUILanguage());
  const [chosen, english] = await Promise.all([messagesFor(next), messagesFor('en')]);
  // A dictionary already cached arrives before one still being read: only the latest choice may win.
  if (request === requests) setDictionaries(next, chosen, english);
  return next;
}

/** For tests and for callers that already hold the dictionaries. */
export function setDictionaries(which: Lang, chosen: Messages, english: Messages) {
  lang = which;
  dict = chosen;
  fallback = english;
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(which);
}

export const currentLanguage = (): Lang => lang;

export function t(key: MessageKey, vars?: Vars): string;
export function t(key: MessageKey, count: number, vars?: Vars): string;
export function t(key: MessageKey, countOrVars?: number | Vars, vars?: Vars): string {
  if (typeof countOrVars === 'number') return formatMessage(dict, fallback, key, countOrVars, vars);
  return formatMessage(dict, fallback, key, undefined, countOrVars);
}

/** "Done: Change your password", with the colon of the user's language. */
export const labelled = (label: string, name: string): string => `${label}${t('common.colon')}${name}`;

/** Picks the user's language from a {en, zh_CN} pair of catalogue text. */
export const pick = (text: { en: string; zh_CN: string }): string => text[lang];
