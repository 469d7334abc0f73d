// Import: choose a file and how to import it; the whole file is checked and the change previewed; only the
// confirmation writes. A refused file, a full disk or a store that changed meanwhile each say so.
import { useState } from 'preact/hooks';
import { fileTooLarge, previewIsEmpty, type BackupProblem, type ImportMode, type ImportPlan } from '@/core/backup';
import { RECORD_KINDS } from '@/core/backup/format';
import type { Account } from '@/core/model';
import type { PreparedImport } from '@/lib/backup';
import { t } from '@/lib/i18n';
import { StaleImportError } from '@/lib/storage-writes';
import { ImportPreview } from './ImportPreview';
import { ProblemList } from './ProblemList';
import { focusSoon } from '../focus';

interface Props {
  accounts: Account[];
  prepare: (text: string, mode: ImportMode) => Promise<PreparedImport>;
  apply: (plan: ImportPlan) => Promise<void>;
  onImported: (message: string) => void;
}

type Outcome =
  | { kind: 'checking' }
  | { kind: 'refused'; problems: BackupProblem[] }
  | { kind: 'preview'; plan: ImportPlan; stale?: boolean }
  | { kind: 'failed' };

const count = (plan: ImportPlan, which: 'added' | 'changed' | 'removed') =>
  RECORD_KINDS.reduce((sum, kind) => sum + plan.preview[kind][which].length, 0);

export function ImportSection({ accounts, prepare, apply, onImported }: Props) {
  const [mode, setMode] = useState<ImportMode>('replace');
  const [text, setText] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [inputKey, setInputKey] = useState(0);

  const check = async (fileText: string, chosen: ImportMode, stale = false) => {
    setOutcome({ kind: 'checking' });
    let prepared: PreparedImport;
    try {
      prepared = await prepare(fileText, chosen);
    } catch (error) {
      // Never left on "Checking…": whatever failed is shown as the reason nothing was imported.
      prepared = { ok: false, problems: [{ code: 'crashed', detail: String(error).slice(0, 120) }] };
    }
    setOutcome(prepared.ok ? { kind: 'preview', plan: prepared.plan, stale } : { kind: 'refused', problems: prepared.problems });
    // Focus goes to what the check produced: the preview to confirm, or why the file was refused.
    focusSoon(prepared.ok ? 'backup-preview' : 'backup-refused');
  };

  const onFile = async (file: File | undefined) => {
    setText(undefined);
    setOutcome(undefined);
    if (!file) return;
    // Refused by its size before a byte of it is read.
    const tooLarge = fileTooLarge(file.size);
    if (tooLarge) {
      focusSoon('backup-refused');
      return setOutcome({ kind: 'refused', problems: [tooLarge] });
    }
    const fileText = await file.text();
    setText(fileText);
    await check(fileText, mode);
  };

  const onMode = (next: ImportMode) => {
    setMode(next);
    if (text !== undefined) void check(text, next);
  };

  const confirm = async (plan: ImportPlan) => {
    try {
      await apply(plan);
    } catch (error) {
      if (error instanceof StaleImportError && text !== undefined) return check(text, mode, true);
      // A full disk is announced by the storage notice at the top of the page.
      focusSoon('backup-failed');
      return setOutcome({ kind: 'failed' });
    }
    onImported(t('backup.imported', { added: count(plan, 'added'), changed: count(plan, 'changed'), removed: count(plan, 'removed') }));
    setText(undefined);
    setOutcome(undefined);
    setInputKey((key) => key + 1);
    // The preview and its buttons are gone: focus goes back to the section's heading, not to <body>.
    focusSoon('backup-import');
  };

  const cancel = () => {
    setText(undefined);
    setOutcome(undefined);
    setInputKey((key) => key + 1);
    // Back to the control that started it (a new file input, so that the same file can be chosen again).
    focusSoon('backup-file');
  };

  return (
    <section aria-labelledby="backup-import">
      <h2 id="backup-import">{t('backup.importTitle')}</h2>
      <p>{t('backup.importHelp')}</p>
      <fieldset>
        <legend>{t('backup.mode')}</legend>
        {(['replace', 'merge'] as const).map((choice) => (
          <div key={choice}>
            <label class="inline">
              <input
                type="radio"
                name="import-mode"
                value={choice}
                checked={mode === choice}
                aria-describedby={`import-${choice}-help`}
                onChange={() => onMode(choice)}
              />
              {t(`backup.${choice}`)}
            </label>
            <p id={`import-${choice}-help`} class="muted small">
              {t(`backup.${choice}Help`)}
            </p>
          </div>
        ))}
      </fieldset>
      <label for="backup-file">{t('backup.file')}</label>
      <input
        key={inputKey}
        id="backup-file"
        type="file"
        accept=".json,application/json"
        onChange={(event) => void onFile((event.currentTarget as HTMLInputElement).files?.[0])}
      />
      <div aria-live="polite">
        {outcome?.kind === 'checking' && <p>{t('backup.checking')}</p>}
        {outcome?.kind === 'failed' && (
          <p id="backup-failed" class="error">
            {t('backup.notImported')}
          </p>
        )}
      </div>
      {outcome?.kind === 'refused' && (
        <div id="backup-refused" class="notice warn" role="alert">
          <p>
            <strong>{t('backup.refused')}</strong>
          </p>
          <ProblemList problems={outcome.problems} />
        </div>
      )}
      {outcome?.kind === 'preview' && (
        <div class="card">
          {outcome.stale && (
            <p class="notice warn" role="alert">
              {t('backup.stale')}
            </p>
          )}
          <ImportPreview plan={outcome.plan} current={accounts} />
          {previewIsEmpty(outcome.plan.preview) && !outcome.plan.keptAside.length ? (
            <>
              <p>{t('backup.nothing')}</p>
              <button type="button" onClick={cancel}>
                {t('common.close')}
              </button>
            </>
          ) : (
            <div class="row">
              <button type="button" class="primary" onClick={() => void confirm(outcome.plan)}>
                {t(mode === 'replace' ? 'backup.confirmReplace' : 'backup.confirmMerge')}
              </button>
              <button type="button" onClick={cancel}>
                {t('common.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
