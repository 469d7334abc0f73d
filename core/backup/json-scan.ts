// Checks on the file as text and as a parsed tree that JSON.parse alone does not make: a key written twice in
// one object (JSON.parse silently keeps the last one), keys that attack JavaScript objects, and HTML in text.
import type { BackupProblem } from './format';

export type PathPart = string | number;

/** "records.account:a1.accountIds[2]": where a value is, as the messages show it. */
export function formatPath(path: readonly PathPart[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A tag opener such as "<img", "</b", "<!--" or "<?xml". "a < b" and "<3" are ordinary text. */
const HTML = /<\/?[A-Za-z!?]/;

interface Frame {
  kind: 'object' | 'array';
  path: PathPart[];
  keys: Set<string>;
  index: number;
  lastKey: string;
  expectKey: boolean;
}

/** Every key that appears twice in the same object of a text that JSON.parse accepted. */
export function duplicateKeys(text: string, limit: number): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const stack: Frame[] = [];
  const childPath = (): PathPart[] => {
    const top = stack.at(-1);
    if (!top) return [];
    return [...top.path, top.kind === 'object' ? top.lastKey : top.index];
  };
  for (let i = 0; i < text.length && problems.length < limit; i++) {
    const char = text[i];
    const top = stack.at(-1);
    if (char === '{' || char === '[') {
      stack.push({ kind: char === '{' ? 'object' : 'array', path: childPath(), keys: new Set(), index: 0, lastKey: '', expectKey: true });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.index++;
    } else if (char === ':' && top) {
      top.expectKey = false;
    } else if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) problems.push({ code: 'duplicateKey', field: formatPath([...top.path, key]) });
        top.keys.add(key);
        top.lastKey = key;
      }
      i = end;
    }
  }
  return problems;
}

/** Hostile keys and HTML anywhere in a parsed file, each with where it is. */
export function scanTree(value: unknown, limit: number): { hostile: BackupProblem[]; html: BackupProblem[] } {
  const hostile: BackupProblem[] = [];
  const html: BackupProblem[] = [];
  const visit = (node: unknown, path: PathPart[]) => {
    if (hostile.length + html.length >= limit) return;
    if (typeof node === 'string') {
      const match = HTML.exec(node);
      if (match) html.push({ code: 'html', field: formatPath(path), detail: excerpt(node, match.index) });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
    } else if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        if (HOSTILE_KEYS.has(key)) hostile.push({ code: 'hostileKey', field: formatPath(path) || '(top)', detail: key });
        else visit((node as Record<string, unknown>)[key], [...path, key]);
      }
    }
  };
  visit(value, []);
  return { hostile, html };
}

/** A short piece of text around a position, for a message to quote. */
export function excerpt(text: string, at = 0, length = 30): string {
  const piece = text.slice(at, at + length);
  return piece.length < text.length - at ? `${piece}…` : piece;
}
