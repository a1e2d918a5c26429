import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsReader } from './reader';
import { addTrusted } from './store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settingsReader', () => {
  it('reads storage once while the settings do not change', async () => {
    await addTrusted('example.com');
    const read = settingsReader();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect((await read()).trusted).toEqual(['example.com']);
    const afterFirst = get.mock.calls.length;
    expect(afterFirst).toBeGreaterThan(0);
    expect((await read()).trusted).toEqual(['example.com']);
    expect(get.mock.calls.length).toBe(afterFirst);
  });

  it('sees a change made elsewhere (options page, popup trust) on the next read', async () => {
    const read = settingsReader();
    expect((await read()).trusted).toEqual([]);
    await addTrusted('example.org');
    // The item's watcher runs on the storage change event.
    await vi.waitFor(async () => expect((await read()).trusted).toEqual(['example.org']));
  });

  it('repairs a corrupt stored value on the first read, as loadSettings does', async () => {
    await fakeBrowser.storage.local.set({ settings: { trusted: ['com.cn', 'Example.COM'], meetingWindowMinutes: 'soon' } });
    const read = settingsReader();
    expect(await read()).toEqual({ trusted: ['example.com'], meetingWindowMinutes: 30 });
  });
});
