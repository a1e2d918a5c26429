// The content script is injected at document_start (the share relay's handshake must come before any page
// script), but the guard's gate and first scan wait for the moment Chrome calls document_idle: the window's
// `load`, or 200 ms after DOMContentLoaded, whichever comes first. Scanning earlier would read half-parsed
// pages; the gate message waits so that it never races the tab's own "loading" update in the background.
//
// Hostile pages: the listeners are capture listeners on the window, added at document_start, so they run
// before anything a page script adds and a page cannot stop them with stopImmediatePropagation. Untrusted
// (page-dispatched) events are ignored. A document that never finishes loading still gets the guard after
// FALLBACK_MS: a scan of a partial page, then the MutationObserver, is better than none.

export const AFTER_DOM_MS = 200;
export const FALLBACK_MS = 10_000;

export interface IdleTimers {
  setTimeout(handler: () => void, ms: number): unknown;
}

/** Calls `callback` once, at the document's idle moment (at once when the document is complete already). */
export function whenIdle(doc: Document, win: Window, timers: IdleTimers, callback: () => void): void {
  let done = false;
  const fire = (): void => {
    if (done) return;
    done = true;
    win.removeEventListener('DOMContentLoaded', onDom, true);
    win.removeEventListener('load', onLoad, true);
    callback();
  };
  const onDom = (event: Event): void => {
    if (event.isTrusted && event.target === doc) timers.setTimeout(fire, AFTER_DOM_MS);
  };
  const onLoad = (event: Event): void => {
    // `load` of images and frames does not reach the window (it does not bubble); the document's does.
    if (event.isTrusted && event.target === doc) fire();
  };
  if (doc.readyState === 'complete') {
    fire();
    return;
  }
  win.addEventListener('load', onLoad, true);
  if (doc.readyState === 'interactive') timers.setTimeout(fire, AFTER_DOM_MS);
  else win.addEventListener('DOMContentLoaded', onDom, true);
  timers.setTimeout(fire, FALLBACK_MS);
}
