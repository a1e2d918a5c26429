import { describe, expect, it } from 'vitest';
import { oneAtATime, SETTINGS_LOCK, type LockRequester } from './one-at-a-time';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('oneAtATime', () => {
  it('runs the change under the Web Lock shared by every extension context, when the browser has one', async () => {
    const names: string[] = [];
    const locks: LockRequester = {
      request: async (name, callback) => {
        names.push(name);
        return callback();
      },
    };
    expect(await oneAtATime(async () => 42, locks)).toBe(42);
    expect(names).toEqual([SETTINGS_LOCK]);
  });

  it('without one, runs changes strictly one after another, and a failed one does not stop the next', async () => {
    const log: string[] = [];
    const change = (name: string, fail = false) => async () => {
      log.push(`${name} starts`);
      await tick();
      log.push(`${name} ends`);
      if (fail) throw new Error(`${name} failed`);
      return name;
    };
    const results = await Promise.allSettled([oneAtATime(change('a'), null), oneAtATime(change('b', true), null), oneAtATime(change('c'), null)]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['a', 'b failed', 'c']);
    expect(log).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });
});
