// Keyboard focus follows what an action produced: the new account, the next step, the first wrong field.
// What an action produces often appears only after storage has been written and the view re-rendered, so
// the request waits (a few frames, at most a couple of seconds) for the element to be on the page.

let pending: string | undefined;

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Focuses the element with this id now, or as soon as it appears; it is scrolled into view. */
export function focusSoon(id: string, tries = 120): void {
  pending = id;
  const attempt = (left: number) => {
    if (pending !== id) return; // a newer request won
    const element = document.getElementById(id);
    if (element && element.isConnected) {
      pending = undefined;
      focusElement(element);
      return;
    }
    if (left > 0) setTimeout(() => attempt(left - 1), 16);
    else pending = undefined;
  };
  // Never at once: a view's effects run before its page's, and the page must see that focus is spoken for.
  setTimeout(() => attempt(tries), 0);
}

/** True while a focus request waits for its element: a route change then leaves focus to it. */
export const focusPending = (): boolean => pending !== undefined;

/** Focuses an element, making a heading or list item focusable by script (not by Tab) first. */
export function focusElement(element: HTMLElement): void {
  if (!element.matches(FOCUSABLE)) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  element.scrollIntoView?.({ block: 'nearest' });
}
