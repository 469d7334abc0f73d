// Reading the product's own source for the conventions tests: files, their imports, without comments.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under a folder whose name `names` matches, as repository-relative paths with forward slashes. */
export function filesUnder(dir: string, names: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.posix.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, names);
    return names.test(name) ? [full] : [];
  });
}

/** Every .ts/.tsx file under a folder (declaration files left out). */
export const sourceFiles = (dir: string): string[] => filesUnder(dir, /(?<!\.d)\.tsx?$/);

/** The numbers (from 1) of the lines of `text` that any of `patterns` finds something on. */
export const linesMatching = (text: string, ...patterns: RegExp[]): number[] =>
  text.split('\n').flatMap((line, index) => (patterns.some((pattern) => pattern.test(line)) ? [index + 1] : []));

/** The code without its comments, so that a comment naming a key or an API is no finding. */
export function withoutComments(text: string): string {
  // Line comments only where `//` does not sit inside a string or a URL (a `:` or a quote right before it).
  // Block comments keep their line breaks, so that line numbers in findings stay right.
  return text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, '')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

export const readSource = (file: string) => withoutComments(readFileSync(file, 'utf8'));

/** The module specifiers a file imports or re-exports, static and dynamic. */
export function importsOf(text: string): string[] {
  const found = new Set<string>();
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** Where an import points, as a repository-relative folder-and-file path ("lib/storage", "core/keys"). */
export function resolveImport(fromFile: string, specifier: string): string {
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return specifier;
}
