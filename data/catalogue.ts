// The built-in site catalogue: every data/sites/<id>.json, bundled at build time (no network, no fetch).
import type { GenericGuide, Site } from './schema';

const siteModules = import.meta.glob<Site>('./sites/*.json', { eager: true, import: 'default' });
const genericModules = import.meta.glob<GenericGuide>('./generic/*.json', { eager: true, import: 'default' });

export const SITES: readonly Site[] = Object.values(siteModules);
export const GENERIC_GUIDES: readonly GenericGuide[] = Object.values(genericModules);

const byId = new Map(SITES.map((site) => [site.id, site]));
export const siteById = (id: string | undefined): Site | undefined => (id ? byId.get(id) : undefined);

/** What core/guide.ts needs to build any account's guide. */
export const CATALOGUE = { siteById, generic: GENERIC_GUIDES };
