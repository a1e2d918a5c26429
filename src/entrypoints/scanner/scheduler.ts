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
  const fire = (): void => {
    timer = undefined;
    firstAt = undefined;
    run();
  };
  return {
    /** A change happened; `now` skips the wait (a typed card number, a URL change). */
    poke(now = false): void {
      const at = timers.now();
      firstAt ??= at;
      if (timer !== undefined) timers.clearTimeout(timer);
      const wait = now ? 0 : Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - at));
      timer = timers.setTimeout(fire, wait);
    },
    cancel(): void {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      firstAt = undefined;
    },
  };
}
