// Reads a backup file completely before anything is written: every check runs on the text and the parsed
// tree, and the result is either the records, brought to today's schema, or every problem found.
//
// A hostile file must be refused quickly and without harm: its size is checked first, then its nesting depth
// (one linear pass over the text, before JSON.parse or any recursive work), then the number of records, and
// only then each record. Every pass is linear. The record checks run in slices (parseBackupInSlices), so a
// page stays responsive while a large file is checked.
import { CURRENT_SCHEMA, runMigrations } from '../migrations';
import { QUARANTINE_PREFIX, SCHEMA_KEY } from '../keys';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  MAX_PROBLEMS,
  MAX_RECORDS,
  type Backup,
  type BackupProblem,
  type Records,
} from './format';
import { recordProblems } from './check-record';
import { excerpt, hostileKeys, scanText } from './json-scan';
import { referenceProblems } from './references';
import { clampRecords } from './time';

export type ParseResult =
  | { ok: true; backup: Backup; /** How many future-dated times were brought back to now. */ clamped: number }
  | { ok: false; problems: BackupProblem[] };

export interface ParseOptions {
  /** The size limit in bytes (MAX_BACKUP_BYTES). */
  limit?: number;
  /**
   * This device's time: change times later than now (or than the file's exportedAt, if earlier) + a small skew
   * are clamped to it. Absent: no clamping.
   */
  now?: number;
}

const HEADER_FIELDS = new Set(['format', 'version', 'exportedAt', 'schema', 'app', 'records', 'keptAside']);
/** Records checked between two pauses of parseBackupInSlices. */
const SLICE = 400;
/** Files longer than this (in characters) are checked in slices. */
const LARGE = 200_000;

const fail = (...problems: BackupProblem[]): ParseResult => ({ ok: false, problems: problems.slice(0, MAX_PROBLEMS) });
const isPlainObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Size in bytes as UTF-8, the way the file on disk counts it. */
export function byteLength(text: string): number {
  // Counted, not encoded: encoding a 5 MB text only to measure it costs a copy of it.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The check a page makes on the chosen file before reading it at all. */
export function fileTooLarge(bytes: number, limit = MAX_BACKUP_BYTES): BackupProblem | undefined {
  return bytes > limit ? { code: 'tooLarge', detail: megabytes(bytes) } : undefined;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Checks a whole file at once (tests, the export's self-check). */
export function parseBackup(input: string, options: ParseOptions = {}): ParseResult {
  const steps = parseSteps(input, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The same check, pausing between slices of records so that the page keeps responding. */
export async function parseBackupInSlices(
  input: string,
  options: ParseOptions = {},
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<ParseResult> {
  const steps = parseSteps(input, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}

function* parseSteps(input: string, { limit = MAX_BACKUP_BYTES, now }: ParseOptions): Generator<void, ParseResult> {
  // A UTF-8 file is never fewer bytes than its text has UTF-16 units: a text this long is too large unmeasured.
  if (input.length > limit) return fail({ code: 'tooLarge', detail: megabytes(byteLength(input)) });
  const tooLarge = fileTooLarge(byteLength(input), limit);
  if (tooLarge) return fail(tooLarge);
  // Editors on Windows like to start UTF-8 files with a byte-order mark; it is not part of the JSON.
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) return fail({ code: 'empty' });
  const scan = scanText(text, MAX_PROBLEMS);
  if (scan.tooDeep) return fail(scan.tooDeep);
  if (scan.records > MAX_RECORDS) return fail({ code: 'tooMany', detail: String(MAX_RECORDS) });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail({ code: 'notJson', detail: excerpt(error instanceof Error ? error.message : String(error), 0, 120) });
  }
  // Small files (every real one) are checked in one go; a large one pauses between its passes and slices.
  const large = text.length > LARGE;
  if (large) yield;
  if (!isPlainObject(value) || value.format !== BACKUP_FORMAT) return fail({ code: 'notBackup' });
  if (!isWhole(value.version) || value.version < 1) return fail({ code: 'badHeader', field: 'version', detail: String(value.version) });
  if (value.version > BACKUP_VERSION) return fail({ code: 'newerVersion', detail: String(value.version) });
  // Before anything else looks into it: a file made by a newer version is refused as that, up front.
  if (isWhole(value.schema) && value.schema > CURRENT_SCHEMA) return fail({ code: 'newerSchema', detail: String(value.schema) });

  // More records than any real backup: refused before a single one is looked at.
  const recordCount = (group: unknown) => (isPlainObject(group) ? Object.keys(group).length : 0);
  if (recordCount(value.records) + recordCount(value.keptAside) > MAX_RECORDS)
    return fail({ code: 'tooMany', detail: String(MAX_RECORDS) });
  // A hostile key makes the whole tree suspect: say where each one is and read no further.
  const hostile = hostileKeys(value, MAX_PROBLEMS);
  if (hostile.length) return fail(...hostile);
  if (large) yield;

  const problems: BackupProblem[] = [...scan.duplicates];
  const header = headerProblems(value);
  if (header.fatal) return fail(...header.problems);
  problems.push(...header.problems);
  const raw = value.records as Records;

  const migrated = migrate(raw, value.schema as number);
  if ('problem' in migrated) return fail(...problems, migrated.problem);
  const { records } = migrated;
  let checked = 0;
  for (const [key, record] of Object.entries(records)) {
    problems.push(...recordProblems(key, record));
    if (problems.length >= MAX_PROBLEMS) return fail(...problems);
    if (large && ++checked % SLICE === 0) yield;
  }
  problems.push(...referenceProblems(problems.length ? {} : records));
  if (problems.length) return fail(...problems);
  // Nothing in a file changed after the file was made: a later time is a clock running ahead (or an edit).
  const ceiling = now === undefined ? undefined : Math.min(now, value.exportedAt as number);
  const clamped = ceiling === undefined ? { records, clamped: 0 } : clampRecords(records, ceiling);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: value.version,
    exportedAt: value.exportedAt as number,
    schema: CURRENT_SCHEMA,
    records: clamped.records,
  };
  if (typeof value.app === 'string') backup.app = value.app;
  if (isPlainObject(value.keptAside) && Object.keys(value.keptAside).length) backup.keptAside = value.keptAside;
  return { ok: true, backup, clamped: clamped.clamped };
}

function headerProblems(value: Record<string, unknown>): { fatal: boolean; problems: BackupProblem[] } {
  const problems: BackupProblem[] = Object.keys(value)
    .filter((name) => !HEADER_FIELDS.has(name))
    .map((name) => ({ code: 'unknownField', field: excerpt(name, 0, 60) }));
  if (!isWhole(value.exportedAt)) problems.push({ code: 'badHeader', field: 'exportedAt', detail: excerpt(String(value.exportedAt)) });
  if (value.app !== undefined && typeof value.app !== 'string')
    problems.push({ code: 'badHeader', field: 'app', detail: excerpt(String(value.app)) });
  problems.push(...keptAsideProblems(value.keptAside));
  if (!isWhole(value.schema))
    return { fatal: true, problems: [...problems, { code: 'badHeader', field: 'schema', detail: excerpt(String(value.schema)) }] };
  if (!isPlainObject(value.records))
    return { fatal: true, problems: [...problems, { code: 'badHeader', field: 'records', detail: typeof value.records }] };
  return { fatal: false, problems };
}

/** Kept-aside values are whatever was stored (that is why they were set aside); only their keys are checked. */
function keptAsideProblems(keptAside: unknown): BackupProblem[] {
  if (keptAside === undefined) return [];
  if (!isPlainObject(keptAside)) return [{ code: 'badHeader', field: 'keptAside', detail: typeof keptAside }];
  return Object.keys(keptAside)
    .filter((key) => !key.startsWith(QUARANTINE_PREFIX) || key.length > 300)
    .slice(0, MAX_PROBLEMS)
    .map((key) => ({ code: 'unknownRecord', field: `keptAside.${excerpt(key, 0, 60)}` }));
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
