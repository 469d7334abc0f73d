// Dates shown to the user, in their language. The locale is passed in so tests are deterministic.
import { intlLocale as locale, type Lang } from './language';

export const formatDate = (ms: number, lang: Lang) =>
  new Intl.DateTimeFormat(locale(lang), { year: 'numeric', month: 'short', day: 'numeric' }).format(ms);

export const formatDateTime = (ms: number, lang: Lang) =>
  new Intl.DateTimeFormat(locale(lang), { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);

/** "2026-11-29" for <input type="date"> in local time. */
export function toDateInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local start of the day an <input type="date"> names, or undefined for an empty or invalid value. */
export function fromDateInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const ms = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}
