// The badge of a tab whose page put its card form into a window of its own (Chrome's Document Picture-in-Picture:
// a tab in another window, with no toolbar). Regression: the form was judged "!!" in that window's tab, whose badge
// no one sees, while the opener tab's badge, the one the user sees, stayed "!".
import { describe, expect, it, vi } from 'vitest';
import type { Level, PageFacts, Verdict } from '@/core/types';
import { createHandlers } from './handlers';
import { backgroundDeps, finding, verdict } from './test-factories';

const OPENER = 3;
const PIP = 7;
/** The window each tab is in: the opener's, and the floating window's own. */
const WINDOWS: Record<number, number> = { [OPENER]: 100, [PIP]: 200, 8: 100 };

function setup(options: { chrome?: boolean } = {}) {
  const { deps, badges } = backgroundDeps({
    // A page with a field is danger here, one without is caution (the opener: its address alone).
    evaluate: vi.fn((f: PageFacts): Verdict => verdict({ url: f.url, level: f.fields.length > 0 ? 'danger' : 'caution', fields: f.fields })),
    ...(options.chrome === false ? {} : { windowIdOf: async (tabId: number) => WINDOWS[tabId] }),
  });
  const handlers = createHandlers(deps);
  const scan = (tabId: number, url: string, fields = [finding(0, 'card-number'), finding(1, 'otp')]) =>
    handlers.handle({ message: { type: 'cs-bg-scan', facts: { url, title: '', headings: [], text: '', fields } }, from: { kind: 'content', tabId, frameId: 0, url } });
  const shown = async (tabId: number) =>
    ((await handlers.handle({ message: { type: 'popup-bg-get-tab-state', tabId }, from: { kind: 'extension-page', url: 'chrome-extension://x/popup.html' } })) as {
      state: { level: Level; frames: { frameId: number }[]; fields: { kind: string; frameId: number }[] } | null;
    }).state;
  const badgeOf = (tabId: number) => badges.filter(([id]) => id === tabId).at(-1)?.[1];
  return { deps, handlers, scan, shown, badgeOf };
}

/** The opener page asks for nothing (caution), then puts its form into a floating window. */
async function openerWithPip(t: ReturnType<typeof setup>, pipUrl = 'https://alipay-xiaochuang.cn/') {
  await t.scan(OPENER, 'https://alipay-xiaochuang.cn/refund', []);
  await t.handlers.opened(PIP, OPENER, WINDOWS[PIP]);
  // The floating window's about:blank document reports under its creator's origin (validate.ts frameUrlOf).
  await t.scan(PIP, pipUrl);
}

describe('a window of its own that a page opened (Document Picture-in-Picture)', () => {
  it('raises the opener tab’s badge and popup to the window’s level', async () => {
    const t = setup();
    await openerWithPip(t);
    expect(t.badgeOf(PIP)).toBe('danger');
    expect(t.badgeOf(OPENER)).toBe('danger');
    const state = await t.shown(OPENER);
    expect(state?.level).toBe('danger');
    // The window's frames come after the opener's own, numbered below zero: frame 0 is still the opener's top.
    expect(state?.frames.map((f) => f.frameId)).toEqual([0, -1]);
    expect(state?.fields).toEqual([expect.objectContaining({ kind: 'card-number', frameId: -1 }), expect.objectContaining({ kind: 'otp', frameId: -1 })]);
  });

  it('a window whose page reported before the tab was noted lends at once', async () => {
    const t = setup();
    await t.scan(OPENER, 'https://alipay-xiaochuang.cn/', []);
    await t.scan(PIP, 'https://alipay-xiaochuang.cn/');
    expect(t.badgeOf(OPENER)).toBe('caution');
    await t.handlers.opened(PIP, OPENER, WINDOWS[PIP]);
    expect(t.badgeOf(OPENER)).toBe('danger');
  });

  it('keeps the level when the window closes or its form is taken out, and through the opener’s own re-scans', async () => {
    const t = setup();
    await openerWithPip(t);
    await t.scan(PIP, 'https://alipay-xiaochuang.cn/', []);
    await t.handlers.closed(PIP);
    await t.scan(OPENER, 'https://alipay-xiaochuang.cn/refund', []);
    expect(t.badgeOf(OPENER)).toBe('danger');
    // A same-document history change clears the tab; its re-sent scan brings the level back.
    await t.handlers.navigated(OPENER);
    expect(t.badgeOf(OPENER)).toBe('none');
    await t.scan(OPENER, 'https://alipay-xiaochuang.cn/refund#step2', []);
    expect(t.badgeOf(OPENER)).toBe('danger');
  });

  it('the opener going to another site drops it: the new page is judged on its own', async () => {
    const t = setup();
    await openerWithPip(t);
    await t.handlers.navigated(OPENER);
    await t.handlers.handle({ message: { type: 'cs-bg-hello' }, from: { kind: 'content', tabId: OPENER, frameId: 0, url: 'https://news.example/' } });
    await t.scan(OPENER, 'https://news.example/', []);
    expect(t.badgeOf(OPENER)).toBe('caution');
    expect((await t.shown(OPENER))?.frames.map((f) => f.frameId)).toEqual([0]);
    // Back on the first site: what it lent is gone.
    await t.scan(OPENER, 'https://alipay-xiaochuang.cn/', []);
    expect(t.badgeOf(OPENER)).toBe('caution');
  });

  it('refuses trusting the opener’s site from the popup, as for a danger page', async () => {
    const t = setup();
    await openerWithPip(t);
    expect(await t.handlers.handle({ message: { type: 'popup-bg-trust-site', tabId: OPENER }, from: { kind: 'extension-page', url: 'chrome-extension://x/popup.html' } })).toMatchObject({
      ok: false,
      error: { code: 'trust-danger' },
    });
    expect(t.deps.addTrusted).not.toHaveBeenCalled();
  });

  it.each([
    // Another site in the window (a payment provider's popup, an address the page navigated the window to): not
    // the opener page's own doing.
    ['a window of another origin', { pipUrl: 'https://pay.example/', windowId: WINDOWS[PIP] }],
    // A tab in the opener's own window has a toolbar of its own; and Chrome may name the active tab as its opener.
    ['a tab in the opener’s window', { pipUrl: 'https://alipay-xiaochuang.cn/', windowId: WINDOWS[OPENER] }],
  ])('%s lends nothing', async (_name, { pipUrl, windowId }) => {
    const t = setup();
    await t.scan(OPENER, 'https://alipay-xiaochuang.cn/', []);
    await t.handlers.opened(PIP, OPENER, windowId);
    await t.scan(PIP, pipUrl);
    expect(t.badgeOf(OPENER)).toBe('caution');
    expect((await t.shown(OPENER))?.level).toBe('caution');
  });

  it('a window that goes on to another site cannot take back what it lent (nor lend that site’s level)', async () => {
    const t = setup();
    await openerWithPip(t);
    await t.scan(PIP, 'https://pay.example/');
    expect(t.badgeOf(OPENER)).toBe('danger');
    expect((await t.shown(OPENER))?.frames.map((f) => f.frameId)).toEqual([0, -1]);
  });

  it('never lowers the opener, and a tab no one opened lends nothing', async () => {
    const t = setup();
    await t.scan(OPENER, 'https://alipay-xiaochuang.cn/');
    await t.handlers.opened(PIP, OPENER, WINDOWS[PIP]);
    await t.scan(PIP, 'https://alipay-xiaochuang.cn/', []);
    expect(t.badgeOf(OPENER)).toBe('danger');
    await t.scan(8, 'https://alipay-xiaochuang.cn/');
    expect(t.badgeOf(OPENER)).toBe('danger');
    expect((await t.shown(OPENER))?.frames.map((f) => f.frameId)).toEqual([0, -1]);
  });

  it('Firefox (no window lookup): nothing changes', async () => {
    const t = setup({ chrome: false });
    await openerWithPip(t);
    expect(t.badgeOf(PIP)).toBe('danger');
    expect(t.badgeOf(OPENER)).toBe('caution');
    expect((await t.shown(OPENER))?.level).toBe('caution');
  });
});
