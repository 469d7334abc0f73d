// The catalogue as the add-account search needs it: the index plus each site's search aliases (product names,
// old names, pinyin), which no other view needs and so are their own module (scripts/vite-site-index.ts).
import ALIASES from 'virtual:site-aliases';
import { sites } from './catalogue';
import type { SiteMeta } from './schema';

type Searchable = SiteMeta & { aliases: string[] };

let made: { from: readonly SiteMeta[]; searchable: readonly Searchable[] } | undefined;

/** Every catalogue site with its search aliases (made once per site index, which loads before any page draws). */
export function searchableSites(): readonly Searchable[] {
  const from = sites();
  if (made?.from !== from) made = { from, searchable: from.map((site) => ({ ...site, aliases: ALIASES[site.id] ?? [] })) };
  return made.searchable;
}
