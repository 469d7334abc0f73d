// A Vite plugin behind `virtual:site-index`: the few fields of every data/sites/<id>.json that matching and
// search need (id, names, aliases, category, regions, domains), so that the popup and the background do not
// carry every site's guide. The full file of a site is loaded on demand (data/catalogue.ts).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:site-index';
const RESOLVED = `\0${ID}`;
const FIELDS = ['id', 'names', 'aliases', 'category', 'regions', 'domains', 'hosts'] as const;

export function siteIndex(root = process.cwd()): Plugin {
  const dir = path.join(root, 'data/sites');
  return {
    name: 'afterleak-site-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
      const index = files.map((name) => {
        const file = path.join(dir, name);
        this.addWatchFile(file);
        const site = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        return Object.fromEntries(FIELDS.map((field) => [field, site[field]]));
      });
      return `export default ${JSON.stringify(index)};`;
    },
  };
}
