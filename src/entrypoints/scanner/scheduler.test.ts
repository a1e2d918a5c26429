import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounced } from './scheduler';

describe('debounced scan scheduling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const timers = {
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms) as unknown as number,
    clearTimeout: (id: number) => clearTimeout(id),
    now: () => Date.now(),
  };

  it('runs once after a burst goes quiet', () => {
    const run = vi.fn();
    const d = debounced(run, 300, 2000, timers);
    for (let i = 0; i < 5; i++) {
      d.poke();
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('still runs every maxWait while changes never stop', () => {
    const run = vi.fn();
    const d = debounced(run, 300, 1000, timers);
    for (let i = 0; i < 30; i++) {
      d.poke();
      vi.advanceTimersByTime(100);
    }
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(run.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('runs at once when asked (typed card, URL change) and can be cancelled', () => {
    const run = vi.fn();
    const d = debounced(run, 300, 2000, timers);
    d.poke(true);
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    d.poke();
    d.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('an ordinary change right after an urgent one does not put the run off', () => {
    const run = vi.fn();
    const d = debounced(run, 300, 2000, timers);
    d.poke(true);
    d.poke();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    // After that run, changes are debounced as before.
    d.poke();
    vi.advanceTimersByTime(299);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
    // A cancel forgets the urgency too.
    d.poke(true);
    d.cancel();
    d.poke();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
