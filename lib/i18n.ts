// Translation at run time in the language the user chose. Messages come from the extension's own
// _locales/<lang>/messages.json (built by @wxt-dev/i18n from locales/*.yml), so both paths share one source.
import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '../.wxt/i18n/structure';
import { formatMessage, resolveLanguage, type Lang, type Messages, type Vars } from '@/core/i18n-format';
import { htmlLang } from '@/core/language';
import type { StepTexts } from '@/data/schema';

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

/**
 * The catalogue steps' titles and links in one language: the extension's own step-text/<lang>.json (written
 * by scripts/vite-site-index.ts), read like the messages; the dev server and unit tests take the same data as
 * a module.
 */
async function fetchStepText(which: Lang): Promise<StepTexts> {
  if (import.meta.env.DEV) return which === 'zh_CN' ? import('virtual:step-text-zh_CN') : import('virtual:step-text-en');
  const response = await fetch(browser.runtime.getURL(`/step-text/${which}.json` as Parameters<typeof browser.runtime.getURL>[0]));
  return (await response.json()) as StepTexts;
}

const stepTexts = new Map<Lang, Promise<StepTexts>>();

function stepTextFor(which: Lang): Promise<StepTexts> {
  let entry = stepTexts.get(which);
  if (!entry) {
    entry = fetchStepText(which);
    stepTexts.set(which, entry);
  }
  return entry;
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

export async function loadLanguage(choice: 'auto' | Lang, { stepText = true } = {}): Promise<Lang> {
  const request = ++requests;
  const next = resolveLanguage(choice, browser.i18n.getUILanguage());
  // The catalogue's step titles come in the same language, loaded beside the messages (a page drawn from a
  // ready-made view, whose titles are already words, goes without).
  // The catalogue module loads here, not with this one: a page drawn from a ready-made view never needs it.
  const [chosen, english, steps] = await Promise.all([
    messagesFor(next),
    messagesFor('en'),
    stepText ? Promise.all([stepTextFor(next), import('@/data/catalogue')]) : undefined,
  ]);
  // A dictionary already cached arrives before one still being read: only the latest choice may win.
  if (request === requests) {
    if (steps) steps[1].setStepText(next, steps[0]);
    setDictionaries(next, chosen, english);
  }
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
/** A text in the current language: one with both languages, or the step index's, already in it. */
export const pick = (text: { en: string; zh_CN: string } | string): string => (typeof text === 'string' ? text : text[lang]);
