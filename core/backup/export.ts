// Everything the user has, as one backup file.
import { CURRENT_SCHEMA } from '../migrations';
import type { AppState } from '../model';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type Records } from './format';
import { stateToRecords } from './records';

/**
 * Exactly what the device holds: every record as stored (ids of removed accounts in an incident, states whose
 * account is gone and all), so that importing the file restores the same storage. `keptAside` carries the
 * values set aside because they did not fit (they are the user's data too).
 */
export function buildBackup(state: AppState, now: number, app?: string, keptAside?: Records): Backup {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    schema: CURRENT_SCHEMA,
    records: stateToRecords(state),
  };
  if (app) backup.app = app;
  if (keptAside && Object.keys(keptAside).length) backup.keptAside = keptAside;
  return backup;
}

export const backupText = (backup: Backup) => `${JSON.stringify(backup, null, 2)}\n`;

/** afterleak-backup-2026-12-01.json, in the user's local date. */
export function backupFileName(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `afterleak-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
