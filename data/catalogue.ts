// The built-in site catalogue. Every view and the background always have the index (names, domains: enough
// to search and to recognise a site); a site's full file, with its guide, is its own chunk, loaded for the
// user's accounts before a view first renders (lib/app-state.tsx) and before the background reads its guides.
// Nothing here touches the network: the chunks are the extension's own files.
import SITE_INDEX from 'virtual:site-index';
import type { GenericGuide, Site, SiteSummary } from './schema';

const siteFiles = import.meta.glob<Site>('./sites/*.json', { import: 'default' });
const genericModules = import.meta.glob<GenericGuide>('./generic/*.json', { eager: true, import: 'default' });

export const SITES: readonly SiteSummary[] = SITE_INDEX;
export const GENERIC_GUIDES: readonly GenericGuide[] = Object.values(genericModules);

const loaded = new Map<string, Site>();

/** Loads the full files of these catalogue sites (ids that are not in the catalogue are ignored). */
export async function loadSites(ids: Iterable<string | undefined>): Promise<void> {
  const wanted = [...new Set(ids)].filter((id): id is string => !!id && !loaded.has(id));
  await Promise.all(
    wanted.map(async (id) => {
      const load = siteFiles[`./sites/${id}.json`];
      if (load) loaded.set(id, await load());
    }),
  );
}

/** Loads the sites of the user's accounts, and passes the state on. */
export async function withSites<T extends { state: { accounts: readonly { siteId?: string }[] } }>(loadedState: T): Promise<T> {
  await loadSites(loadedState.state.accounts.map((account) => account.siteId));
  return loadedState;
}

/** A catalogue site's full file, if it was loaded (it is, for every account the user has). */
export const siteById = (id: string | undefined): Site | undefined => (id ? loaded.get(id) : undefined);

/** What core/guide.ts needs to build any account's guide. */
export const CATALOGUE = { siteById, generic: GENERIC_GUIDES };
