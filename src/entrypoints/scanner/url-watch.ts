// Single-page apps change the URL without a new document. The background forgets a tab's state on Chrome's
// same-document "loading" update, so the guard re-sends its scan on every URL change. The Navigation API
// where the browser has it, else a poll of location.href every second (what WXT's watcher did).
import type { ScriptContext } from '@/platform/content-context';

export const POLL_MS = 1000;

interface NavigateEventLike {
  readonly isTrusted: boolean;
  readonly destination: { readonly url: string };
}

export interface UrlWatchWindow {
  readonly location: { readonly href: string };
  readonly navigation?: {
    addEventListener(type: 'navigate', listener: (event: NavigateEventLike) => void, options: { signal: AbortSignal }): void;
  };
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
}

/** Calls `onChange` after each change of the frame's URL until the content script is invalidated. */
export function watchUrl(win: UrlWatchWindow, ctx: ScriptContext, onChange: () => void): void {
  let last = win.location.href;
  const seen = (url: string): void => {
    if (url === last || ctx.isInvalid) return;
    last = url;
    onChange();
  };
  if (typeof win.navigation?.addEventListener === 'function') {
    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    win.navigation.addEventListener('navigate', (event) => event.isTrusted && seen(event.destination.url), { signal: stop.signal });
    return;
  }
  const id = win.setInterval(() => seen(win.location.href), POLL_MS);
  ctx.onInvalidated(() => win.clearInterval(id));
}
