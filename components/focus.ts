// Keyboard focus follows what an action produced: the new account, the next step, the first wrong field.
// What an action produces often appears only after storage has been written and the view re-rendered, so
// the request waits (a few frames, at most a couple of seconds) for the element to be on the page.

/** The heading of a finish screen (all steps of a guide or a plan dealt with), which takes focus when it appears. */
export const FINISH_TITLE = 'finish-title';

let pending: object | undefined;

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';
/** What a keyboard user can reach with Tab: a step's or a task's "first control". */
const CONTROL =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])';

/** Focuses what `find` returns, now or as soon as it returns something; it is scrolled into view. */
export function focusWhen(find: () => HTMLElement | null | undefined, tries = 120): void {
  const token = {};
  pending = token;
  const attempt = (left: number) => {
    if (pending !== token || typeof document === 'undefined') return; // a newer request won, or the page is gone
    const element = find();
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

/** Focuses the element with this id now, or as soon as it appears; it is scrolled into view. */
export function focusSoon(id: string, tries = 120): void {
  focusWhen(() => document.getElementById(id), tries);
}

/** The first control (link, button, field) inside an element, for "focus the next step's first control". */
export const firstControl = (container: Element | null | undefined): HTMLElement | null =>
  container?.querySelector<HTMLElement>(CONTROL) ?? null;

/** True while a focus request waits for its element: a route change then leaves focus to it. */
export const focusPending = (): boolean => pending !== undefined;

/** Focuses an element, making a heading or list item focusable by script (not by Tab) first. */
export function focusElement(element: HTMLElement): void {
  if (!element.matches(FOCUSABLE)) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  element.scrollIntoView?.({ block: 'nearest' });
}

/**
 * After an item is dealt with and leaves its list (a step marked done in the popup): focus the first control of
 * the item now in its place, else of the last one left, else `fallback()`. The items carry `data-item="<id>"`.
 */
export function focusInPlaceOf(id: string, fallback: () => HTMLElement | null): void {
  const items = () => [...document.querySelectorAll<HTMLElement>('[data-item]')];
  const at = items().findIndex((one) => one.dataset.item === id);
  focusWhen(() => {
    const now = items();
    if (now.some((one) => one.dataset.item === id)) return null; // not re-rendered yet
    const target = now[Math.max(at, 0)] ?? now.at(-1);
    return target ? firstControl(target) : fallback();
  });
}

/** Where the focused element was: enough to find what took its place after a re-render removed it. */
interface Place {
  element: HTMLElement;
  /** The element's own id (a field keeps its id when the page is redrawn, e.g. in another language). */
  id: string;
  /** The list item it was in (`data-item`), that item's index and the items of its section then. */
  item?: string;
  index: number;
  /** The heading that names its section (`aria-labelledby`), the page's route then. */
  heading?: string;
  hash: string;
}

function placeOf(element: HTMLElement): Place {
  const section = element.closest<HTMLElement>('section[aria-labelledby]');
  const item = element.closest<HTMLElement>('[data-item]');
  const items = [...(section ?? document).querySelectorAll<HTMLElement>('[data-item]')];
  return {
    element,
    id: element.id,
    item: item?.dataset.item,
    index: item ? items.indexOf(item) : -1,
    heading: section?.getAttribute('aria-labelledby') ?? undefined,
    hash: location.hash,
  };
}

/** What stands in the place of an element that left the page: the same field, the item now in its place, its section's heading. */
function successor(place: Place, settled: boolean): HTMLElement | null {
  if (place.id) {
    const same = document.getElementById(place.id);
    if (same) return same;
    if (!settled) return null; // a redrawn page may still be drawing it
  }
  const heading = place.heading ? document.getElementById(place.heading) : null;
  const section = heading?.closest<HTMLElement>('section') ?? null;
  if (place.item !== undefined && section) {
    const items = [...section.querySelectorAll<HTMLElement>('[data-item]')];
    const target = items.find((one) => one.dataset.item === place.item) ?? items[Math.max(place.index, 0)] ?? items.at(-1);
    const control = firstControl(target);
    if (control) return control;
  }
  return heading ?? document.querySelector<HTMLElement>('main h1');
}

/**
 * Keeps keyboard focus on the page when a re-render takes the focused element away without an action having
 * said where focus goes (a language switch redraws the page; an item done in the popup leaves the Overview's
 * list): focus moves to what took its place, never to <body>. A new page (another route) is left to the page's
 * own rule. Returns a function that stops watching.
 */
export function keepFocusOnPage(root: HTMLElement): () => void {
  let last: Place | undefined;
  const remember = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement && root.contains(event.target)) last = placeOf(event.target);
  };
  const check = () => {
    const place = last;
    if (!place || place.element.isConnected || pending !== undefined) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    if (place.hash !== location.hash) return;
    last = undefined;
    let tries = 0;
    focusWhen(() => successor(place, ++tries > 5), 10);
  };
  const observer = new MutationObserver(check);
  document.addEventListener('focusin', remember);
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    document.removeEventListener('focusin', remember);
  };
}
