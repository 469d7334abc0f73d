// The popup drawn from the background's ready-made view (lib/popup-start.ts): its first screen from one small
// read, then following each new view the background stores.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadLanguage } from '@/lib/i18n';
import { watchPopupView } from '@/lib/popup-start';
import type { PopupView } from '@/core/popup-view';
import { useToast } from '@/components/Toast';
import { Popup } from './Popup';
import { popupActions } from './actions';

function QuickPopup({ initial }: { initial: PopupView }) {
  const [view, setView] = useState(initial);
  const toast = useToast();
  useEffect(
    () =>
      watchPopupView((next) => {
        // Another language was chosen meanwhile: start again in it rather than mix two.
        if (next.lang !== initial.lang) location.reload();
        else setView(next);
      }),
    [],
  );
  return <Popup view={view} toast={toast.view} {...popupActions(toast.show)} />;
}

export async function mountQuick(view: PopupView, container: HTMLElement) {
  await loadLanguage(view.lang, { stepText: false });
  render(<QuickPopup initial={view} />, container);
}
