// The catalogue as the add-account search needs it: the index plus each site's search aliases (product names,
// old names, pinyin), which no other view needs and so are their own module (scripts/vite-site-index.ts).
import ALIASES from 'virtual:site-aliases';
import { SITES } from './catalogue';
import type { SiteMeta } from './schema';

export const SEARCHABLE_SITES: readonly (SiteMeta & { aliases: string[] })[] = SITES.map((site) => ({
  ...site,
  aliases: ALIASES[site.id] ?? [],
}));
