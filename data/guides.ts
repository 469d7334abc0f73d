// The long part of the catalogue: a site's full file (how-to and why of each step, sources, second-factor
// methods, hotline) and the generic guides' how-to. Each is loaded only for the guides a view opens (an
// account's guide, a leak plan), never with a view's first paint nor by the background. The built extension
// has them as data files, guides/sites/<id>.json and guides/generic/<category>.json (scripts/vite-site-index.ts),
// which lib/guides.ts reads; the dev server and unit tests take the same files as modules (readGuideModule).
import { CATALOGUE, siteById as indexEntry } from './catalogue';
import type { GenericGuide, Site } from './schema';

/** One guide file: a catalogue site's, or a category's generic guide. */
export type GuideFile = { kind: 'sites'; id: string } | { kind: 'generic'; id: string };
export type GuideReader = (file: GuideFile) => Promise<Site | GenericGuide>;

const pathOf = (file: GuideFile) => `./${file.kind}/${file.id}.json`;

// Modules for the dev server and unit tests only: the build drops them (DEV is false there), so that no guide
// ships as code.
const modules: Record<string, () => Promise<Site | GenericGuide>> = import.meta.env.DEV
  ? {
      ...import.meta.glob<Site>('./sites/*.json', { import: 'default' }),
      ...import.meta.glob<GenericGuide>('./generic/*.json', { import: 'default' }),
    }
  : {};

/** Reads a guide file as a module (dev server, unit tests). */
export const readGuideModule: GuideReader = (file) => {
  const load = modules[pathOf(file)];
  return load ? load() : Promise.reject(new Error(`No guide file ${pathOf(file)}`));
};

const sites = new Map<string, Site>();
const generics = new Map<string, GenericGuide>();

/** Every file load so far, by path: how tests check that a view loads only what it shows. */
export const fileLoads: string[] = [];

type Owner = { siteId?: string; category: string };

/** The file a guide of this account comes from: its site's, else the generic guide of its category. */
function fileOf(account: Owner): GuideFile {
  if (indexEntry(account.siteId)) return { kind: 'sites', id: account.siteId! };
  const generic = CATALOGUE.generic.some((entry) => entry.category === account.category);
  return { kind: 'generic', id: generic ? account.category : 'other' };
}

const loaded = (file: GuideFile) => (file.kind === 'sites' ? sites.has(file.id) : generics.has(file.id));

/** True when the full guides of these accounts are loaded. */
export const guidesLoaded = (accounts: readonly Owner[]) => accounts.every((account) => loaded(fileOf(account)));

/** Loads the full guides of these accounts with `read` (each file once, whatever the number of accounts on it). */
export async function loadGuides(accounts: readonly Owner[], read: GuideReader = readGuideModule): Promise<void> {
  const wanted = new Map(accounts.map((account) => fileOf(account)).map((file) => [pathOf(file), file] as const));
  await Promise.all(
    [...wanted.values()]
      .filter((file) => !loaded(file))
      .map(async (file) => {
        fileLoads.push(pathOf(file));
        const content = await read(file);
        if (file.kind === 'sites') sites.set(file.id, content as Site);
        else generics.set(file.id, content as GenericGuide);
      }),
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
