// How an account is named on screen. A catalogue account's label is stored when it is added, in the language
// of that moment; when it is still the site's own name (in either language) it is shown in the current
// language, and a label the user typed is shown as typed. The site's name is shown beside the label only when
// it adds something ("Personal mail · Google (Gmail)", never "Alipay · Alipay").
import type { Account } from '@/core/model';
import { sites } from '@/data/catalogue';
import { pick } from './i18n';

type Named = Pick<Account, 'label' | 'siteId' | 'customName' | 'customDomain'>;

type Names = { en: string; zh_CN: string };

/** The sites' names by id and by name, made once per site index (it is read before the first paint). */
let lookups: { from: ReturnType<typeof sites>; byId: Map<string, Names>; byName: Map<string, Names> } | undefined;

function names() {
  const from = sites();
  if (lookups?.from !== from) {
    lookups = {
      from,
      byId: new Map(from.map((site) => [site.id, site.names])),
      byName: new Map(from.flatMap((site) => [[site.names.en, site.names] as const, [site.names.zh_CN, site.names] as const])),
    };
  }
  return lookups;
}

function siteNames(siteId: string | undefined) {
  return siteId ? names().byId.get(siteId) : undefined;
}

/** A name as shown: a catalogue site's own name (in either language) in the current language, else as it is.
 *  For text that carries only an account's label (a leak's plan names its accounts by label). */
export function shownName(label: string): string {
  const found = names().byName.get(label.trim());
  return found ? pick(found) : label;
}

/** True when the label is the catalogue site's own name, in English or in Chinese. */
export function isCatalogueLabel(account: Named): boolean {
  const names = siteNames(account.siteId);
  const label = account.label.trim();
  return !!names && (label === names.en || label === names.zh_CN);
}

/** The account's label as shown, in the current language when it is the site's own name. */
export function accountLabel(account: Named): string {
  const names = siteNames(account.siteId);
  return names && isCatalogueLabel(account) ? pick(names) : account.label;
}

/** The site (catalogue name, or the custom site's name or address), in the current language. */
export function siteName(account: Named): string {
  const names = siteNames(account.siteId);
  return names ? pick(names) : account.customName || account.customDomain || account.label;
}

/** The site's name when it differs from the label shown, else undefined: a name is never shown twice. */
export function siteNameIfDifferent(account: Named): string | undefined {
  const name = siteName(account);
  return name.trim().toLowerCase() === accountLabel(account).trim().toLowerCase() ? undefined : name;
}

/** "Personal mail (Google (Gmail))" or "Alipay": the label, and the site only when it adds something. */
export function accountFullName(account: Named): string {
  const site = siteNameIfDifferent(account);
  return site ? `${accountLabel(account)} · ${site}` : accountLabel(account);
}
