// The popup drawn from the background's ready-made view (lib/popup-start.ts): its first screen from one small
// read, then following each new view the background stores. The toast's code loads with the first toast.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadLanguage } from '@/lib/i18n';
import { watchPopupView } from '@/lib/popup-start';
import type { PopupView } from '@/core/popup-view';
import type { ToastMessage } from '@/components/Toast';
import { lazySection } from '@/components/lazy';
import { Popup } from './Popup';
import { popupActions } from './actions';

const ToastHost = lazySection(() => import('@/components/Toast').then((module) => module.ToastHost));

function QuickPopup({ initial }: { initial: PopupView }) {
  const [view, setView] = useState(initial);
  const [message, setMessage] = useState<ToastMessage & { id: number }>();
  useEffect(
    () =>
      watchPopupView((next) => {
        // Another language was chosen meanwhile: start again in it rather than mix two.
        if (next.lang !== initial.lang) location.reload();
        else setView(next);
      }),
    [],
  );
  // The live region is on the page from the first paint, so that the first toast in it is announced.
  const toast = (
    <div class="toast-region no-print" aria-live="polite">
      {message && <ToastHost message={message} />}
    </div>
  );
  const show = (shown: ToastMessage) => setMessage((last) => ({ ...shown, id: (last?.id ?? 0) + 1 }));
  return <Popup view={view} toast={toast} {...popupActions(show)} />;
}

export async function mountQuick(view: PopupView, container: HTMLElement) {
  await loadLanguage(view.lang, { stepText: false });
  render(<QuickPopup initial={view} />, container);
}
