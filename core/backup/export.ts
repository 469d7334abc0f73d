// Everything the user has, as one backup file.
import { CURRENT_SCHEMA } from '../migrations';
import type { AppState } from '../model';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';
import { stateToRecords } from './records';

export function buildBackup(state: AppState, now: number, app?: string): Backup {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    schema: CURRENT_SCHEMA,
    records: stateToRecords(withoutRemovedAccounts(state)),
  };
  if (app) backup.app = app;
  return backup;
}

/**
 * Removing an account leaves its id in the incidents that listed it. Without the account the id means
 * nothing, and the import rightly refuses ids that point nowhere, so the export leaves them out.
 */
function withoutRemovedAccounts(state: AppState): AppState {
  const present = new Set(state.accounts.map((account) => account.id));
  return {
    ...state,
    incidents: state.incidents.map((incident) => ({
      ...incident,
      accountIds: incident.accountIds.filter((id) => present.has(id)),
    })),
  };
}

export const backupText = (backup: Backup) => `${JSON.stringify(backup, null, 2)}\n`;

/** afterleak-backup-2026-12-01.json, in the user's local date. */
export function backupFileName(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `afterleak-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
