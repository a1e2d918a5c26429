import { describe, expect, it } from 'vitest';
import { memoryStore, type KeyValueStore } from '@/platform/session-store';
import { withVerdict } from './tab-state';
import { TabStore } from './tab-store';
import { verdict } from './test-factories';

/** A store whose reads and writes take a while, so unserialised read-modify-writes would interleave. */
function slowStore(): KeyValueStore {
  const inner = memoryStore();
  const later = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
  return {
    get: async (key) => (await later(), inner.get(key)),
    set: async (key, value) => (await later(), inner.set(key, value)),
    remove: async (key) => (await later(), inner.remove(key)),
    keys: () => inner.keys(),
  };
}

describe('TabStore', () => {
  it('keeps every frame when many frames of one tab report at once', async () => {
    const store = new TabStore(slowStore());
    await Promise.all(
      Array.from({ length: 20 }, (_, frameId) => store.update(3, (s) => withVerdict(s, 3, frameId, `https://f${frameId}.example/`, verdict(), frameId))),
    );
    expect((await store.get(3))?.frames.map((f) => f.frameId)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('a failing change does not block later changes to the tab', async () => {
    const store = new TabStore(memoryStore());
    await expect(store.update(1, () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await store.update(1, (s) => withVerdict(s, 1, 0, 'https://a.example/', verdict(), 1));
    expect(await store.get(1)).not.toBeNull();
  });

  it('clear forgets the tab and tabIds lists the known tabs', async () => {
    const store = new TabStore(memoryStore());
    await store.update(1, (s) => withVerdict(s, 1, 0, 'https://a.example/', verdict(), 1));
    await store.update(2, (s) => withVerdict(s, 2, 0, 'https://b.example/', verdict(), 1));
    await store.clear(1);
    expect(await store.get(1)).toBeNull();
    expect(await store.tabIds()).toEqual([2]);
  });
});

describe('TabStore: what a tab’s windows lent it', () => {
  const page = (tabId: number, url: string, level: 'caution' | 'danger') => withVerdict(null, tabId, 0, url, verdict({ level }), 1);

  it('two windows lending at once both count; shown merges them with the tab’s own state', async () => {
    const store = new TabStore(slowStore());
    await store.update(1, () => page(1, 'https://scam.example/', 'caution'));
    await Promise.all([store.lend(1, 7, page(7, 'https://scam.example/', 'danger')), store.lend(1, 8, page(8, 'https://scam.example/', 'caution'))]);
    const shown = await store.shown(1);
    expect(shown?.level).toBe('danger');
    expect(shown?.frames.map((f) => f.frameId)).toEqual([0, -1, -2]);
    // Its own state is untouched: re-checks and the frames' updates see the tab's own frames only.
    expect((await store.get(1))?.level).toBe('caution');
  });

  it('links a window to its opener; forgetWindows drops the link and what was lent; keepLentFor drops other sites', async () => {
    const store = new TabStore(memoryStore());
    await store.update(1, () => page(1, 'https://scam.example/', 'caution'));
    await store.linkWindow(7, 1);
    expect(await store.openerOf(7)).toBe(1);
    await store.lend(1, 7, page(7, 'https://scam.example/', 'danger'));
    await store.keepLentFor(1, 'https://scam.example/step2');
    expect((await store.shown(1))?.level).toBe('danger');
    await store.keepLentFor(1, 'https://news.example/');
    expect((await store.shown(1))?.level).toBe('caution');
    await store.lend(1, 7, page(7, 'https://scam.example/', 'danger'));
    await Promise.all([store.forgetWindows(1), store.forgetWindows(7)]);
    expect(await store.openerOf(7)).toBeNull();
    expect((await store.shown(1))?.level).toBe('caution');
    // Only tabs' own states are tabs.
    expect(await store.tabIds()).toEqual([1]);
  });
});
