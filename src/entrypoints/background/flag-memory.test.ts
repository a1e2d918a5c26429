import { describe, expect, it, vi } from 'vitest';
import type { Level } from '@/core/types';
import type { FlaggedSite, TabState } from '@/messaging/protocol';
import { memoryStore } from '@/platform/session-store';
import { FLAG_MEMORY_MAX, FlagMemory, RememberingTabStore, withNoted } from './flag-memory';
import { withVerdict } from './tab-state';
import { domain, verdict } from './test-factories';

const danger = (d: string): FlaggedSite => ({ domain: d, level: 'danger' });
const caution = (d: string): FlaggedSite => ({ domain: d, level: 'caution' });

/** The tab's top frame on `host` at `level` (a site of unknown kind), as the handlers store it. */
const at = (tabId: number, host: string, level: Level, frameId = 0) => (s: TabState | null) =>
  withVerdict(s, tabId, frameId, `https://${host}/pay?order=1`, verdict({ level, domain: domain({ host, registrableDomain: host }) }), 1);

describe('withNoted: the session’s flagged sites', () => {
  it('adds new sites last and raises a level, never lowers one', () => {
    expect(withNoted([], [caution('shop-example.cn')])).toEqual([caution('shop-example.cn')]);
    expect(withNoted([caution('shop-example.cn'), danger('b.cn')], [danger('shop-example.cn')])).toEqual([danger('b.cn'), danger('shop-example.cn')]);
    expect(withNoted([danger('kf-lipei.top')], [caution('kf-lipei.top')])).toEqual([danger('kf-lipei.top')]);
  });

  it(`keeps at most ${FLAG_MEMORY_MAX}: the oldest caution goes first, then the oldest danger`, () => {
    const full = [danger('kf-lipei.top'), caution('old-shop.cn'), ...Array.from({ length: FLAG_MEMORY_MAX - 2 }, (_, i) => danger(`d${i}.cn`))];
    const once = withNoted(full, [danger('new.cn')]);
    expect(once).toHaveLength(FLAG_MEMORY_MAX);
    expect(once.map((s) => s.domain)).not.toContain('old-shop.cn');
    expect(once[0]).toEqual(danger('kf-lipei.top'));
    const twice = withNoted(once, [danger('newer.cn')]);
    expect(twice).toHaveLength(FLAG_MEMORY_MAX);
    expect(twice.map((s) => s.domain)).not.toContain('kf-lipei.top');
    expect(twice.at(-1)).toEqual(danger('newer.cn'));
  });
});

describe('FlagMemory', () => {
  it('stores a domain and a level only, and writes only when something changed', async () => {
    const kv = memoryStore();
    const set = vi.spyOn(kv, 'set');
    const memory = new FlagMemory(kv);
    await memory.note([danger('kf-lipei.top')]);
    await memory.note([caution('kf-lipei.top')]);
    await memory.note([]);
    expect(set).toHaveBeenCalledTimes(1);
    expect(await kv.keys()).toEqual(['flagged-sites']);
    expect(await kv.get('flagged-sites')).toEqual([{ domain: 'kf-lipei.top', level: 'danger' }]);
  });

  it('loses nothing when many frames note at once', async () => {
    const memory = new FlagMemory(memoryStore());
    await Promise.all(['a.cn', 'b.cn', 'c.cn', 'd.cn'].map((d) => memory.note([danger(d)])));
    expect((await memory.list()).map((s) => s.domain).sort()).toEqual(['a.cn', 'b.cn', 'c.cn', 'd.cn']);
  });

  it('reads back only well-formed entries', async () => {
    const kv = memoryStore();
    await kv.set('flagged-sites', [danger('kf-lipei.top'), { domain: 'x.cn', level: 'none' }, 'y.cn', null]);
    expect(await new FlagMemory(kv).list()).toEqual([danger('kf-lipei.top')]);
    await kv.set('flagged-sites', 'not a list');
    expect(await new FlagMemory(kv).list()).toEqual([]);
  });
});

describe('RememberingTabStore', () => {
  const store = () => new RememberingTabStore(memoryStore(), vi.fn());

  it('regression: the danger site is still flagged after its tab closed', async () => {
    const tabs = store();
    await tabs.update(5, at(5, 'kf-lipei.top', 'danger'));
    await tabs.clear(5);
    expect(await tabs.tabIds()).toEqual([]);
    expect(await tabs.remembered()).toEqual([danger('kf-lipei.top')]);
  });

  it('a danger page that goes quiet before it closes (its form off the page for a moment) stays at danger', async () => {
    const tabs = store();
    await tabs.update(5, at(5, 'kf-lipei.top', 'danger'));
    await tabs.update(5, at(5, 'kf-lipei.top', 'none'));
    await tabs.update(5, () => null); // a navigation
    expect(await tabs.remembered()).toEqual([danger('kf-lipei.top')]);
  });

  it('remembers a caution site with its level, a quiet one not at all, and never the address', async () => {
    const kv = memoryStore();
    const tabs = new RememberingTabStore(kv, vi.fn());
    await tabs.update(1, at(1, 'shop-example.cn', 'caution'));
    await tabs.update(2, at(2, 'news-example.cn', 'none'));
    expect(await tabs.remembered()).toEqual([caution('shop-example.cn')]);
    expect(JSON.stringify(await kv.get('flagged-sites'))).not.toContain('/pay');
  });

  it('a card form in a frame of another site: the top page’s site and the frame’s stay flagged, as the live answer reads them', async () => {
    const tabs = store();
    await tabs.update(2, at(2, 'kf-lipei.top', 'none'));
    await tabs.update(2, at(2, 'pay-frame.cn', 'danger', 3));
    await tabs.clear(2);
    expect(await tabs.remembered()).toEqual([danger('kf-lipei.top'), danger('pay-frame.cn')]);
  });

  it('a failed note is reported and the tab’s update still stands', async () => {
    const kv = memoryStore();
    const warn = vi.fn();
    const tabs = new RememberingTabStore(kv, warn);
    const set = kv.set;
    kv.set = async (key, value) => (key === 'flagged-sites' ? Promise.reject(new Error('quota')) : set(key, value));
    const state = await tabs.update(5, at(5, 'kf-lipei.top', 'danger'));
    expect(state?.level).toBe('danger');
    expect(await tabs.get(5)).toEqual(state);
    expect(warn).toHaveBeenCalledWith('remember flagged site', expect.any(Error));
  });
});
