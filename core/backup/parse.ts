// Reads a backup file completely before anything is written: every check runs on the text and the parsed
// tree, and the result is either the records, brought to today's schema, or every problem found.
import { CURRENT_SCHEMA, runMigrations } from '../migrations';
import { SCHEMA_KEY } from '../keys';
import {
  BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, MAX_PROBLEMS,
  type Backup, type BackupProblem, type Records,
} from './format';
import { recordProblems } from './check-record';
import { duplicateKeys, scanTree } from './json-scan';
import { referenceProblems } from './references';

export type ParseResult = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[] };

const HEADER_FIELDS = new Set(['format', 'version', 'exportedAt', 'schema', 'app', 'records']);

const fail = (...problems: BackupProblem[]): ParseResult => ({ ok: false, problems: problems.slice(0, MAX_PROBLEMS) });
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Size in bytes as UTF-8, the way the file on disk counts it. */
export const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** The check a page makes on the chosen file before reading it at all. */
export function fileTooLarge(bytes: number, limit = MAX_BACKUP_BYTES): BackupProblem | undefined {
  return bytes > limit ? { code: 'tooLarge', detail: megabytes(bytes) } : undefined;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function parseBackup(input: string, limit = MAX_BACKUP_BYTES): ParseResult {
  const tooLarge = fileTooLarge(byteLength(input), limit);
  if (tooLarge) return fail(tooLarge);
  // Editors on Windows like to start UTF-8 files with a byte-order mark; it is not part of the JSON.
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) return fail({ code: 'empty' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail({ code: 'notJson', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!isPlainObject(value) || value.format !== BACKUP_FORMAT) return fail({ code: 'notBackup' });
  if (!isWhole(value.version) || value.version < 1) return fail({ code: 'badHeader', field: 'version', detail: String(value.version) });
  if (value.version > BACKUP_VERSION) return fail({ code: 'newerVersion', detail: String(value.version) });

  // A hostile key makes the whole tree suspect: say where each one is and read no further.
  const { hostile, html } = scanTree(value, MAX_PROBLEMS);
  if (hostile.length) return fail(...hostile);

  const problems: BackupProblem[] = [...duplicateKeys(text, MAX_PROBLEMS)];
  const header = headerProblems(value);
  if (header.fatal) return fail(...header.problems);
  problems.push(...header.problems);

  const migrated = migrate(value.records as Records, value.schema as number);
  if ('problem' in migrated) return fail(...problems, migrated.problem);
  const { records } = migrated;
  const valid: Records = {};
  for (const [key, record] of Object.entries(records)) {
    const found = recordProblems(key, record);
    if (found.length === 0) valid[key] = record;
    problems.push(...found);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  problems.push(...referenceProblems(valid, records), ...html);
  if (problems.length) return fail(...problems);
  const backup: Backup = { format: BACKUP_FORMAT, version: value.version, exportedAt: value.exportedAt as number, schema: CURRENT_SCHEMA, records };
  if (typeof value.app === 'string') backup.app = value.app;
  return { ok: true, backup };
}

function headerProblems(value: Record<string, unknown>): { fatal: boolean; problems: BackupProblem[] } {
  const problems: BackupProblem[] = Object.keys(value)
    .filter((name) => !HEADER_FIELDS.has(name))
    .map((name) => ({ code: 'unknownField', field: name }));
  if (!isWhole(value.exportedAt)) problems.push({ code: 'badHeader', field: 'exportedAt', detail: String(value.exportedAt) });
  if (value.app !== undefined && typeof value.app !== 'string') problems.push({ code: 'badHeader', field: 'app', detail: String(value.app) });
  if (!isWhole(value.schema)) return { fatal: true, problems: [...problems, { code: 'badHeader', field: 'schema', detail: String(value.schema) }] };
  if (value.schema > CURRENT_SCHEMA) return { fatal: true, problems: [{ code: 'newerSchema', detail: String(value.schema) }] };
  if (!isPlainObject(value.records)) return { fatal: true, problems: [...problems, { code: 'badHeader', field: 'records', detail: typeof value.records }] };
  return { fatal: false, problems };
}

/** Records of an older schema go through the same numbered migrations as stored data. */
function migrate(records: Records, schema: number): { records: Records } | { problem: BackupProblem } {
  if (Object.hasOwn(records, SCHEMA_KEY)) return { problem: { code: 'unknownRecord', field: `records.${SCHEMA_KEY}` } };
  if (schema === CURRENT_SCHEMA) return { records };
  try {
    const { working } = runMigrations({ ...records, [SCHEMA_KEY]: schema }, schema);
    delete working[SCHEMA_KEY];
    return { records: working };
  } catch (error) {
    return { problem: { code: 'invalid', field: 'records', detail: error instanceof Error ? error.message : String(error) } };
  }
}
