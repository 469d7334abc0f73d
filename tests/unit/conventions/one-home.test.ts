// Each concept has one home that the rest imports (issue 17). A second definition is how two rules drift
// apart: three secret warnings with three rules, "a day" written four ways, a route spelled in the popup
// that the dashboard no longer serves. Each check names the home and the shape it finds elsewhere.
import { describe, expect, it } from 'vitest';
import { readSource, sourceFiles } from './source';

const ROOTS = ['core', 'lib', 'components', 'entrypoints', 'data'];
const files = ROOTS.flatMap(sourceFiles);

interface Home {
  concept: string;
  home: string;
  /** Where to look (default: all of the product's code). */
  roots?: string[];
  /** What a second definition looks like, in code without comments. */
  shape: RegExp;
  /** Lines it must find, so that the check can fail. */
  samples: string[];
}

const HOMES: Home[] = [
  {
    concept: 'the text field that watches for secrets',
    home: 'components/NoteField.tsx',
    // The rules themselves (core/secrets.ts) are core's; the warning is the field's alone.
    roots: ['components', 'entrypoints', 'lib'],
    shape: /\blooksLikeSecret\b|notes\.looksSecret|notes\.notSecret/,
    samples: ["import { looksLikeSecret } from '@/core/secrets';", '<p role="alert">{t(\'notes.looksSecret\')}</p>'],
  },
  {
    concept: 'lengths of time',
    home: 'core/time.ts',
    shape: /\b(86_?400_?000|3_?600_?000|60_?000)\b|\bconst (SECOND|MINUTE|HOUR|DAY|WEEK)S? =|60 \* 60 \* 1000/,
    samples: ['const DAY = 86_400_000;', 'const SLACK = 10 * 60_000;', 'export const HOUR = 3_600_000;'],
  },
  {
    concept: 'the dashboard’s routes',
    home: 'core/routes.ts',
    shape: /['"`]#\/|options\.html/,
    samples: ['<a href="#/accounts">', 'location.hash = `#/leak/${id}`;', "browser.runtime.getURL('/options.html')"],
  },
  {
    concept: 'language tags and list joining',
    home: 'core/language.ts',
    shape: /['"`](zh-CN|en-GB|en-US)['"`]|['"`]、['"`]|new Intl\.ListFormat/,
    samples: ["lang === 'zh_CN' ? 'zh-CN' : 'en'", "items.join(lang === 'zh_CN' ? '、' : ', ')", 'new Intl.ListFormat(locale)'],
  },
];

const findings = (text: string, shape: RegExp) => text.split('\n').flatMap((line, index) => (shape.test(line) ? [index + 1] : []));

describe('one home per concept', () => {
  it('scans a real number of files', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it.each(HOMES)('$concept: the check finds a second definition', ({ shape, samples }) => {
    expect(samples.filter((sample) => findings(sample, shape).length === 0)).toEqual([]);
  });

  it.each(HOMES)('$concept: defined only in $home', ({ home, roots, shape }) => {
    expect(files).toContain(home);
    const found = (roots ? roots.flatMap(sourceFiles) : files)
      .filter((file) => file !== home)
      .flatMap((file) => findings(readSource(file), shape).map((line) => `${file}:${line}`));
    expect(found).toEqual([]);
  });
});
