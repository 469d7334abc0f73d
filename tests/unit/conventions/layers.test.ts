// The layers, one way: entrypoints -> components -> lib -> core -> data (docs: architecture.md). This test is
// the rule in executable form (issue 17), after refined-github's build/features.test.ts: it reads every
// source file's imports and code, and names each file that crosses a line.
import { describe, expect, it } from 'vitest';
import { importsOf, readSource, resolveImport, sourceFiles } from './source';

const layerOf = (target: string) => target.split('/')[0]!;

/** Modules that are the browser's extension APIs (or wrap them). */
const BROWSER_MODULES = new Set(['wxt/browser', '#imports', 'webextension-polyfill', '@wxt-dev/storage', '@wxt-dev/webextension-polyfill']);
/** The extension APIs and browser storage, used in code. */
const BROWSER_CALL = /\b(browser|chrome)\s*\.\s*[a-z]|\blocalStorage\b|\bsessionStorage\b|\bindexedDB\b|\bfetch\s*\(/;
/** The page and window, which pure code has no business with either. */
const DOM_CALL = /\b(window|document|navigator|location)\s*\.\s*[a-zA-Z]/;

/** Names a component calls to change stored data (lib's write commands). */
const WRITE_NAME = /^(save|update|remove|delete|put|set|apply|restore|write|add|clear|discard|snooze|run|mark)[A-Z]/;
const WRITE_MODULES = new Set([
  'lib/storage',
  'lib/storage-writes',
  'lib/actions',
  'lib/leak-actions',
  'lib/snooze',
  'lib/sync',
  'lib/backup',
]);

/**
 * The page-level containers that may write through lib/: each owns a page or a section of one, and passes
 * data and callbacks down to components that only display. A new writer belongs in one of these; adding a
 * file here is a decision, made in review.
 */
const WRITERS = new Set([
  'components/accounts/AccountDetail.tsx', // the account page: edit, remove
  'components/accounts/AccountsPage.tsx', // the accounts page: add
  'components/backup/BackupPage.tsx', // the backup page: import, the sync switch
  'components/guide/AccountGuide.tsx', // an account's guide (dashboard and side panel): step status and notes
  'components/guided/PlanGuided.tsx', // a leak's plan one step at a time (its own page): task status, mark dealt with
  'components/leak/EvidenceLog.tsx', // the evidence section: add, edit, remove
  'components/leak/IncidentActions.tsx', // a leak's page: close, reopen, delete
  'components/leak/IncidentForm.tsx', // the new-leak and edit-leak page
  'components/leak/IncidentTextField.tsx', // a leak page's own section (losses, notes), saved with its own button
  'components/leak/PlanView.tsx', // a leak's plan: task status and notes
  'components/settings/ReminderSettings.tsx', // the settings page
]);

/** Known crossings, each with the issue that removes it. */
const ALLOWED: Record<string, string> = {
  // TODO(2026-12-01, issue 13): data/schema.ts takes CATEGORIES from core/model; issue 13 moves the catalogue's
  // vocabulary down into data/ so that core imports data and never the other way round.
  'data/schema.ts -> core/model': 'issue 13',
};

/** The named bindings of `import { a, b as c } from 'x'` statements, by module. */
function namedImports(text: string): { names: string[]; from: string }[] {
  return [...text.matchAll(/\bimport\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)].map((match) => ({
    names: match[1]!
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part && !part.startsWith('type '))
      .map((part) => part.split(/\s+as\s+/)[0]!.trim()),
    from: match[2]!,
  }));
}

interface Finding {
  file: string;
  problem: string;
}

function crossings(file: string, text: string): Finding[] {
  const layer = layerOf(file);
  const found: Finding[] = [];
  const crossing = (problem: string) => found.push({ file, problem });
  const targets = importsOf(text).map((specifier) => ({ specifier, target: resolveImport(file, specifier) }));
  const lines = text.split('\n');
  const linesMatching = (pattern: RegExp) => lines.flatMap((line, index) => (pattern.test(line) ? [index + 1] : []));

  if (layer === 'core' || layer === 'data') {
    const above = layer === 'core' ? ['lib', 'components', 'entrypoints'] : ['core', 'lib', 'components', 'entrypoints'];
    for (const { target } of targets) {
      if (!above.includes(layerOf(target))) continue;
      const edge = `${file} -> ${target}`;
      if (!ALLOWED[edge]) crossing(`imports ${target}`);
    }
  }
  if (layer === 'core' || layer === 'data' || layer === 'components') {
    for (const { specifier } of targets) if (BROWSER_MODULES.has(specifier)) crossing(`imports ${specifier}`);
    for (const line of linesMatching(BROWSER_CALL)) crossing(`calls a browser API on line ${line}`);
  }
  if (layer === 'core' || layer === 'data') {
    for (const line of linesMatching(DOM_CALL)) crossing(`uses the page or window on line ${line}`);
  }
  if (layer === 'lib') {
    for (const { target } of targets) if (['components', 'entrypoints'].includes(layerOf(target))) crossing(`imports ${target}`);
  }
  if (layer === 'components' && !WRITERS.has(file)) {
    for (const { names, from } of namedImports(text)) {
      const target = resolveImport(file, from);
      if (!WRITE_MODULES.has(target)) continue;
      for (const name of names.filter((n) => WRITE_NAME.test(n))) crossing(`writes to storage (${name} from ${target})`);
    }
  }
  return found;
}

const ROOTS = ['core', 'data', 'lib', 'components', 'entrypoints'];
const files = ROOTS.flatMap(sourceFiles);
const show = (found: Finding[]) => found.map(({ file, problem }) => `${file}: ${problem}`);

describe('the layers: entrypoints -> components -> lib -> core -> data', () => {
  it('scans every layer', () => {
    for (const root of ROOTS) expect(files.filter((file) => file.startsWith(`${root}/`)).length).toBeGreaterThan(1);
  });

  it.each([
    ['core/x.ts', "import { browser } from 'wxt/browser';", 'imports wxt/browser'],
    ['core/x.ts', "import { loadState } from '@/lib/storage';", 'imports lib/storage'],
    ['core/plan/x.ts', "import { t } from '../../lib/i18n';", 'imports lib/i18n'],
    ['core/x.ts', "import { Toast } from '@/components/Toast';", 'imports components/Toast'],
    ['core/x.ts', "const page = await import('@/entrypoints/popup/App');", 'imports entrypoints/popup/App'],
    ['core/x.ts', 'const now = chrome.alarms.create(x);', 'calls a browser API on line 1'],
    ['core/x.ts', 'document.title = x;', 'uses the page or window on line 1'],
    ['data/x.ts', "import { CATEGORIES } from '@/core/other';", 'imports core/other'],
    ['lib/x.ts', "import { Toast } from '@/components/Toast';", 'imports components/Toast'],
    ['components/x/Y.tsx', "import { storage } from '@wxt-dev/storage';", 'imports @wxt-dev/storage'],
    ['components/x/Y.tsx', 'void browser.tabs.create({ url });', 'calls a browser API on line 1'],
    [
      'components/x/Y.tsx',
      "import {\n  saveAccount,\n  type Loaded,\n} from '@/lib/storage';",
      'writes to storage (saveAccount from lib/storage)',
    ],
    [
      'components/x/Y.tsx',
      "import { deleteEvidence as drop } from '../../lib/leak-actions';",
      'writes to storage (deleteEvidence from lib/leak-actions)',
    ],
  ])('finds a crossing: %s with %j', (file, code, problem) => {
    expect(show(crossings(file, code))).toEqual([`${file}: ${problem}`]);
  });

  it('lets the layers use what is below them, and containers write', () => {
    const fine: [string, string][] = [
      ['core/x.ts', "import type { Site } from '@/data/schema';"],
      ['lib/x.ts', "import { browser } from 'wxt/browser'; import { keys } from '@/core/keys';"],
      ['components/x/Y.tsx', "import { t } from '@/lib/i18n'; import { readSyncStatus } from '@/lib/sync'; location.hash = x;"],
      ['components/accounts/AccountsPage.tsx', "import { addAccounts } from '@/lib/actions';"],
      ['entrypoints/popup/App.tsx', "import { setPanelAccount } from '@/lib/storage'; void browser.tabs.create({});"],
    ];
    expect(fine.flatMap(([file, code]) => show(crossings(file, code)))).toEqual([]);
  });

  it('every allowlisted writer and known crossing still exists (a stale entry is removed)', () => {
    for (const writer of WRITERS) expect(files).toContain(writer);
    for (const edge of Object.keys(ALLOWED)) {
      const [from, to] = edge.split(' -> ') as [string, string];
      expect(importsOf(readSource(from)).map((specifier) => resolveImport(from, specifier))).toContain(to);
    }
  });

  it.each(ROOTS)('%s/ keeps to its layer', (root) => {
    const found = files.filter((file) => file.startsWith(`${root}/`)).flatMap((file) => crossings(file, readSource(file)));
    expect(show(found)).toEqual([]);
  });
});
