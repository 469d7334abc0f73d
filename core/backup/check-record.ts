// One record of a backup against the schema its key calls for, with messages that name the field and say
// what is wrong (zod/mini's own messages are just "Invalid input").
import { parseKey } from '../keys';
import { SCHEMAS, checkRecord } from '../state';
import type { BackupProblem } from './format';
import { HOSTILE_KEYS, excerpt, formatPath, type PathPart } from './json-scan';

interface Issue {
  code: string;
  path: PathPart[];
  expected?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
}

export function recordProblems(key: string, value: unknown): BackupProblem[] {
  const parsed = parseKey(key);
  if (!parsed) return [{ code: 'unknownRecord', field: field(key, []) }];
  const hostileId = parsed.ids.find((id) => HOSTILE_KEYS.has(id));
  if (hostileId) return [{ code: 'hostileKey', field: field(key, []), detail: hostileId }];
  const result = SCHEMAS[parsed.kind].safeParse(value);
  if (!result.success) {
    return (result.error.issues as unknown as Issue[]).map((issue) => describe(key, value, issue));
  }
  const problems: BackupProblem[] = unknownFields(value, result.data, []).map((path) => ({ code: 'unknownField', field: field(key, path) }));
  const recordId = (result.data as { id?: unknown }).id;
  if (recordId !== undefined && recordId !== parsed.ids[0]) {
    problems.push({ code: 'idMismatch', field: field(key, ['id']), detail: String(recordId) });
  }
  // The storage module's own gate, so that nothing accepted here is set aside when it is next read.
  const error = checkRecord(key, value);
  if (error && problems.length === 0) problems.push({ code: 'invalid', field: field(key, []), detail: error });
  return problems;
}

/** Where a problem is, from the top of the file: records.account:a1.label */
const field = (key: string, path: PathPart[]) => formatPath(['records', key, ...path]);

function describe(key: string, value: unknown, issue: Issue): BackupProblem {
  const where = field(key, issue.path);
  const found = valueAt(value, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return { code: 'missing', field: where };
      return { code: 'wrongType', field: where, detail: issue.expected ?? '' };
    case 'invalid_value':
      return { code: 'notAllowed', field: where, detail: show(found) };
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array') return { code: 'tooLong', field: where, detail: String(issue.maximum) };
      return { code: 'outOfRange', field: where, detail: show(found) };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'badFormat', field: where, detail: show(found) };
      return { code: 'outOfRange', field: where, detail: show(found) };
    case 'invalid_format':
      return { code: 'badFormat', field: where, detail: show(found) };
    default:
      return { code: 'invalid', field: where, detail: show(found) };
  }
}

function valueAt(value: unknown, path: PathPart[]): unknown {
  let node = value;
  for (const part of path) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<PathPart, unknown>)[part];
  }
  return node;
}

const show = (value: unknown) => excerpt(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

/** Keys the raw value has and the parsed one lost: zod/mini objects drop them silently. */
function unknownFields(raw: unknown, parsed: unknown, path: PathPart[]): PathPart[][] {
  if (!raw || typeof raw !== 'object' || !parsed || typeof parsed !== 'object') return [];
  const found: PathPart[][] = [];
  for (const name of Object.keys(raw)) {
    const here = [...path, Array.isArray(raw) ? Number(name) : name];
    if (!Object.hasOwn(parsed, name)) found.push(here);
    else found.push(...unknownFields((raw as Record<string, unknown>)[name], (parsed as Record<string, unknown>)[name], here));
  }
  return found;
}
