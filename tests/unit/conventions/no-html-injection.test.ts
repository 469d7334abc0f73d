// User text is rendered as text. No source file may hand a string to the HTML parser: not even with
// "constant" content, because a constant today is a template with user text tomorrow.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { filesUnder, linesMatching } from './source';

const ROOTS = ['components', 'entrypoints', 'lib', 'core'];
const SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|srcdoc|createContextualFragment)\b|\bdocument\s*\.\s*write(ln)?\s*\(/;

/** Scripts and pages of every kind, declaration files included: comments too are read, as they are. */
const sourceFiles = (dir: string) => filesUnder(dir, /\.(ts|tsx|js|jsx|mjs|html)$/);
const findSinks = (text: string) => linesMatching(text, SINKS);

describe('no HTML injection sinks in the source', () => {
  it('finds each sink the scan looks for (the scan itself works)', () => {
    const samples = [
      'el.innerHTML = x',
      'el.outerHTML = x',
      "el.insertAdjacentHTML('beforeend', x)",
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'document.write(x)',
      'document.writeln(x)',
      'frame.srcdoc = x',
      'range.createContextualFragment(x)',
    ];
    expect(samples.filter((sample) => findSinks(sample).length === 0)).toEqual([]);
    expect(findSinks('el.textContent = x; const written = document.title;')).toEqual([]);
  });

  it('scans a real number of files', () => {
    expect(ROOTS.flatMap(sourceFiles).length).toBeGreaterThan(40);
  });

  it.each(ROOTS)('%s/ uses none', (root) => {
    const found = sourceFiles(root).flatMap((file) => findSinks(readFileSync(file, 'utf8')).map((line) => `${file}:${line}`));
    expect(found).toEqual([]);
  });
});
