// The backup file: one JSON object holding every user record under its storage key, so that a backup from
// an older schema can go through the same numbered migrations as stored data.
//
// {
//   "format": "afterleak-backup",   what kind of file this is (another product's JSON is refused)
//   "version": 1,                   the file layout; a newer one is refused rather than guessed at
//   "exportedAt": 1764000000000,    when it was made (ms since 1970)
//   "schema": 1,                    the storage schema of the records (core/migrations)
//   "app": "0.1.0",                 the AfterLeak version that wrote it (informative only)
//   "records": { "settings": {...}, "account:<id>": {...}, "step:<accountId>:<stepId>": {...}, ... }
// }
import type { RecordKind } from '../keys';

export const BACKUP_FORMAT = 'afterleak-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read: a real backup of years of use is well under 1 MB. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

export type Records = Record<string, unknown>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  schema: number;
  app?: string;
  records: Records;
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
  | 'danglingAccount'
  | 'danglingIncident'
  | 'html';

export const RECORD_KINDS: readonly RecordKind[] = ['settings', 'account', 'step', 'incident', 'task', 'evidence'];

/** Problems past this many are summarised: a thoroughly broken file does not need 10,000 lines. */
export const MAX_PROBLEMS = 50;
