// A Vite plugin behind `virtual:site-index`: the part of the catalogue every view and the background carry.
// Each data/sites/<id>.json and data/generic/<category>.json is checked against the full schema here, at
// build time (data/schema.ts, classic zod, which therefore never ships), and only what matching, lists, counts
// and reminders need goes in: a site's names, category, regions, domains and hosts, and for
// each step its id, kind, title, link, minutes, risk and whether it is verified. The long how-to, the sources
// and the rest stay in the site's own file, loaded when a guide opens (data/guides.ts). The search aliases are
// `virtual:site-aliases`, for the add-account search only.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { GenericGuide, Site } from '../data/schema';

const ID = 'virtual:site-index';
const RESOLVED = `\0${ID}`;
/** Search words only the add-account search needs (data/site-search.ts): kept out of the index every view carries. */
const ALIASES_ID = 'virtual:site-aliases';
const ALIASES_RESOLVED = `\0${ALIASES_ID}`;
const SITE_FIELDS = ['id', 'names', 'category', 'regions', 'domains', 'hosts'] as const;
const STEP_FIELDS = ['id', 'kind', 'title', 'url', 'minutes', 'risk', 'verified'] as const;

const pick = <K extends string>(value: Record<string, unknown>, fields: readonly K[]) =>
  Object.fromEntries(fields.filter((field) => value[field] !== undefined).map((field) => [field, value[field]]));

type Parser = {
  safeParse: (
    value: unknown,
  ) => { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

/** Parses a catalogue file with its full schema; a file that does not fit stops the build, naming the problem. */
function checked(file: string, schema: Parser): Record<string, unknown> {
  const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ');
    throw new Error(`${path.relative(process.cwd(), file)} does not fit the catalogue schema: ${problems}`);
  }
  return result.data as Record<string, unknown>;
}

const summary = (steps: unknown) => (steps as Record<string, unknown>[]).map((step) => pick(step, STEP_FIELDS));

export function siteIndex(root = process.cwd()): Plugin {
  const jsonIn = (dir: string) =>
    readdirSync(path.join(root, dir))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(root, dir, name));
  return {
    name: 'afterleak-site-index',
    resolveId: (id) => (id === ID ? RESOLVED : id === ALIASES_ID ? ALIASES_RESOLVED : undefined),
    load(id) {
      if (id === ALIASES_RESOLVED) {
        const aliases = Object.fromEntries(
          jsonIn('data/sites').map((file) => {
            this.addWatchFile(file);
            const site = checked(file, Site as Parser);
            return [site.id, site.aliases];
          }),
        );
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(aliases))});\n`;
      }
      if (id !== RESOLVED) return undefined;
      const sites = jsonIn('data/sites').map((file) => {
        this.addWatchFile(file);
        const site = checked(file, Site as Parser);
        return { ...pick(site, SITE_FIELDS), steps: summary(site.steps) };
      });
      const generic = jsonIn('data/generic').map((file) => {
        this.addWatchFile(file);
        const guide = checked(file, GenericGuide as Parser);
        return { category: guide.category, steps: summary(guide.steps) };
      });
      // JSON.parse of a string: engines read it faster than the same object literal.
      return (
        `export const sites = JSON.parse(${JSON.stringify(JSON.stringify(sites))});\n` +
        `export const generic = JSON.parse(${JSON.stringify(JSON.stringify(generic))});\n`
      );
    },
  };
}
