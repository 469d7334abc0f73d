// Issue 13: what a page parses before its first paint, and the background on every wake, is what its entry
// imports statically (a dynamic import() loads later, when asked for). This test follows those imports from
// each entry and names the modules that must not be among them: per-site guide files and the public-suffix
// list in the background; the plan builder, the region files, the calendar export and the recovery map in the
// side panel and on the options page's first open. It reads the source, so it fails the moment someone
// imports one of them eagerly again; `npm run bench` measures the bytes.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachable } from '../../../scripts/first-paint-chunks';
import { readSource } from './source';

/** The file a relative or `@/` specifier names, or undefined for a package or a virtual module. */
function resolveFile(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** Specifiers a module loads with itself: static imports and re-exports of values, and side-effect imports. */
export function staticImports(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\b(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g)) {
    const [, typeOnly, clause = '', specifier = ''] = match;
    if (typeOnly) continue;
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
    const parts = names
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts?.length && parts.every((part) => part.startsWith('type '))) continue;
    found.push(specifier);
  }
  for (const match of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  return found;
}

/** Every source file an entry loads before it runs, itself included (a stylesheet imports nothing here). */
const loadedWith = (entry: string): Set<string> =>
  reachable(entry, (file) =>
    /\.tsx?$/.test(file) ? staticImports(readSource(file)).flatMap((specifier) => resolveFile(file, specifier) ?? []) : [],
  );

const among = (files: Set<string>, patterns: RegExp[]) =>
  [...files].filter((file) => patterns.some((pattern) => pattern.test(file))).sort();

describe('what loads before the first paint (issue 13)', () => {
  it('reads static imports, not type-only or dynamic ones', () => {
    const code = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C, type D } from './c';",
      "export { e } from './e';",
      "import './f';",
      "const g = () => import('./g');",
    ].join('\n');
    expect(staticImports(code)).toEqual(['./a', './e', './f']);
  });

  it('the background: no per-site guide file, no how-to loader, no public-suffix list, no calendar export', () => {
    const files = loadedWith('entrypoints/background/index.ts');
    expect(files.has('lib/storage.ts')).toBe(true);
    expect(
      among(files, [
        /^data\/sites\//,
        /^data\/guides\.ts$/,
        /^data\/site-search\.ts$/,
        /^core\/domains\.ts$/,
        /^core\/reminders\/ics\.ts$/,
      ]),
    ).toEqual([]);
  });

  it('the side panel: no plan builder, region files, priority, calendar export, guide, toast, writers or tab code', () => {
    const files = loadedWith('entrypoints/sidepanel/main.tsx');
    expect(files.has('entrypoints/sidepanel/App.tsx')).toBe(true);
    expect(
      among(files, [
        /^lib\/storage-writes\.ts$/,
        /^lib\/tabs\.ts$/,
        /^core\/sites\.ts$/,
        /^core\/guide\.ts$/,
        /^components\/Storage(FullNotice|Unreadable)\.tsx$/,
        /^core\/plan\/index\.ts$/,
        /^core\/regions\//,
        /^core\/priority\.ts$/,
        /^core\/reminders\//,
        /^core\/secrets\.ts$/,
        /^components\/guide\/AccountGuide\.tsx$/,
        /^components\/Toast\.tsx$/,
      ]),
    ).toEqual([]);
  });

  it.each([
    ['popup', 'entrypoints/popup/popup.css'],
    ['sidepanel', 'entrypoints/sidepanel/sidepanel.css'],
    ['options', 'entrypoints/options/options.css'],
    ['report', 'entrypoints/report/page.css'],
  ])('the %s page loads the shared styles through its own stylesheet, in cascade order', (page, sheet) => {
    // Each page's own sheet @imports theme.css and the rest, inlined at build time in that order. Imported as
    // modules by shared code, a stylesheet would travel in a shared file (scripts/first-paint-chunks.ts) into
    // every page that loads the file later, and land in the page in the bundler's order (".card" after
    // ".next-card" lost the card's accent border on the dashboard).
    const styles = [...loadedWith(`entrypoints/${page}/main.tsx`)].filter((file) => file.endsWith('.css'));
    expect(styles[0]).toBe(sheet);
    expect(styles.filter((file) => /^components\/(theme|pages|forms|layout)\.css$/.test(file))).toEqual([]);
    expect(readSource(sheet).trim()).toMatch(/^@import '\.\.\/\.\.\/components\/theme\.css';/);
  });

  it('the popup and the side panel: their first paints load no migrations, no plan loader and no other styles', () => {
    const popup = loadedWith('entrypoints/popup/main.tsx');
    const panel = loadedWith('entrypoints/sidepanel/main.tsx');
    expect([...popup].filter((file) => file.endsWith('.css'))).toEqual(['entrypoints/popup/popup.css']);
    expect([...panel].filter((file) => file.endsWith('.css'))).toEqual(['entrypoints/sidepanel/sidepanel.css']);
    // Data already at this version is read without the migrations; the plan's loader loads while a leak is open.
    expect(among(new Set([...popup, ...panel]), [/^core\/migrations\/(index|\d{3}-.*)\.ts$/, /^lib\/plan-(loader|code)\.ts$/])).toEqual([]);
  });

  it('the options page: no plan builder, region files, calendar export, recovery map or other sections', () => {
    const files = loadedWith('entrypoints/options/main.tsx');
    expect(files.has('components/overview/Overview.tsx')).toBe(true);
    expect(
      among(files, [
        /^core\/plan\/index\.ts$/,
        /^core\/regions\//,
        /^core\/reminders\/ics\.ts$/,
        /^core\/recovery\/map\.ts$/,
        /^components\/recovery\//,
        /^components\/(accounts|settings|backup|leak|scams|welcome|emergency)\//,
        /^lib\/leak-actions\.ts$/,
      ]),
    ).toEqual([]);
  });
});
