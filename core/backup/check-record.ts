// One record of a backup against the schema its key calls for, with messages that name the field and say
// what is wrong (zod/mini's own messages are just "Invalid input").
import { parseKey } from '../keys';
import { IdSchema } from '../model';
import { SCHEMAS, checkRecord } from '../state';
import type { BackupProblem } from './format';
import { excerpt, formatPath, type PathPart } from './json-scan';

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
  // Ids in a key are what the product generates ([A-Za-z0-9_-], at most 64): "constructor" is a valid id (it
  // may arrive through sync) and the code never looks one up on a plain object; a 1 MB id is not.
  const badId = parsed.ids.find((id) => !IdSchema.safeParse(id).success);
  if (badId !== undefined) return [{ code: 'badId', field: field(key.slice(0, 80), []), detail: excerpt(badId) }];
  const result = SCHEMAS[parsed.kind].safeParse(value);
  if (!result.success) {
    return (result.error.issues as unknown as Issue[]).map((issue) => describe(key, value, issue));
  }
  // Fields this version does not know (written by a newer one) are kept as they are, not refused: storage
  // keeps the raw value too, so they survive until a newer version reads them again.
  const problems: BackupProblem[] = [];
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

const show = (value: unknown) => excerpt(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));
