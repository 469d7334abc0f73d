// The browser side of backup and import: read the state, hand it to the pure core, write only what the
// user confirmed (lib/storage applyImport).
import { browser } from 'wxt/browser';
import {
  backupFileName,
  backupText,
  buildBackup,
  parseBackup,
  parseBackupInSlices,
  planImport,
  userRecords,
  type BackupProblem,
  type ImportMode,
  type ImportPlan,
} from '@/core/backup';
import { QUARANTINE_PREFIX } from '@/core/keys';
import { ensureUpgraded, loadState } from './storage';

export interface ExportedBackup {
  fileName: string;
  text: string;
  /** What an import of this very file would refuse: shown as a warning (normally none). */
  problems: BackupProblem[];
}

const keptAsideOf = (raw: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(raw).filter(([key]) => key.startsWith(QUARANTINE_PREFIX)));

export async function exportBackup(now = Date.now()): Promise<ExportedBackup> {
  const { state } = await loadState();
  const keptAside = keptAsideOf(await ensureUpgraded());
  const text = backupText(buildBackup(state, now, browser.runtime.getManifest().version, keptAside));
  const check = parseBackup(text);
  return { fileName: backupFileName(now), text, problems: check.ok ? [] : check.problems };
}

export type PreparedImport = { ok: true; plan: ImportPlan } | { ok: false; problems: BackupProblem[] };

/** Checks a file completely (in slices, so the page keeps responding) and plans its import. Writes nothing. */
export async function prepareImport(text: string, mode: ImportMode, now = Date.now()): Promise<PreparedImport> {
  let parsed;
  try {
    parsed = await parseBackupInSlices(text, { now });
  } catch (error) {
    // No file may leave the page on "Checking…": whatever went wrong is a refusal with its reason.
    return { ok: false, problems: [{ code: 'crashed', detail: String(error).slice(0, 120) }] };
  }
  if (!parsed.ok) return parsed;
  // The records as stored (not as parsed): settings never saved are absent, so a merge may bring them in.
  const raw = await ensureUpgraded();
  const plan = planImport(userRecords(raw), parsed.backup.records, mode, {
    keptAside: parsed.backup.keptAside,
    keptAsideHere: Object.keys(keptAsideOf(raw)),
    clamped: parsed.clamped,
    now,
  });
  return { ok: true, plan };
}
