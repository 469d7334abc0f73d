// Translation at run time in the language the user chose. Messages come from the extension's own
// _locales/<lang>/messages.json (built by @wxt-dev/i18n from locales/*.yml), so both paths share one source.
import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '../.wxt/i18n/structure';
import { formatMessage, resolveLanguage, type Lang, type Messages, type Vars } from '@/core/i18n-format';
import { htmlLang } from '@/core/language';
import { readPackagedJson } from './packaged-file';
import type { StepHowLines, StepTexts } from '@/data/schema';
import type { SiteIndex } from '@/data/catalogue';

export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;
export type { Lang };

let lang: Lang = 'en';
let dict: Messages = {};
let fallback: Messages = {};
const cache = new Map<Lang, Promise<Messages>>();

const fetchMessages = (which: Lang) => readPackagedJson<Messages>(`/_locales/${which}/messages.json`);

/**
 * The catalogue steps' titles and links in one language (step-text), or the first line of their how-to
 * (step-how): the extension's own files (written by scripts/vite-site-index.ts), read like the messages; the
 * dev server and unit tests take the same data as modules.
 */
type CatalogueText = { 'step-text': StepTexts; 'step-how': StepHowLines; 'site-index': SiteIndex };

/** The same data as modules, for the dev server and unit tests only (the build drops this with DEV false). */
function catalogueModule(kind: keyof CatalogueText, which: Lang): Promise<unknown> {
  if (kind === 'site-index') return import('virtual:site-index');
  if (kind === 'step-text') return which === 'zh_CN' ? import('virtual:step-text-zh_CN') : import('virtual:step-text-en');
  return which === 'zh_CN' ? import('virtual:step-how-zh_CN') : import('virtual:step-how-en');
}

const catalogueTexts = new Map<string, Promise<unknown>>();

function catalogueText<K extends keyof CatalogueText>(kind: K, which: Lang): Promise<CatalogueText[K]> {
  // The site index is in no language: one file, site-index/all.json.
  const key = `${kind}/${kind === 'site-index' ? 'all' : which}`;
  let entry = catalogueTexts.get(key);
  if (!entry) {
    entry = import.meta.env.DEV ? catalogueModule(kind, which) : readPackagedJson(`/${key}.json`);
    catalogueTexts.set(key, entry);
  }
  return entry as Promise<CatalogueText[K]>;
}

/** The first line of every catalogue step's how-to in this language, for the popup's ready-made view. */
export const loadHowLines = (which: Lang) => catalogueText('step-how', which);

function messagesFor(which: Lang): Promise<Messages> {
  let entry = cache.get(which);
  if (!entry) {
    entry = fetchMessages(which);
    cache.set(which, entry);
  }
  return entry;
}

/** Starts reading the messages of the language `auto` resolves to, before the choice itself is known. */
export const prefetchMessages = () => void messagesFor(resolveLanguage('auto', browser.i18n.getUILanguage())).catch(() => undefined);

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
    stepText ? Promise.all([catalogueText('step-text', next), catalogueText('site-index', next), import('@/data/catalogue')]) : undefined,
  ]);
  // A dictionary already cached arrives before one still being read: only the latest choice may win.
  if (request === requests) {
    if (steps) {
      steps[2].setSiteIndex(steps[1]);
      steps[2].setStepText(next, steps[0]);
    }
    setDictionaries(next, chosen, english);
  }
  return next;
}

/** For tests and for callers that already hold the dictionaries. */
export function setDictionaries(which: Lang, chosen: Messages, english: Messages) {
  lang = which;
  dict = chosen;
  fallback = english;
  // Set only when it changes: the same value written again is still a change to the page (its observers, a
  // benchmark's settle time).
  if (typeof document !== 'undefined' && document.documentElement.lang !== htmlLang(which)) document.documentElement.lang = htmlLang(which);
}

export const currentLanguage = (): Lang => lang;

/** These messages as loaded now, by key, unformatted: for a view made here and drawn elsewhere (the popup's). */
export const messageTexts = (keys: readonly MessageKey[]): Record<string, string> =>
  Object.fromEntries(
    keys.flatMap((key) => {
      const id = key.replaceAll('.', '_');
      const message = dict[id]?.message ?? fallback[id]?.message;
      return message === undefined ? [] : [[key, message]];
    }),
  );

/** Draws with these messages alone until the whole dictionary loads (loadLanguage), which replaces them. */
export function setMessageTexts(which: Lang, texts: Record<string, string>) {
  const messages = Object.fromEntries(Object.entries(texts).map(([key, message]) => [key.replaceAll('.', '_'), { message }]));
  setDictionaries(which, messages, messages);
}

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
