// The backup file: one JSON object holding every user record under its storage key, so that a backup from
// an older schema can go through the same numbered migrations as stored data.
//
// {
//   "format": "afterleak-backup",   what kind of file this is (another product's JSON is refused)
//   "version": 1,                   the file layout; a newer one is refused rather than guessed at
//   "exportedAt": 1764000000000,    when it was made (ms since 1970)
//   "schema": 1,                    the storage schema of the records (core/migrations)
//   "app": "0.1.0",                 the AfterLeak version that wrote it (informative only)
//   "records": { "settings": {...}, "account:<id>": {...}, "step:<accountId>:<stepId>": {...}, ... },
//   "keptAside": { "quarantine:<at>:<key>": {raw, error, at}, ... }   values set aside (version 2; optional)
// }
// Records keep fields this version does not know (a newer version may have written them): nothing is lost.
import type { RecordKind } from '../keys';

export const BACKUP_FORMAT = 'afterleak-backup';
/** 2 added keptAside. Version 1 files are still read. */
export const BACKUP_VERSION = 2;
/** Larger files are refused before they are read: a real backup of years of use is well under 1 MB. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** More records than this is not a backup of a person's accounts: refused before any record is checked. */
export const MAX_RECORDS = 20_000;

export type Records = Record<string, unknown>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  schema: number;
  app?: string;
  records: Records;
  /** Values kept aside on the device that made the file, by their quarantine: key, exactly as stored. */
  keptAside?: Records;
}

/**
 * One thing wrong with a file. `code` picks the message (backup.problem.<code>); `field` names where it is,
 * `detail` says what was found or expected. Both are filled into the message.
 */
export interface BackupProblem {
  code: BackupProblemCode;
  field?: string;
  detail?: string;
}

export type BackupProblemCode =
  | 'tooLarge'
  | 'tooDeep'
  | 'tooMany'
  | 'badId'
  | 'empty'
  | 'notJson'
  | 'notBackup'
  | 'newerVersion'
  | 'newerSchema'
  | 'badHeader'
  | 'unknownField'
  | 'hostileKey'
  | 'duplicateKey'
  | 'duplicateId'
  | 'unknownRecord'
  | 'missing'
  | 'wrongType'
  | 'notAllowed'
  | 'tooLong'
  | 'outOfRange'
  | 'badFormat'
  | 'idMismatch'
  | 'invalid'
  | 'crashed';

export const RECORD_KINDS: readonly RecordKind[] = ['settings', 'account', 'step', 'incident', 'task', 'evidence'];

/** Problems past this many are summarised: a thoroughly broken file does not need 10,000 lines. */
export const MAX_PROBLEMS = 50;
