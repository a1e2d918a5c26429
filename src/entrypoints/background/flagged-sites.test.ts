import { describe, expect, it, vi } from 'vitest';
import type { DomainAssessment, Level } from '@/core/types';
import type { FrameState, TabState } from '@/messaging/protocol';
import { memoryStore } from '@/platform/session-store';
import { RememberingTabStore } from './flag-memory';
import { flaggedSitesOf, mergeFlagged } from './flagged-sites';
import { createHandlers } from './handlers';
import { combineFrames, withVerdict } from './tab-state';
import { backgroundDeps, domain, verdict } from './test-factories';

function frame(frameId: number, host: string, level: Level, kind: DomainAssessment['kind'] = 'unknown'): FrameState {
  const registrableDomain = host.split('.').slice(-2).join('.');
  const assessed = domain({ host, registrableDomain, kind });
  return { frameId, url: `https://${host}/`, domain: assessed, verdict: verdict({ level, domain: assessed }) };
}

const tab = (tabId: number, ...frames: FrameState[]): TabState => combineFrames(tabId, frames, 1);

describe('flaggedSitesOf: the sites open tabs flag now', () => {
  it('names each caution or danger site once, at its highest level, sorted', () => {
    expect(
      flaggedSitesOf([
        tab(1, frame(0, 'www.kf-lipei.top', 'caution')),
        tab(2, frame(0, 'kf-lipei.top', 'danger')),
        tab(3, frame(0, 'shop-example.cn', 'caution')),
        tab(4, frame(0, 'news-example.cn', 'none')),
        null,
      ]),
    ).toEqual([
      { domain: 'kf-lipei.top', level: 'danger' },
      { domain: 'shop-example.cn', level: 'caution' },
    ]);
  });

  it('the top frame’s site is at the tab’s level, as the popup’s trust check reads it (a card form in a frame of another site)', () => {
    expect(flaggedSitesOf([tab(1, frame(0, 'kf-lipei.top', 'none'), frame(3, 'pay-frame.cn', 'danger'))])).toEqual([
      { domain: 'kf-lipei.top', level: 'danger' },
      { domain: 'pay-frame.cn', level: 'danger' },
    ]);
  });

  it('a frame below the top counts at its own level only', () => {
    expect(flaggedSitesOf([tab(1, frame(0, 'kf-lipei.top', 'danger'), frame(2, 'stats-example.cn', 'none'))])).toEqual([
      { domain: 'kf-lipei.top', level: 'danger' },
    ]);
  });

  it.each(['official', 'trusted', 'user-content', 'lookalike'] as const)('leaves out a site of kind %s (the popup offers no trust there either)', (kind) => {
    expect(flaggedSitesOf([tab(1, frame(0, 'meeting.tencent.com', 'caution', kind))])).toEqual([]);
  });

  it('leaves out a frame with no registrable domain', () => {
    const state = tab(1, { ...frame(0, 'x', 'danger'), domain: domain({ host: '10.0.0.1', registrableDomain: null }) });
    expect(flaggedSitesOf([state])).toEqual([]);
  });
});

describe('mergeFlagged', () => {
  it('names each site once at its higher level, sorted', () => {
    expect(
      mergeFlagged(
        [{ domain: 'shop-example.cn', level: 'caution' }],
        [
          { domain: 'shop-example.cn', level: 'danger' },
          { domain: 'b-example.cn', level: 'caution' },
        ],
      ),
    ).toEqual([
      { domain: 'b-example.cn', level: 'caution' },
      { domain: 'shop-example.cn', level: 'danger' },
    ]);
  });
});

describe('options-bg-flagged-sites (handler)', () => {
  const options = { kind: 'extension-page' as const, url: 'chrome-extension://x/options.html' };
  const ask = (handlers: ReturnType<typeof createHandlers>) => handlers.handle({ message: { type: 'options-bg-flagged-sites' }, from: options });
  const danger = verdict({ level: 'danger', domain: domain({ host: 'kf-lipei.top', registrableDomain: 'kf-lipei.top' }) });
  const caution = verdict({ level: 'caution', domain: domain({ host: 'shop-example.cn', registrableDomain: 'shop-example.cn' }) });
  const quiet = verdict({ level: 'none', domain: domain({ host: 'news-example.cn', registrableDomain: 'news-example.cn' }) });

  it('answers what every open tab shows, from the tab store', async () => {
    const { deps } = backgroundDeps({});
    const handlers = createHandlers(deps);
    await deps.store.update(5, (s) => withVerdict(s, 5, 0, 'https://kf-lipei.top/', danger, 1));
    await deps.store.update(6, (s) => withVerdict(s, 6, 0, 'https://news-example.cn/', quiet, 1));
    expect(await ask(handlers)).toEqual({ sites: [{ domain: 'kf-lipei.top', level: 'danger' }] });
  });

  it('regression ("关掉那个网页，再去设置里加"): with the store index.ts wires, a flagged site stays in the answer after its tab closed or moved on', async () => {
    const { deps } = backgroundDeps({ store: new RememberingTabStore(memoryStore(), vi.fn()) });
    const handlers = createHandlers(deps);
    await deps.store.update(5, (s) => withVerdict(s, 5, 0, 'https://kf-lipei.top/', danger, 1));
    await deps.store.update(6, (s) => withVerdict(s, 6, 0, 'https://shop-example.cn/', caution, 1));
    await deps.store.update(7, (s) => withVerdict(s, 7, 0, 'https://news-example.cn/', quiet, 1));
    await handlers.closed(5);
    await handlers.navigated(6);
    await handlers.closed(7);
    expect(await deps.store.tabIds()).toEqual([]);
    expect(await ask(handlers)).toEqual({
      sites: [
        { domain: 'kf-lipei.top', level: 'danger' },
        { domain: 'shop-example.cn', level: 'caution' },
      ],
    });
  });
});
