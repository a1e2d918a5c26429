import { beforeEach, describe, expect, it, vi } from 'vitest';

// Every call the background makes to inject something, in order (the browser's scripting API, recorded).
const calls = vi.hoisted(() => [] as { api: 'executeScript' | 'insertCSS'; details: Record<string, unknown> }[]);
const refuse = vi.hoisted(() => ({ cssInFrame: undefined as number | undefined }));
vi.mock('wxt/browser', () => ({
  browser: {
    scripting: {
      executeScript: async (details: Record<string, unknown>) => void calls.push({ api: 'executeScript', details }),
      insertCSS: async (details: { target: { frameIds: number[] } }) => {
        calls.push({ api: 'insertCSS', details });
        if (details.target.frameIds.includes(refuse.cssInFrame ?? -1)) throw new Error('Cannot access contents of the page');
      },
    },
  },
}));

import { injectPageReaders, injectWarningUi, NO_VIEW_TRANSITION_CSS, showBannerIn, WARNING_UI_FILE } from './inject';
import { PAGE_READERS_FILE } from '@/entrypoints/page-readers/api';
import type { WarningPlan } from '@/messaging/protocol';

const userCssIn = (tabId: number, frameId: number) => ({
  api: 'insertCSS',
  details: { target: { tabId, frameIds: [frameId] }, css: NO_VIEW_TRANSITION_CSS, origin: 'USER' },
});
const warningUiIn = (tabId: number, frameId: number) => ({
  api: 'executeScript',
  details: { target: { tabId, frameIds: [frameId] }, files: [WARNING_UI_FILE], injectImmediately: true },
});

describe('the warning UI goes in with the rule that keeps view transitions off it', () => {
  beforeEach(() => {
    calls.length = 0;
    refuse.cssInFrame = undefined;
  });

  it('a frame that gets the warning UI gets the user-origin rule too (a page that holds a view transition open painted over the banner)', async () => {
    await injectWarningUi(7, 0);
    expect(calls).toEqual([warningUiIn(7, 0), userCssIn(7, 0)]);
  });

  it("a subframe's card: the rule goes into that frame and into the top frame, whose transition covers the whole tab", async () => {
    await injectWarningUi(7, 3);
    expect(calls).toEqual([warningUiIn(7, 3), userCssIn(7, 3), userCssIn(7, 0)]);
  });

  it("a top page we may not reach (another extension's) does not cost a subframe its card", async () => {
    refuse.cssInFrame = 0;
    await expect(injectWarningUi(7, 3)).resolves.toBeUndefined();
    expect(calls.filter((c) => c.api === 'insertCSS')).toEqual([userCssIn(7, 3), userCssIn(7, 0)]);
  });

  it('a frame that refuses the rule refuses the warning UI as well: the caller hears of it', async () => {
    refuse.cssInFrame = 3;
    await expect(injectWarningUi(7, 3)).rejects.toThrow('Cannot access');
  });

  it('the danger banner is shown only once the rule is in its frame', async () => {
    await showBannerIn(5, 0, { fields: [] } as unknown as WarningPlan);
    expect(calls.map((c) => c.api)).toEqual(['executeScript', 'insertCSS', 'executeScript']);
    expect(calls[1]).toEqual(userCssIn(5, 0));
    expect(calls[2]!.details).toMatchObject({ target: { tabId: 5, frameIds: [0] }, func: expect.any(Function) });
  });

  it('the rule hides the pseudo-element tree and captures no element, and only with !important', () => {
    const rules = NO_VIEW_TRANSITION_CSS.split('}').filter(Boolean).map((rule) => rule + '}');
    expect(rules).toEqual(['::view-transition{display:none!important}', '*{view-transition-name:none!important}']);
  });
});

describe('the page readers go into one frame', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('the tab and frame it is given (the sender of the request), its own file, at once, and nothing else', async () => {
    await injectPageReaders(7, 3);
    expect(calls).toEqual([{ api: 'executeScript', details: { target: { tabId: 7, frameIds: [3] }, files: [PAGE_READERS_FILE], injectImmediately: true } }]);
    expect(PAGE_READERS_FILE).toBe('/page-readers.js');
  });
});
