// Issue 13: how the pages' code is cut into files. Left to itself the bundler makes one file of each set of
// modules that the same pages share, so the popup's first paint loaded six small files, and each is one more
// trip through the browser's extension loader before the page's script may run: in `npm run bench` the popup
// settled about 6 ms sooner (of about 60) with three files than with six.
// Here a module that a first paint loads and that another page uses too goes into one file per first paint:
// - `first-paint`: the popup's (Preact, zod/mini, the polyfill, lib/i18n, the cards ...), which the side panel
//   loads as well;
// - `sidepanel-first-paint`: the rest of the side panel's (the storage layer, the account picker ...).
// What only one page uses stays in that page's own file. Modules no first paint needs are cut as the bundler
// chooses (what a dynamic import loads is a separate file, loaded when asked for). The background is built
// apart and is not concerned.
import path from 'node:path';
import type { CodeSplittingOptions, ModuleInfo } from 'rolldown';

type ModuleInfoOf = (id: string) => ModuleInfo | null;

/** The pages built together, by their entry's folder; the first two have a first paint to keep light. */
const PAGES = ['popup', 'sidepanel', 'options', 'report'] as const;
type Page = (typeof PAGES)[number];

/** Every module reached from `entry`, itself included, following `imports` (what one module imports). */
export function reachable(entry: string, imports: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...imports(id));
  }
  return seen;
}

/** Every module reached from `entry`: through static imports only (what loads with it), or dynamic ones too. */
export const closure = (entry: string, moduleInfo: ModuleInfoOf, { dynamic }: { dynamic: boolean }) =>
  reachable(entry, (id) => {
    const info = moduleInfo(id);
    return [...(info?.importedIds ?? []), ...(dynamic ? (info?.dynamicallyImportedIds ?? []) : [])];
  });

export interface PageGraph {
  /** What the popup's and the side panel's first paints load. */
  firstPaint: Record<'popup' | 'sidepanel', Set<string>>;
  /** Everything each page may ever load. */
  reach: Record<Page, Set<string>>;
}

/** The file a module goes into; null leaves it to the bundler (a page's own file, or loaded later). */
export function firstPaintChunk(id: string, graph: PageGraph): string | null {
  const pagesUsing = PAGES.filter((page) => graph.reach[page].has(id));
  if (pagesUsing.length < 2) return null;
  if (graph.firstPaint.popup.has(id)) return 'first-paint';
  if (graph.firstPaint.sidepanel.has(id)) return 'sidepanel-first-paint';
  return null;
}

function readGraph(root: string, moduleInfo: ModuleInfoOf): PageGraph {
  const entry = (page: Page) => path.join(root, 'entrypoints', page, 'index.html');
  const reach = Object.fromEntries(PAGES.map((page) => [page, closure(entry(page), moduleInfo, { dynamic: true })]));
  return {
    firstPaint: {
      popup: closure(entry('popup'), moduleInfo, { dynamic: false }),
      sidepanel: closure(entry('sidepanel'), moduleInfo, { dynamic: false }),
    },
    reach: reach as PageGraph['reach'],
  };
}

/** The bundler's code-splitting option for the build of the pages (`root`: the project's folder). */
export function firstPaintChunks(root: string): CodeSplittingOptions {
  let graph: PageGraph | undefined;
  return {
    groups: [
      {
        name(id, context) {
          // The module graph is complete when chunking starts: read once, on the first call.
          graph ??= readGraph(root, (one) => context.getModuleInfo(one));
          return firstPaintChunk(id, graph);
        },
      },
    ],
  };
}
