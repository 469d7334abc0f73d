// scripts/first-paint-chunks.ts: which file of the pages' build a module goes into (issue 13). The built result
// is checked in real Chromium by tests/e2e/first-paint.spec.ts; here, the rule on a small module graph.
import path from 'node:path';
import type { ModuleInfo } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { closure, firstPaintChunk, firstPaintChunks, type PageGraph } from '../../../scripts/first-paint-chunks';

const ROOT = '/project';
const entry = (page: string) => path.join(ROOT, 'entrypoints', page, 'index.html');

/** A module graph: each module's static and dynamic imports. */
function graphOf(modules: Record<string, { imports?: string[]; dynamic?: string[] }>) {
  return (id: string) =>
    (modules[id]
      ? { importedIds: modules[id].imports ?? [], dynamicallyImportedIds: modules[id].dynamic ?? [] }
      : null) as ModuleInfo | null;
}

// The popup shows cards the dashboard shows too; the side panel loads storage at once and the guide later;
// Preact is everyone's. Each page also has a module of its own.
const modules = {
  [entry('popup')]: { imports: ['popup-main'] },
  'popup-main': { imports: ['preact', 'card', 'popup-only'], dynamic: ['popup-full'] },
  'popup-full': { imports: ['storage'] },
  [entry('sidepanel')]: { imports: ['panel-main'] },
  'panel-main': { imports: ['preact', 'storage'], dynamic: ['guide'] },
  guide: { imports: ['progress'] },
  [entry('options')]: { imports: ['options-main'] },
  'options-main': { imports: ['preact', 'storage', 'card'], dynamic: ['guide'] },
  [entry('report')]: { imports: ['preact'] },
  card: { imports: ['progress'] },
};

function nameEach(ids: string[]) {
  const [group] = firstPaintChunks(ROOT).groups!;
  const name = group!.name as (id: string, context: { getModuleInfo: ReturnType<typeof graphOf> }) => string | null;
  return Object.fromEntries(ids.map((id) => [id, name(id, { getModuleInfo: graphOf(modules) })]));
}

describe('the files of the pages’ first paints', () => {
  it('follows static imports for what loads with a page, and dynamic ones too for what it may load', () => {
    const info = graphOf(modules);
    expect([...closure(entry('sidepanel'), info, { dynamic: false })].sort()).toEqual(
      [entry('sidepanel'), 'panel-main', 'preact', 'storage'].sort(),
    );
    expect(closure(entry('sidepanel'), info, { dynamic: true })).toContain('progress');
  });

  it('puts what the popup loads with others in one file, the rest of the side panel’s in another, the rest as it is', () => {
    expect(nameEach(['preact', 'card', 'progress', 'storage', 'popup-only', 'popup-main', 'guide', 'popup-full'])).toEqual({
      // Shared, in the popup's first paint: one file, which the side panel loads too.
      preact: 'first-paint',
      card: 'first-paint',
      progress: 'first-paint',
      // Shared, in the side panel's first paint only.
      storage: 'sidepanel-first-paint',
      // One page's own, or loaded later: left to the bundler.
      'popup-only': null,
      'popup-main': null,
      guide: null,
      'popup-full': null,
    });
  });

  it('names no shared file for a module no first paint loads', () => {
    const graph: PageGraph = {
      firstPaint: { popup: new Set(['a']), sidepanel: new Set(['b']) },
      reach: { popup: new Set(['a', 'c']), sidepanel: new Set(['b', 'c']), options: new Set(['a', 'b', 'c']), report: new Set() },
    };
    expect([firstPaintChunk('a', graph), firstPaintChunk('b', graph), firstPaintChunk('c', graph)]).toEqual([
      'first-paint',
      'sidepanel-first-paint',
      null,
    ]);
  });
});
