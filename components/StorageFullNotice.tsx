// Says so when a save failed because the browser's storage for AfterLeak is full, whichever part of the
// view tried to save. Nothing was written (lib/storage writes each action in one call). Loaded only when it
// happens (components/StorageFull.tsx).
import { t } from '@/lib/i18n';

export function StorageFullNotice({ onClose }: { onClose: () => void }) {
  return (
    <div class="notice warn" role="alert">
      <p>{t('storageProblem.full')}</p>
      <button type="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}
