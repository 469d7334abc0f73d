// Says so when a save failed because the browser's storage for AfterLeak is full, whichever part of the
// view tried to save. Nothing was written (lib/storage writes each action in one call).
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  /** Subscribes to full-storage failures; returns the unsubscribe (lib/storage onStorageFull). */
  subscribe: (listener: () => void) => () => void;
}

export function StorageFullNotice({ subscribe }: Props) {
  const [full, setFull] = useState(false);
  useEffect(() => subscribe(() => setFull(true)), [subscribe]);
  if (!full) return null;
  return (
    <div class="notice warn" role="alert">
      <p>{t('storageProblem.full')}</p>
      <button type="button" onClick={() => setFull(false)}>
        {t('common.close')}
      </button>
    </div>
  );
}
