// A short confirmation of what just happened, with Undo when that action can be undone. One at a time: a new
// one replaces the last (and with it the last one's Undo). It leaves after a few seconds, but not while the
// pointer rests on it or focus is in it, and it does not follow the user to another page.
import './Toast.css';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { focusElement } from './focus';
import { LangText } from './LangText';

export interface ToastMessage {
  text: string;
  undo?: () => Promise<void>;
}

/** How long a toast stays, in ms; one with Undo stays longer, so that undoing is not a race. */
export const TOAST_MS = 6000;
export const TOAST_UNDO_MS = 10_000;
/** A page change this soon after a toast was made by the same action (save, then open the plan). */
const SAME_ACTION_MS = 300;

interface Shown extends ToastMessage {
  id: number;
  /** Still true while the action that showed it may change the page itself. */
  fresh: boolean;
}

let counter = 0;

/** `region: false` leaves the live region to the page (the popup's, which has it before this code loads). */
export function useToast({ region = true } = {}) {
  const [toast, setToast] = useState<Shown | undefined>();
  const [held, setHeld] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const show = useCallback((message: ToastMessage) => {
    setHeld(false);
    const id = ++counter;
    setToast({ ...message, id, fresh: true });
    setTimeout(() => setToast((shown) => (shown?.id === id && shown.fresh ? { ...shown, fresh: false } : shown)), SAME_ACTION_MS);
  }, []);
  const clear = useCallback(() => setToast(undefined), []);
  /** The page changed: a toast about an earlier action goes; one shown by the action that changed it stays. */
  const leave = useCallback(() => setToast((shown) => (shown?.fresh ? { ...shown, fresh: false } : undefined)), []);
  useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(() => setToast(undefined), toast.undo ? TOAST_UNDO_MS : TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast?.id, held]);
  const close = () => {
    // Focus was in the toast: leave it somewhere sensible rather than on <body>.
    const hadFocus = box.current?.contains(document.activeElement);
    setToast(undefined);
    setHeld(false);
    const heading = document.querySelector<HTMLElement>('main h1');
    if (hadFocus && heading) focusElement(heading);
  };
  // The live region is always on the page, so that what appears in it is announced (politely); the toast
  // itself is the status.
  const body = toast && (
    <div
      key={toast.id}
      ref={box}
      class="toast"
      role="status"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(box.current?.contains(document.activeElement) ?? false)}
      onFocusCapture={() => setHeld(true)}
      onBlurCapture={(event) => setHeld(box.current?.contains(event.relatedTarget as Node | null) ?? false)}
    >
      <span>
        <LangText text={toast.text} />
      </span>
      {toast.undo && (
        <button
          type="button"
          onClick={() => {
            void toast.undo!();
            close();
          }}
        >
          {t('common.undo')}
        </button>
      )}
      <button type="button" aria-label={t('common.close')} onClick={close}>
        ×
      </button>
    </div>
  );
  const view = region ? (
    <div class="toast-region no-print" aria-live="polite">
      {body}
    </div>
  ) : (
    body
  );
  return { show, clear, leave, view };
}

/**
 * A toast for a page that loads this code with its first message (the popup drawn from its ready-made view):
 * shows each new message (a new `id`) in the page's own live region.
 */
export function ToastHost({ message }: { message: ToastMessage & { id: number } }) {
  const toast = useToast({ region: false });
  useEffect(() => toast.show(message), [message.id]);
  return toast.view || null;
}
