// The registrable domain of any address, by the Public Suffix List (tldts). The list is large (about 100 kB
// gzip), so only code that must name an unknown site's domain imports this module: adding or checking a custom
// site, and the popup once it shows an unknown site (loaded after the first paint, see lib/domains.ts).
// Recognising catalogue sites needs none of it (core/sites.ts).
import { getDomain, parse } from 'tldts';

/** "https://mail.google.com/x" or "mail.google.com" -> "google.com"; undefined when it is not a web domain. */
export function registrableDomain(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`;
  const parsed = parse(withScheme);
  if (!parsed.hostname || parsed.isIp || !parsed.isIcann || !parsed.domain) return undefined;
  return getDomain(withScheme) ?? undefined;
}
