// Shown instead of a view when stored data cannot be read at all (a newer version's data, a broken version
// mark): what happened, that nothing was changed or deleted, and a way to save everything as it is.
import { t } from '@/lib/i18n';

interface Props {
  kind: 'newer' | 'badMark' | 'failed';
  detail: string;
  onExport: () => void;
}

export function StorageUnreadable({ kind, detail, onExport }: Props) {
  return (
    <main>
      <h1>{t('safeKeeping.unreadableTitle')}</h1>
      <div class="notice warn" role="alert">
        <p>{t(`safeKeeping.why.${kind}`, { detail })}</p>
        <p>{t('safeKeeping.nothingChanged')}</p>
      </div>
      <button type="button" class="primary" onClick={onExport}>
        {t('safeKeeping.exportEverything')}
      </button>
    </main>
  );
}
