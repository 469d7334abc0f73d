// The catalogue every view and the background carry: the site index (scripts/vite-site-index.ts), enough to
// recognise and search sites and to list, count and order every account's steps by title, link, minutes and
// risk. The how-to and the rest of a site's file load when a guide opens (data/guides.ts). Nothing here
// touches the network.
import { generic, sites } from 'virtual:site-index';
import type { GenericEntry, SiteEntry } from './schema';

export const SITES: readonly SiteEntry[] = sites;
export const GENERIC_STEPS: readonly GenericEntry[] = generic;

const byId = new Map(SITES.map((site) => [site.id, site]));

/** A catalogue site's index entry (names, domains, step summaries). */
export const siteById = (id: string | undefined): SiteEntry | undefined => (id ? byId.get(id) : undefined);

/** What core/guide.ts needs to list any account's steps. */
export const CATALOGUE = { siteById, generic: GENERIC_STEPS };
