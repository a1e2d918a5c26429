// Single-page apps change the URL without a new document. Chrome reports each history change of the top frame
// (pushState, replaceState, a fragment, even a replaceState to the same URL) to the background as the tab
// `loading`, as it does a new page, and the background forgets the tab; so the guard re-sends its scan on each
// one (handlers.ts puts the tab's frames back then). The Navigation API's currententrychange where the browser has
// it: it fires for every same-document change, the same URL included, and never for a navigation away to a new
// document (the `navigate` event fires for those too). Else a poll of location.href every second (what WXT's
// watcher did), which sees URL changes only.
import type { ScriptContext } from '@/platform/content-context';

export const POLL_MS = 1000;

export interface UrlWatchWindow {
  readonly location: { readonly href: string };
  readonly navigation?: {
    addEventListener(type: 'currententrychange', listener: (event: { readonly isTrusted: boolean }) => void, options: { signal: AbortSignal }): void;
  };
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
}

/** Calls `onChange` after each history change of the frame's document until the content script is invalidated. */
export function watchUrl(win: UrlWatchWindow, ctx: ScriptContext, onChange: () => void): void {
  if (typeof win.navigation?.addEventListener === 'function') {
    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    win.navigation.addEventListener('currententrychange', (event) => event.isTrusted && !ctx.isInvalid && onChange(), { signal: stop.signal });
    return;
  }
  let last = win.location.href;
  const id = win.setInterval(() => {
    const url = win.location.href;
    if (url === last || ctx.isInvalid) return;
    last = url;
    onChange();
  }, POLL_MS);
  ctx.onInvalidated(() => win.clearInterval(id));
}
