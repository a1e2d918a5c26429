// The content script is injected at document_start (the share relay's handshake must come before any page
// script), but the guard's gate and first scan wait until the page has loaded and painted: the window's
// `load`, or AFTER_DOM_MS after DOMContentLoaded when images or frames hold `load` back; then the page's next
// frame (requestAnimationFrame, then a task: the frame has been painted; at most FRAME_WAIT_MS, as a hidden page
// gets no frames); then the next idle period of the main thread (requestIdleCallback, at most IDLE_TIMEOUT_MS).
// Without the frame step the idle period could come before the first paint (Chrome holds a page's first paint
// for a while after a same-site navigation), and the gate and scan would then delay it. (On the bench's small
// page the difference was within the machine's scatter; the order is what the step guarantees.)
// Scanning earlier would read half-parsed pages and take the main thread while the page loads and paints
// (Chrome's own document_idle waits only 200 ms after DOMContentLoaded, which puts the scan inside the load of a
// page whose images are slow); the gate message waits so that it never races the tab's own "loading" update in
// the background.
//
// Someone who focuses a form field does not wait for any of that: a trusted focusin on an input, select or
// textarea (in an open shadow root, or a closed one the browser shows content scripts), or on a box standing in
// for one (sensor/editable.ts), starts the guard at once, so a warning can still come before the first key.
//
// Hostile pages: the listeners are capture listeners on the window, added at document_start, so they run
// before anything a page script adds and a page cannot stop them with stopImmediatePropagation. Untrusted
// (page-dispatched) events are ignored. A document that never finishes loading still gets the guard after
// FALLBACK_MS: a scan of a partial page, then the MutationObserver, is better than none.
import { closedShadowRootReader, followFocus, type ShadowRootReader } from '@/platform/closed-shadow-root';
import { CONTROL_TAGS } from '@/sensor/collect-controls';
import { isBox } from '@/sensor/editable';

/** How long after DOMContentLoaded the guard waits for `load` before it starts anyway. */
export const AFTER_DOM_MS = 1_000;
export const FALLBACK_MS = 10_000;
/** The longest the guard waits for an idle moment once the page has loaded. */
export const IDLE_TIMEOUT_MS = 1_000;
/** The longest it waits for the page's next frame once it has loaded (a page in a background tab gets none). */
export const FRAME_WAIT_MS = 1_000;

export interface IdleTimers {
  setTimeout(handler: () => void, ms: number): unknown;
  /** requestIdleCallback where the browser has it: `handler` runs when the main thread is idle, or after `timeoutMs`. */
  requestIdle?(handler: () => void, timeoutMs: number): unknown;
  /** requestAnimationFrame: `handler` runs just before the page's next frame is painted. */
  requestFrame?(handler: () => void): unknown;
}


/**
 * A trusted focusin on a field: an input, select or textarea, or a box standing in for one (sensor/editable.ts). Someone is
 * about to type. Inside an open shadow root the event's path names the field; inside a closed one it names the
 * host, so the browser is asked for that root (2 µs, at a focus only) and the focus followed down.
 */
export function isFieldFocus(event: Event, readShadowRoot: ShadowRootReader = closedShadowRootReader()): boolean {
  if (!event.isTrusted) return false;
  const isField = (el: Element): boolean => CONTROL_TAGS.has(el.tagName) || isBox(el);
  const start = (event.composedPath?.()[0] ?? event.target) as Element | null;
  const el = followFocus(start, (host) => host.shadowRoot ?? readShadowRoot(host), isField);
  return !!el?.tagName && isField(el);
}

/**
 * The outermost window this frame can reach (same origin, parents up): an about:blank or srcdoc frame, or a
 * same-origin one, shares its main thread with that page. Such a frame's own document is complete at once, so
 * it waits for the page's load instead; otherwise its gate, scanner injection and scan ran on the page's main
 * thread while the page was still loading (petcity, two blank frames: +12.0 → +9.0 ms of CPU until loaded in
 * one 15-load comparison, about the size of this machine's scatter).
 */
export function pageWindow(win: Window): Window {
  let w = win;
  try {
    // A cross-origin parent throws on `document`: its frame is a page of its own.
    while (w.parent !== w && w.parent.document) w = w.parent;
  } catch {
    // Stop at the last window we could reach.
  }
  return w;
}

/**
 * Calls `callback` once, at the idle moment of the page `doc` belongs to (soon when it is complete already);
 * `doc` and `win` are that page's (pageWindow), `focusWin` the frame's own window, where a focus starts it at once.
 * `onReopen` (early-events.ts) calls back after each document.open() of the frame: a page that opens its document
 * while it loads erased the `load`, `DOMContentLoaded` and `focusin` listeners, and the guard then waited for
 * FALLBACK_MS, deaf to a focus on the card field written meanwhile.
 */
export function whenIdle(
  doc: Document,
  win: Window,
  timers: IdleTimers,
  callback: () => void,
  focusWin: Window = win,
  onReopen?: (listen: () => void) => void,
): void {
  let done = false;
  let settling = false;
  const fire = (): void => {
    if (done) return;
    done = true;
    win.removeEventListener('DOMContentLoaded', onDom, true);
    win.removeEventListener('load', onLoad, true);
    focusWin.removeEventListener('focusin', onFocus, true);
    callback();
  };
  const idle = (): void => {
    if (done) return;
    if (timers.requestIdle) timers.requestIdle(fire, IDLE_TIMEOUT_MS);
    else timers.setTimeout(fire, 0);
  };
  /** The page is loaded (or has waited AFTER_DOM_MS for it): run once it has painted, in the next idle period. */
  const settle = (): void => {
    if (done || settling) return;
    settling = true;
    if (!timers.requestFrame) return idle();
    let painted = false;
    const afterFrame = (): void => {
      if (painted) return;
      painted = true;
      idle();
    };
    // The animation-frame callback runs before the frame's paint; a task it queues runs after it.
    timers.requestFrame(() => timers.setTimeout(afterFrame, 0));
    timers.setTimeout(afterFrame, FRAME_WAIT_MS);
  };
  const onDom = (event: Event): void => {
    if (event.isTrusted && event.target === doc) timers.setTimeout(settle, AFTER_DOM_MS);
  };
  const onLoad = (event: Event): void => {
    // `load` of images and frames does not reach the window (it does not bubble); the document's does.
    if (event.isTrusted && event.target === doc) settle();
  };
  const onFocus = (event: Event): void => {
    if (isFieldFocus(event)) fire();
  };
  /** The window listeners; again after each document.open() (which erases them; the document then loads again). */
  const listen = (): void => {
    if (done) return;
    focusWin.addEventListener('focusin', onFocus, true);
    win.addEventListener('load', onLoad, true);
    win.addEventListener('DOMContentLoaded', onDom, true);
  };
  // Firefox's first about:blank document of a tab a page opened with window.open('') says 'uninitialized' (outside
  // DocumentReadyState) and never loads: it has all it will ever have, like a complete one.
  listen();
  onReopen?.(listen);
  const state: string = doc.readyState;
  if (state === 'complete' || state === 'uninitialized') return settle();
  if (state === 'interactive') timers.setTimeout(settle, AFTER_DOM_MS);
  timers.setTimeout(fire, FALLBACK_MS);
}
