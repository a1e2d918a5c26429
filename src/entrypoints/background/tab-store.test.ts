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
