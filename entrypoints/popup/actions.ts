// What the popup's buttons do, the same from the ready-made view and from the full app.
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { DASHBOARD_PAGE } from '@/core/routes';
import type { PopupItem } from '@/core/popup-view';
import type { ToastMessage } from '@/components/Toast';
import type { PopupActions } from './Popup';

export function popupActions(showToast: (message: ToastMessage) => void): PopupActions {
  const done = async (item: PopupItem) => {
    // Focus moves on to the item that takes this one's place (or the heading, when none is left): the item
    // leaves its list only when the new view arrives, well after these small modules have loaded. The write
    // code, too, loads on the first Done, not with the first paint.
    const [{ focusInPlaceOf }, { setStatus }] = await Promise.all([import('@/components/focus'), import('@/lib/actions')]);
    focusInPlaceOf(item.id, () => document.querySelector('main h1'));
    const undo = await setStatus(item.stateRef, 'done');
    showToast({ text: t('guide.stateChanged', { step: item.title, status: t('status.done') }), undo });
  };
  return {
    onDone: (item: PopupItem) => void done(item),
    onOpenPage: (url: string) => void browser.tabs.create({ url }),
    onOpenDashboard: (hash = '') => {
      void browser.tabs.create({ url: browser.runtime.getURL(`${DASHBOARD_PAGE}${hash}`) });
      window.close();
    },
  };
}
