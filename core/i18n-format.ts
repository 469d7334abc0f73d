// The rules @wxt-dev/i18n uses for its messages, applied to a dictionary we pick at run time, so that the
// user's language choice does not depend on the browser's (many Chinese users run an English browser).
export type Messages = Record<string, { message: string }>;
export type Vars = Record<string, string | number>;

/** "{n} minute | {n} minutes" -> the form for count, as @wxt-dev/i18n picks it (1 | n, or 0 | 1 | n). */
export function pickPlural(message: string, count: number): string {
  const forms = message.split(' | ');
  let index = 0;
  if (forms.length === 2) index = count === 1 ? 0 : 1;
  if (forms.length === 3) index = count === 0 || count === 1 ? count : 2;
  return forms[index] ?? message;
}

export function fillVars(message: string, vars: Vars): string {
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : match,
  );
}

/** Looks a key up (dots become underscores, as in the built messages.json) with a fallback dictionary. */
export function formatMessage(dict: Messages, fallback: Messages, key: string, count?: number, vars: Vars = {}): string {
  const id = key.replaceAll('.', '_');
  const message = dict[id]?.message ?? fallback[id]?.message;
  if (message === undefined) return key;
  const chosen = count === undefined ? message : pickPlural(message, count);
  return fillVars(chosen, count === undefined ? vars : { n: count, ...vars });
}

import type { Lang } from './language';

export type { Lang };

export function resolveLanguage(choice: 'auto' | Lang, uiLanguage: string): Lang {
  if (choice !== 'auto') return choice;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}
