// Export: one button, the saved file's name, and a warning when the file holds what an import would refuse.
import { useState } from 'preact/hooks';
import type { ExportedBackup } from '@/lib/backup';
import { t } from '@/lib/i18n';
import { ProblemList } from './ProblemList';

interface Props {
  onExport: () => Promise<ExportedBackup>;
}

export function ExportSection({ onExport }: Props) {
  const [done, setDone] = useState<Pick<ExportedBackup, 'fileName' | 'problems'>>();
  return (
    <section aria-labelledby="backup-export">
      <h2 id="backup-export">{t('backup.exportTitle')}</h2>
      <p>{t('backup.exportHelp')}</p>
      <button type="button" class="primary" onClick={async () => setDone(await onExport())}>
        {t('backup.exportButton')}
      </button>
      <div role="status">{done && <p>{t('backup.exported', { file: done.fileName })}</p>}</div>
      {done && done.problems.length > 0 && (
        <div class="notice warn">
          <p>{t('backup.exportWarning')}</p>
          <ProblemList problems={done.problems} />
        </div>
      )}
    </section>
  );
}
