// The content script's lifetime, smaller than WXT's ContentScriptContext (which brings a URL watcher, custom
// events, a logger and timers we do not use: ~0.9 KB gzipped on every page). wxt.config.ts points
// `wxt/utils/content-script-context` here in the content-script builds, so WXT's entrypoint wrapper creates
// this one; everything else (tests included) may keep using WXT's, which has the same members.
//
// Invalid means: the extension was reloaded, updated or removed, and this copy of the script is orphaned
// (Chrome: runtime.id is gone; its calls would throw "Extension context invalidated"). Firefox unloads
// orphaned scripts itself. WXT's other job, invalidating an older copy when a newer one starts in the same
// document, only happens in `wxt dev` (the browsers do not re-run declared content scripts in an open
// document), so it is left out.
import type { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from './content-browser';

/** What the content script uses of its context; WXT's ContentScriptContext has it too. */
export type ScriptContext = Pick<WxtContentScriptContext, 'isInvalid' | 'onInvalidated' | 'setTimeout'>;

export class ContentScriptContext implements ScriptContext {
  readonly #controller = new AbortController();

  /** Same parameters as WXT's (its entrypoint wrapper passes the script's name and options); unused here. */
  constructor(_name?: string, _options?: unknown) {}

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.#controller.abort();
    return this.#controller.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    const { signal } = this.#controller;
    signal.addEventListener('abort', callback);
    return () => signal.removeEventListener('abort', callback);
  }

  /** A timeout that does not fire once the script is invalid (and is cleared when that is noticed). */
  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (!this.isInvalid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id as unknown as number;
  }
}
