// A short confirmation with an undo button. It stays until replaced or closed, so nobody has to race it.
import { useCallback, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

export interface ToastMessage {
  text: string;
  undo?: () => Promise<void>;
}

export function useToast() {
  const [toast, setToast] = useState<ToastMessage | undefined>();
  const show = useCallback((message: ToastMessage) => setToast(message), []);
  const view = toast ? (
    <div class="toast no-print" role="status">
      <span>{toast.text}</span>
      {toast.undo && (
        <button type="button" onClick={() => { void toast.undo!(); setToast(undefined); }}>{t('common.undo')}</button>
      )}
      <button type="button" aria-label={t('common.close')} onClick={() => setToast(undefined)}>×</button>
    </div>
  ) : null;
  return { show, view };
}
