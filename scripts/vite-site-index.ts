// A Vite plugin behind the catalogue's small modules. Each data/sites/<id>.json and data/generic/<category>.json
// is checked against the full schema here, at build time (data/schema.ts, classic zod, which therefore never
// ships), and split by who needs what:
// - `virtual:site-index`: what matching, ordering and counting need, in no language: a site's names,
//   category, regions, domains and hosts, and for each step its id, kind, minutes, risk and whether it is
//   verified. Every view and the background read it.
// - `virtual:step-text-<lang>`: each step's title in one language, and its page link: loaded once the
//   language is known (data/catalogue.ts), so no page carries the other language's titles.
// - `virtual:step-how-<lang>`: the first line of each step's how-to in one language, by step id, for the
//   cards that name a single step (the popup's ready-made view, core/popup-view.ts).
// The built extension has all three as files, site-index/all.json, step-text/<lang>.json and
// step-how/<lang>.json, read like its messages (lib/i18n.ts): data, which no page parses as code; the dev
// server and unit tests import them as modules.
// - The long how-to, the sources and the rest stay in the site's own file, loaded when a guide opens
//   (data/guides.ts): guides/sites/<id>.json and guides/generic/<category>.json in the built extension. The search aliases are `virtual:site-aliases`, for the add-account search only.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { GenericGuide, Site } from '../data/schema';

const ID = 'virtual:site-index';
const RESOLVED = `\0${ID}`;
/** Search words only the add-account search needs (data/site-search.ts): kept out of the index every view carries. */
const ALIASES_ID = 'virtual:site-aliases';
const ALIASES_RESOLVED = `\0${ALIASES_ID}`;
const TEXT_PREFIX = 'virtual:step-text-';
const HOW_PREFIX = 'virtual:step-how-';
const LANGUAGES = ['en', 'zh_CN'] as const;
const SITE_FIELDS = ['id', 'names', 'category', 'regions', 'domains', 'hosts'] as const;
const STEP_FIELDS = ['id', 'kind', 'minutes', 'risk', 'verified'] as const;

const pick = <K extends string>(value: Record<string, unknown>, fields: readonly K[]) =>
  Object.fromEntries(fields.filter((field) => value[field] !== undefined).map((field) => [field, value[field]]));

type Parser = {
  safeParse: (
    value: unknown,
  ) => { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

/** Parses a catalogue file with its full schema; a file that does not fit stops the build, naming the problem. */
type Checked = Record<string, unknown> & { id: string; category: string; steps: unknown };

function checked(file: string, schema: Parser): Checked {
  const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ');
    throw new Error(`${path.relative(process.cwd(), file)} does not fit the catalogue schema: ${problems}`);
  }
  return result.data as Checked;
}

type Step = Record<string, unknown> & { title: Record<string, string>; url?: string };

const summary = (steps: unknown) => (steps as Step[]).map((step) => pick(step, STEP_FIELDS));

/** Each step's title in one language and its link (null when it has none), in the steps' order. */
const texts = (steps: unknown, lang: string) => (steps as Step[]).map((step) => [step.title[lang], step.url ?? null]);

/** The first line of each step's how-to in one language, by step id. */
const howLines = (steps: unknown, lang: string) =>
  Object.fromEntries(
    (steps as (Step & { id: string; how: Record<string, string> })[]).map((step) => [step.id, step.how[lang]!.split('\n')[0]!.trim()]),
  );

/** JSON.parse of a string: engines read it faster than the same object literal. */
const jsonModule = (exports: Record<string, unknown>) =>
  Object.entries(exports)
    .map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`)
    .join('');

export function siteIndex(root = process.cwd()): Plugin {
  const jsonIn = (dir: string) =>
    readdirSync(path.join(root, dir))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(root, dir, name));
  const sitesChecked = (watch: (file: string) => void) =>
    jsonIn('data/sites').map((file) => {
      watch(file);
      return checked(file, Site as Parser);
    });
  const genericChecked = (watch: (file: string) => void) =>
    jsonIn('data/generic').map((file) => {
      watch(file);
      return checked(file, GenericGuide as Parser);
    });
  const textIds = new Set(LANGUAGES.flatMap((lang) => [TEXT_PREFIX + lang, HOW_PREFIX + lang]));
  const stepTexts = (lang: string, watch: (file: string) => void) => ({
    sites: Object.fromEntries(sitesChecked(watch).map((site) => [site.id, texts(site.steps, lang)])),
    generic: Object.fromEntries(genericChecked(watch).map((guide) => [guide.category, texts(guide.steps, lang)])),
  });
  const stepHows = (lang: string, watch: (file: string) => void) => ({
    sites: Object.fromEntries(sitesChecked(watch).map((site) => [site.id, howLines(site.steps, lang)])),
    generic: Object.fromEntries(genericChecked(watch).map((guide) => [guide.category, howLines(guide.steps, lang)])),
  });
  const siteIndexOf = (watch: (file: string) => void) => ({
    sites: sitesChecked(watch).map((site) => ({ ...pick(site, SITE_FIELDS), steps: summary(site.steps) })),
    generic: genericChecked(watch).map((guide) => ({ category: guide.category, steps: summary(guide.steps) })),
  });
  return {
    name: 'afterleak-site-index',
    resolveId: (id) => (id === ID || id === ALIASES_ID || textIds.has(id) ? `\0${id}` : undefined),
    load(id) {
      const watch = (file: string) => this.addWatchFile(file);
      if (id === ALIASES_RESOLVED) {
        const aliases = Object.fromEntries(sitesChecked(watch).map((site) => [site.id, site.aliases]));
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(aliases))});\n`;
      }
      if (id.startsWith(`\0${TEXT_PREFIX}`)) return jsonModule(stepTexts(id.slice(TEXT_PREFIX.length + 1), watch));
      if (id.startsWith(`\0${HOW_PREFIX}`)) return jsonModule(stepHows(id.slice(HOW_PREFIX.length + 1), watch));
      if (id !== RESOLVED) return undefined;
      return jsonModule(siteIndexOf(watch));
    },
    // The built extension reads each language's step text and how-to lines as files (lib/i18n.ts), like its messages.
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'site-index/all.json', source: JSON.stringify(siteIndexOf(() => undefined)) });
      // Each guide's full file, as it is (checked above), for the guides a view opens (data/guides.ts).
      for (const dir of ['sites', 'generic']) {
        for (const file of jsonIn(`data/${dir}`)) {
          const source = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
          this.emitFile({ type: 'asset', fileName: `guides/${dir}/${path.basename(file)}`, source });
        }
      }
      for (const lang of LANGUAGES) {
        const source = JSON.stringify(stepTexts(lang, () => undefined));
        this.emitFile({ type: 'asset', fileName: `step-text/${lang}.json`, source });
        this.emitFile({ type: 'asset', fileName: `step-how/${lang}.json`, source: JSON.stringify(stepHows(lang, () => undefined)) });
      }
    },
  };
}
