// The long part of the catalogue: a site's full file (how-to and why of each step, sources, second-factor
// methods, hotline) and the generic guides' how-to. Each file is its own chunk, loaded only for the guides a
// view opens (an account's guide, a leak plan), never with a view's first paint nor by the background.
import { CATALOGUE, siteById as indexEntry } from './catalogue';
import type { GenericGuide, Site } from './schema';

const siteFiles = import.meta.glob<Site>('./sites/*.json', { import: 'default' });
const genericFiles = import.meta.glob<GenericGuide>('./generic/*.json', { import: 'default' });

const sites = new Map<string, Site>();
const generics = new Map<string, GenericGuide>();

/** Every file load so far, by path: how tests check that a view loads only what it shows. */
export const fileLoads: string[] = [];

async function load<T>(files: Record<string, () => Promise<T>>, path: string, into: Map<string, T>, key: string) {
  const loader = files[path];
  if (!loader || into.has(key)) return;
  fileLoads.push(path);
  into.set(key, await loader());
}

type Owner = { siteId?: string; category: string };

/** The file a guide of this account comes from: its site's, else the generic guide of its category. */
function fileOf(account: Owner): { site: string } | { category: string } {
  if (account.siteId && siteFiles[`./sites/${account.siteId}.json`]) return { site: account.siteId };
  return { category: genericFiles[`./generic/${account.category}.json`] ? account.category : 'other' };
}

/** True when the full guides of these accounts are loaded. */
export const guidesLoaded = (accounts: readonly Owner[]) =>
  accounts.every((account) => {
    const file = fileOf(account);
    return 'site' in file ? sites.has(file.site) : generics.has(file.category);
  });

/** Loads the full guides of these accounts (each file once, whatever the number of accounts on it). */
export async function loadGuides(accounts: readonly Owner[]): Promise<void> {
  const wanted = new Map(
    accounts.map((account) => {
      const file = fileOf(account);
      return ['site' in file ? `site:${file.site}` : `generic:${file.category}`, file] as const;
    }),
  );
  await Promise.all(
    [...wanted.values()].map((file) =>
      'site' in file
        ? load(siteFiles, `./sites/${file.site}.json`, sites, file.site)
        : load(genericFiles, `./generic/${file.category}.json`, generics, file.category),
    ),
  );
}

/** A catalogue site's full file, once loaded (loadGuides). */
export const fullSite = (id: string | undefined): Site | undefined => (id ? sites.get(id) : undefined);

/** The catalogue with the how-to of every guide loaded so far, and the step index for the rest. */
export const FULL_CATALOGUE = {
  siteById: (id: string | undefined) => fullSite(id) ?? indexEntry(id),
  get generic() {
    return CATALOGUE.generic.map((entry) => generics.get(entry.category) ?? entry);
  },
};
