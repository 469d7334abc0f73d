// The browser side of backup and import: read the state, hand it to the pure core, write only what the
// user confirmed (lib/storage applyImport).
import { browser } from 'wxt/browser';
import {
  backupFileName, backupText, buildBackup, parseBackup, planImport, userRecords,
  type BackupProblem, type ImportMode, type ImportPlan,
} from '@/core/backup';
import { ensureUpgraded, loadState } from './storage';

export interface ExportedBackup {
  fileName: string;
  text: string;
  /** What an import of this very file would refuse (e.g. HTML someone typed in a label): shown as a warning. */
  problems: BackupProblem[];
}

export async function exportBackup(now = Date.now()): Promise<ExportedBackup> {
  const { state } = await loadState();
  const text = backupText(buildBackup(state, now, browser.runtime.getManifest().version));
  const check = parseBackup(text);
  return { fileName: backupFileName(now), text, problems: check.ok ? [] : check.problems };
}

export type PreparedImport = { ok: true; plan: ImportPlan } | { ok: false; problems: BackupProblem[] };

/** Checks a file completely and plans its import against what is stored now. Writes nothing. */
export async function prepareImport(text: string, mode: ImportMode): Promise<PreparedImport> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  // The records as stored (not as parsed): settings never saved are absent, so a merge may bring them in.
  const current = userRecords(await ensureUpgraded());
  return { ok: true, plan: planImport(current, parsed.backup.records, mode) };
}
