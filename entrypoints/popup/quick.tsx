// The popup drawn from the background's ready-made view (lib/popup-start.ts): its first screen from one small
// read, then following each new view the background stores. The toast's code loads with the first toast.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadLanguage, setMessageTexts } from '@/lib/i18n';
import { watchPopupView } from '@/lib/popup-start';
import { hasTexts, type PopupView } from '@/core/popup-view';
import type { ToastMessage } from '@/components/Toast';
import { lazySection } from '@/components/lazy';
import { Popup } from './Popup';
import { popupActions } from './actions';

const ToastHost = lazySection(() => import('@/components/Toast').then((module) => module.ToastHost));

/** True when two views show the same thing (they may differ in the revision and the time they hold until). */
const sameScreen = (a: PopupView, b: PopupView) =>
  JSON.stringify({ ...a, revision: '', validUntil: 0 }) === JSON.stringify({ ...b, revision: '', validUntil: 0 });

/** How long after a change the popup waits for the background's new view before it computes its own. */
const NEW_VIEW_WAIT_MS = 2000;

function QuickPopup({ initial, onStale }: { initial: PopupView; onStale: () => void }) {
  const [view, setView] = useState(initial);
  const [lang, setLang] = useState(initial.lang);
  const [message, setMessage] = useState<ToastMessage & { id: number }>();
  useEffect(() => {
    let waiting: ReturnType<typeof setTimeout> | undefined;
    let latest = initial.revision;
    let shownLang = initial.lang;
    const stop = watchPopupView(
      (next) => {
        // Only a view of the latest data ends the wait; one the background was still making from older data
        // (it then makes another) does not.
        if (next.revision === latest) clearTimeout(waiting);
        // Another language was chosen meanwhile: its messages first, then the whole screen in it at once.
        if (next.lang !== shownLang) {
          shownLang = next.lang;
          void applyViewLanguage(next).then(() => {
            setLang(next.lang);
            setView(next);
          });
        }
        // A view made again from the same data (opening the popup asks the background to refresh) changes nothing.
        else setView((shown) => (sameScreen(shown, next) ? shown : next));
      },
      (revision) => {
        // The data changed: should no view of it come (a background that could not make one), the full popup,
        // computed here from the data itself, takes over rather than leave an old screen up.
        latest = revision;
        clearTimeout(waiting);
        waiting = setTimeout(onStale, NEW_VIEW_WAIT_MS);
      },
    );
    return () => {
      clearTimeout(waiting);
      stop();
    };
  }, []);
  // The live region is on the page from the first paint, so that the first toast in it is announced.
  const toast = (
    <div class="toast-region no-print" aria-live="polite">
      {message && <ToastHost message={message} />}
    </div>
  );
  const show = (shown: ToastMessage) => setMessage((last) => ({ ...shown, id: (last?.id ?? 0) + 1 }));
  return <Popup key={lang} view={view} toast={toast} {...popupActions(show)} />;
}

/**
 * Draws in the view's language at once, with the messages it carries; the whole dictionary follows, for what
 * comes after (a toast, the full popup). A view made without them waits for the dictionary instead.
 */
async function applyViewLanguage(view: PopupView) {
  if (!hasTexts(view)) {
    await loadLanguage(view.lang, { stepText: false });
    return;
  }
  setMessageTexts(view.lang, view.texts);
  // Nothing on the first screen needs the whole dictionary: it loads once that screen is drawn.
  setTimeout(() => void loadLanguage(view.lang, { stepText: false }));
}

export async function mountQuick(view: PopupView, container: HTMLElement, onStale: () => void) {
  await applyViewLanguage(view);
  render(<QuickPopup initial={view} onStale={onStale} />, container);
}
