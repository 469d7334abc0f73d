// Recognising catalogue sites: by the registrable domain of an address (Public Suffix List via tldts), and
// by what a person types in the search box, in either language.
import { getDomain, parse } from 'tldts';
import type { SiteSummary } from '@/data/schema';

/** "https://mail.google.com/x" or "mail.google.com" -> "google.com"; undefined when it is not a web domain. */
export function registrableDomain(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`;
  const parsed = parse(withScheme);
  if (!parsed.hostname || parsed.isIp || !parsed.isIcann || !parsed.domain) return undefined;
  return getDomain(withScheme) ?? undefined;
}

/** The web origin of a custom site, for its /.well-known/change-password link. */
export function httpsOrigin(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`;
  const parsed = parse(withScheme);
  if (!parsed.hostname || !registrableDomain(trimmed)) return undefined;
  return `https://${parsed.hostname}`;
}

export function siteForUrl<S extends SiteSummary>(url: string, sites: readonly S[]): S | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  const domain = registrableDomain(url);
  if (!domain) return undefined;
  return sites.find((site) => site.domains.includes(domain));
}

const normalise = (text: string) => text.toLowerCase().normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * Catalogue search: names in both languages, aliases, and domains. "gmail", "支付宝" and "icbc.com.cn" all
 * find their site. Best matches first: exact, then prefix, then substring.
 */
export function searchSites<S extends SiteSummary>(query: string, sites: readonly S[]): S[] {
  const q = normalise(query);
  if (!q) return [];
  const domain = q.includes('.') ? registrableDomain(q) : undefined;
  const scored: { site: S; score: number }[] = [];
  for (const site of sites) {
    const words = [site.names.en, site.names.zh_CN, ...site.aliases, ...site.domains, site.id].map(normalise);
    let score = 0;
    if (domain && site.domains.includes(domain)) score = 4;
    else if (words.some((word) => word === q)) score = 3;
    else if (words.some((word) => word.startsWith(q) || word.split(/[\s()（）/]+/).some((part) => part.startsWith(q)))) score = 2;
    else if (words.some((word) => word.includes(q))) score = 1;
    if (score) scored.push({ site, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.site.names.en.localeCompare(b.site.names.en))
    .map((entry) => entry.site);
}

/** The user's accounts on the site at this address: by catalogue site, or by a custom site's domain. */
export function accountsForUrl<A extends { siteId?: string; customDomain?: string }>(
  url: string,
  accounts: readonly A[],
  sites: readonly SiteSummary[],
): A[] {
  if (!/^https?:\/\//i.test(url)) return [];
  const domain = registrableDomain(url);
  if (!domain) return [];
  const site = siteForUrl(url, sites);
  return accounts.filter((account) =>
    site ? account.siteId === site.id : !account.siteId && registrableDomain(account.customDomain ?? '') === domain,
  );
}
