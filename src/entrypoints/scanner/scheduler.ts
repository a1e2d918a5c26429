// Debounce with a ceiling: a burst of DOM changes triggers one scan `quietMs` after it ends, and a page that
// never stops changing (tickers, animations) still gets a scan every `maxWaitMs`, never more often.
export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}

export function debounced(run: () => void, quietMs: number, maxWaitMs: number, timers: Timers) {
  let timer: number | undefined;
  let firstAt: number | undefined;
  /** The pending run was asked for at once. */
  let urgent = false;
  const fire = (): void => {
    timer = undefined;
    firstAt = undefined;
    urgent = false;
    run();
  };
  return {
    /** A change happened; `now` skips the wait (a typed card number, a URL change). */
    poke(now = false): void {
      // A run due at once sees this change too; an ordinary change must not put it off (the DOM change that
      // comes with a typed card number, say, reported after it).
      if (urgent && !now) return;
      const at = timers.now();
      firstAt ??= at;
      if (timer !== undefined) timers.clearTimeout(timer);
      const wait = now ? 0 : Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - at));
      timer = timers.setTimeout(fire, wait);
      urgent = now;
    },
    cancel(): void {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      firstAt = undefined;
      urgent = false;
    },
  };
}
