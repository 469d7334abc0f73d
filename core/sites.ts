// Recognising catalogue sites: by the host of an address, and by what a person types in the search box, in
// either language. A site claims registrable domains (`domains`: google.com covers every *.google.com) and
// may also claim hosts under another site's domain (`hosts`: mail.qq.com is QQ Mail, not QQ). Matching walks
// the host's labels from the most specific (mail.qq.com, then qq.com), so the more specific claim wins. No
// Public Suffix List is needed for this: the claims are checked against it in the catalogue's conventions
// test (core/domains.ts has the list, for unknown sites).
import type { SearchableSite, SiteSummary } from '@/data/schema';

type Claims = Pick<SiteSummary, 'domains'> & { hosts?: readonly string[] };

/** "https://Mail.Google.com:443/x", "mail.google.com." or "mail.google.com/x" -> "mail.google.com". */
export function hostOf(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/.test(trimmed) && !/^[a-z0-9-]+(\.[a-z0-9-]+)*:\d/.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.replace(/\.$/, '');
  return isWebHost(host) ? host : undefined;
}

/** A name under a top-level domain (letters), not an IP address, "localhost" or a single label. */
function isWebHost(host: string): boolean {
  const labels = host.split('.');
  return (
    labels.length >= 2 &&
    labels.every((label) => /^[a-z0-9-]{1,63}$/.test(label) || /^xn--[a-z0-9-]+$/.test(label)) &&
    /^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/.test(labels.at(-1)!)
  );
}

/** mail.qq.com -> [mail.qq.com, qq.com] (never the top-level domain alone). */
export function hostSuffixes(host: string): string[] {
  const labels = host.split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

const claimCache = new WeakMap<readonly Claims[], Map<string, Claims>>();

/** Every domain and host each site claims, once per list of sites. */
function claimsOf<S extends Claims>(sites: readonly S[]): Map<string, S> {
  let claims = claimCache.get(sites);
  if (!claims) {
    claims = new Map();
    for (const site of sites) for (const claim of [...(site.hosts ?? []), ...site.domains]) if (!claims.has(claim)) claims.set(claim, site);
    claimCache.set(sites, claims);
  }
  return claims as Map<string, S>;
}

/** The catalogue site a host belongs to, and the claim that matched: the most specific one wins. */
export function siteForHost<S extends Claims>(host: string, sites: readonly S[]): { site: S; claim: string } | undefined {
  const claims = claimsOf(sites);
  for (const suffix of hostSuffixes(host)) {
    const site = claims.get(suffix);
    if (site) return { site, claim: suffix };
  }
  return undefined;
}

export function siteForUrl<S extends Claims>(url: string, sites: readonly S[]): S | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  const host = hostOf(url);
  return host ? siteForHost(host, sites)?.site : undefined;
}

/** The web origin of a custom site, for its /.well-known/change-password link. */
export function httpsOrigin(input: string): string | undefined {
  const host = hostOf(input);
  return host ? `https://${host}` : undefined;
}

/** True when the host is this domain or under it (a custom site's stored domain covers its subdomains). */
export const hostIsUnder = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

const normalise = (text: string) => text.toLowerCase().normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * Catalogue search: names in both languages, aliases, and domains. "gmail", "支付宝" and "icbc.com.cn" all
 * find their site. Best matches first: exact, then prefix, then substring.
 */
export function searchSites<S extends SearchableSite & Claims>(query: string, sites: readonly S[]): S[] {
  const q = normalise(query);
  if (!q) return [];
  const host = q.includes('.') ? hostOf(q) : undefined;
  const owner = host ? siteForHost(host, sites)?.site : undefined;
  const scored: { site: S; score: number }[] = [];
  for (const site of sites) {
    const words = [site.names.en, site.names.zh_CN, ...site.aliases, ...site.domains, ...(site.hosts ?? []), site.id].map(normalise);
    let score = 0;
    if (site === owner) score = 4;
    else if (words.some((word) => word === q)) score = 3;
    else if (words.some((word) => word.startsWith(q) || word.split(/[\s()（）/]+/).some((part) => part.startsWith(q)))) score = 2;
    else if (words.some((word) => word.includes(q))) score = 1;
    if (score) scored.push({ site, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.site.names.en.localeCompare(b.site.names.en)).map((entry) => entry.site);
}

/** The user's accounts on the site at this address: by catalogue site, or by a custom site's domain. */
export function accountsForUrl<A extends { siteId?: string; customDomain?: string }>(
  url: string,
  accounts: readonly A[],
  sites: readonly (Claims & { id: string })[],
): A[] {
  if (!/^https?:\/\//i.test(url)) return [];
  const host = hostOf(url);
  if (!host) return [];
  const site = siteForHost(host, sites)?.site;
  return accounts.filter((account) => {
    if (site) return account.siteId === site.id;
    // A custom site is stored by its registrable domain (core/accounts.ts), which covers its subdomains.
    const domain = !account.siteId && account.customDomain ? hostOf(account.customDomain) : undefined;
    return !!domain && hostIsUnder(host, domain);
  });
}
