// The domain the popup names for the site in the tab. A catalogue site's is known at once (the claim that
// matched, core/sites.ts); an unknown site's registrable domain needs the Public Suffix List, which loads
// after the first paint (core/domains.ts, about 100 kB gzip), so an unknown site's card appears a moment later.
import { useEffect, useState } from 'preact/hooks';
import { hostOf, siteForHost } from '@/core/sites';
import type { SiteSummary } from '@/data/schema';

export const loadRegistrableDomain = () => import('@/core/domains').then((module) => module.registrableDomain);

export function useSiteDomain(url: string | undefined, sites: readonly SiteSummary[]): string | undefined {
  const host = url ? hostOf(url) : undefined;
  const claim = host ? siteForHost(host, sites)?.claim : undefined;
  const [found, setFound] = useState<{ host: string; domain: string | undefined }>();
  useEffect(() => {
    if (!host || claim) return;
    let live = true;
    void loadRegistrableDomain().then((registrable) => live && setFound({ host, domain: registrable(host) }));
    return () => {
      live = false;
    };
  }, [host, claim]);
  if (claim) return claim;
  return found && found.host === host ? found.domain : undefined;
}
