// Checks on the file as text and as a parsed tree that JSON.parse alone does not make: how deep it nests
// (checked first, in one pass over the text with no recursion, so that nothing later can overflow the stack),
// a key written twice in one object (JSON.parse silently keeps the last one) and keys that attack JavaScript
// objects. Every pass here is linear in the size of the file: a hostile file is refused as fast as it is read.
import type { BackupProblem } from './format';

export type PathPart = string | number;

/** "records.account:a1.accountIds[2]": where a value is, as the messages show it. */
export function formatPath(path: readonly PathPart[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Objects and arrays nested deeper than this are refused before the file is parsed. A real backup nests 4
 * deep (file > records > settings > reminders); kept-aside values may be a little deeper.
 */
export const MAX_DEPTH = 32;

interface Frame {
  kind: 'object' | 'array';
  parent: Frame | undefined;
  /** This frame's place in its parent: a key or an index. */
  at: PathPart | undefined;
  keys: Set<string> | undefined;
  index: number;
  lastKey: string;
  expectKey: boolean;
}

/** The path of a frame's child, built only when a problem needs it (building it for every frame is quadratic). */
function pathOf(frame: Frame | undefined, child?: PathPart): PathPart[] {
  const parts: PathPart[] = child === undefined ? [] : [child];
  for (let node = frame; node?.parent; node = node.parent) parts.push(node.at!);
  return parts.reverse();
}

export interface TextScan {
  /** Set when the text nests deeper than MAX_DEPTH: nothing else was checked. */
  tooDeep?: BackupProblem;
  duplicates: BackupProblem[];
  /** Keys directly under the top-level "records" and "keptAside": how many records the file holds. */
  records: number;
}

/**
 * One pass over the text: its nesting depth and every key that appears twice in the same object. Works on
 * any text (it never loops past the end of an unterminated string); JSON.parse judges the syntax afterwards.
 */
export function scanText(text: string, limit: number, maxDepth = MAX_DEPTH): TextScan {
  const duplicates: BackupProblem[] = [];
  let records = 0;
  let top: Frame | undefined;
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      if (++depth > maxDepth)
        return { tooDeep: { code: 'tooDeep', field: formatPath(pathOf(top)) || '(top)', detail: String(maxDepth) }, duplicates, records };
      const at = top ? (top.kind === 'object' ? top.lastKey : top.index) : undefined;
      top = { kind: char === 0x7b ? 'object' : 'array', parent: top, at, keys: undefined, index: 0, lastKey: '', expectKey: true };
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      depth--;
      top = top?.parent;
    } else if (char === 0x2c /* , */ && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.index++;
    } else if (char === 0x3a /* : */ && top) {
      top.expectKey = false;
    } else if (char === 0x22 /* " */) {
      let end = i + 1;
      let escaped = false;
      while (end < length) {
        const inner = text.charCodeAt(end);
        if (inner === 0x22) break;
        if (inner === 0x5c /* \ */) {
          escaped = true;
          end += 2;
        } else end++;
      }
      if (top?.kind === 'object' && top.expectKey && top.parent && !top.parent.parent && (top.at === 'records' || top.at === 'keptAside'))
        records++;
      if (top?.kind === 'object' && top.expectKey && duplicates.length < limit) {
        const key = keyText(text, i, end, escaped);
        top.keys ??= new Set();
        if (top.keys.has(key)) duplicates.push({ code: 'duplicateKey', field: formatPath(pathOf(top, key)) });
        top.keys.add(key);
        top.lastKey = key;
      }
      i = end;
    }
  }
  return { duplicates, records };
}

function keyText(text: string, start: number, end: number, escaped: boolean): string {
  if (!escaped) return text.slice(start + 1, end);
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return text.slice(start + 1, end);
  }
}

/** Hostile keys anywhere in a parsed file (whose depth scanText has bounded), each with where it is. */
export function hostileKeys(value: unknown, limit: number): BackupProblem[] {
  const hostile: BackupProblem[] = [];
  // An explicit stack: even a bounded depth should not depend on the engine's stack size.
  const stack: [unknown, PathPart[]][] = [[value, []]];
  while (stack.length && hostile.length < limit) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) {
        const item: unknown = node[index];
        if (item && typeof item === 'object') stack.push([item, [...path, index]]);
      }
    } else if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        if (HOSTILE_KEYS.has(key)) hostile.push({ code: 'hostileKey', field: formatPath(path) || '(top)', detail: key });
        else {
          const child = (node as Record<string, unknown>)[key];
          if (child && typeof child === 'object') stack.push([child, [...path, key]]);
        }
      }
    }
  }
  return hostile;
}

/** A short piece of text around a position, for a message to quote. */
export function excerpt(text: string, at = 0, length = 30): string {
  const piece = text.slice(at, at + length);
  return piece.length < text.length - at ? `${piece}…` : piece;
}
