// The Backup section of the dashboard: export, import with a preview, and account-list sync.
import { useEffect, useState } from 'preact/hooks';
import type { AppState } from '@/core/model';
import { exportBackup, prepareImport } from '@/lib/backup';
import { downloadText } from '@/lib/download';
import { t } from '@/lib/i18n';
import { applyImport, updateSettings } from '@/lib/storage-writes';
import { readSyncStatus, type SyncStatus } from '@/lib/sync';
import type { ToastMessage } from '../Toast';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { SyncSettings } from './SyncSettings';

interface Props {
  state: AppState;
  showToast: (toast: ToastMessage) => void;
}

/** The sync status lives in background bookkeeping; every storage change re-renders, so re-read then. */
function useSyncStatus(state: AppState): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    let live = true;
    void readSyncStatus().then((next) => live && setStatus(next));
    return () => {
      live = false;
    };
  }, [state]);
  return status;
}

export function BackupPage({ state, showToast }: Props) {
  const status = useSyncStatus(state);
  const download = async () => {
    const exported = await exportBackup();
    downloadText(exported.fileName, exported.text);
    return exported;
  };
  return (
    <div>
      <p>{t('backup.intro')}</p>
      <ExportSection onExport={download} />
      <ImportSection accounts={state.accounts} prepare={prepareImport} apply={applyImport} onImported={(text) => showToast({ text })} />
      <SyncSettings
        enabled={state.settings.sync}
        status={status}
        onChange={(sync) => void updateSettings((settings) => ({ ...settings, sync }))}
      />
    </div>
  );
}
