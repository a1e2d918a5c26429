// The extension namespace for the content scripts, without webextension-polyfill.
//
// Why: the content script runs on every page and must stay small (≤ 20 KB gzipped, all content scripts
// together); the polyfill alone is ~3 KB gzipped. The background and the extension pages keep the polyfill
// (`wxt/browser`). For the content-script builds, wxt.config.ts points `wxt/browser` here as well, because
// WXT's own content-script runtime (ContentScriptContext) imports it for `runtime.id`.
//
// The few calls the content scripts make behave the same in every browser we support without the polyfill:
// - runtime.sendMessage(message) returns a promise: Firefox (`browser`), Chrome MV3 (`chrome`; recent Chrome,
//   156 here, also has a native `browser`).
// - runtime.onMessage: an async answer is `return true` + sendResponse, which every version of both browsers
//   understands (a listener returning a promise does not work in older Chrome). The type below only allows
//   that form; content-messaging.ts wraps it.
//
// `browser` is taken only when it really is the extension namespace: a method has to be a function, which a
// page cannot fake with named elements (`<form id="browser">` shows up on `window` in some browsers).

export type MessageListener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (response: unknown) => void,
) => true | undefined;

export interface ContentBrowser {
  runtime: {
    /** Undefined once the extension is reloaded or removed (the content script is orphaned). */
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: MessageListener): void;
      removeListener(listener: MessageListener): void;
    };
  };
}

const scope = globalThis as { browser?: ContentBrowser; chrome?: ContentBrowser };
let found: ContentBrowser | undefined;

/**
 * Looked up at the first call, not when the script loads: the first touch of `browser.runtime` in a frame
 * makes the browser set up the extension's API objects there, and the content script makes no extension call
 * before the page has loaded, so that work waits too. (Its size was below what the bench can resolve on this
 * machine; the order is the point.)
 */
function namespace(): ContentBrowser {
  found ??= typeof scope.browser?.runtime?.sendMessage === 'function' ? scope.browser : (scope.chrome as ContentBrowser);
  return found;
}

export const browser: ContentBrowser = {
  get runtime() {
    return namespace().runtime;
  },
};
