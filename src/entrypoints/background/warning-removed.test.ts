import { describe, expect, it, vi } from 'vitest';
import type { Level, PageFacts, Verdict } from '@/core/types';
import type { WarningPlan } from '@/messaging/protocol';
import { createHandlers } from './handlers';
import { withGate, withVerdict, withWarningRemoved } from './tab-state';
import { backgroundDeps, domain, finding, verdict } from './test-factories';

const URL_A = 'https://alipay-refund.cn/pay';
const facts = (url = URL_A): PageFacts => ({ url, title: '退款', headings: [], text: '', fields: [finding(0, 'card-number')] });
const content = (tabId: number, frameId: number, url = URL_A) => ({ kind: 'content' as const, tabId, frameId, url });
const removedMessage = { type: 'cs-bg-warning-removed' } as const;

/** Handlers whose verdicts are at `level()` (changeable mid-test), with a window opener to watch. */
function setup(initial: Level = 'danger') {
  let level = initial;
  const openWarningWindow = vi.fn(async (_tabId: number) => {});
  const { deps } = backgroundDeps({
    evaluate: vi.fn((f: PageFacts): Verdict => verdict({ url: f.url, level, fields: f.fields })),
    plan: (v: Verdict): WarningPlan | undefined =>
      v.level === 'none' ? undefined : { level: v.level, fields: [], title: 't', why: 'w', action: 'a', labels: { dismiss: 'd', close: 'c', name: 'n' } },
    openWarningWindow,
  });
  const handlers = createHandlers(deps);
  /** A new document in the frame: its hello, then its scan (as the content script sends them). */
  const load = async (tabId: number, frameId: number, url = URL_A) => {
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(tabId, frameId, url) });
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts(url) }, from: content(tabId, frameId, url) });
  };
  const report = (tabId: number, frameId: number, url = URL_A) => handlers.handle({ message: removedMessage, from: content(tabId, frameId, url) });
  const tabState = async (tabId: number) => (await handlers.handle({ message: { type: 'popup-bg-get-tab-state', tabId }, from: { kind: 'extension-page', url: 'chrome-extension://x/popup.html' } })) as { state: { level: Level; frames: { frameId: number; warningRemoved?: true }[] } | null };
  return { handlers, deps, openWarningWindow, load, report, tabState, setLevel: (next: Level) => void (level = next) };
}

/** Lets the scan's window check, which the scan does not wait for, run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a page that keeps our warning off it (cs-bg-warning-removed)', () => {
  it('danger: the explanation window opens for the tab, and the frame is marked for the popup', async () => {
    const { load, report, openWarningWindow, tabState } = setup('danger');
    await load(5, 0);
    expect(await report(5, 0)).toEqual({ done: true });
    expect(openWarningWindow.mock.calls).toEqual([[5]]);
    const { state } = await tabState(5);
    expect(state?.frames.find((f) => f.frameId === 0)?.warningRemoved).toBe(true);
  });

  it('a second report (the page fights on, or another frame of it) opens no second window', async () => {
    const { load, report, openWarningWindow } = setup('danger');
    await load(5, 0);
    await load(5, 3, 'https://pay-frame.cn/claim');
    await report(5, 0);
    await report(5, 0);
    await report(5, 3, 'https://pay-frame.cn/claim');
    await Promise.all([report(5, 0), report(5, 0)]);
    expect(openWarningWindow).toHaveBeenCalledTimes(1);
  });

  it('once per tab and page address: not again after a reload of that address; again for another address or tab', async () => {
    const { load, report, openWarningWindow } = setup('danger');
    await load(5, 0);
    await report(5, 0);
    await load(5, 0); // reload: a new document says hello, the mark goes, the page fights again
    await report(5, 0);
    expect(openWarningWindow).toHaveBeenCalledTimes(1);
    await load(5, 0, 'https://alipay-refund.cn/pay#step2'); // only the fragment moved: the same page
    await report(5, 0, 'https://alipay-refund.cn/pay#step2');
    expect(openWarningWindow).toHaveBeenCalledTimes(1);
    await load(5, 0, 'https://alipay-refund.cn/code');
    await report(5, 0, 'https://alipay-refund.cn/code');
    await load(6, 0);
    await report(6, 0);
    expect(openWarningWindow.mock.calls).toEqual([[5], [5], [6]]);
  });

  it('caution: no window, only the mark (the popup line)', async () => {
    const { load, report, openWarningWindow, tabState } = setup('caution');
    await load(5, 0);
    await report(5, 0);
    await settle();
    expect(openWarningWindow).not.toHaveBeenCalled();
    expect((await tabState(5)).state?.frames[0]?.warningRemoved).toBe(true);
  });

  it('a marked caution page whose next scan is danger gets the window then, once', async () => {
    const { load, report, openWarningWindow, handlers, setLevel } = setup('caution');
    await load(5, 0);
    await report(5, 0);
    setLevel('danger');
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts() }, from: content(5, 0) });
    await settle();
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts() }, from: content(5, 0) });
    await settle();
    expect(openWarningWindow.mock.calls).toEqual([[5]]);
  });

  it('a danger page that never removed the warning gets no window, however often it is scanned', async () => {
    const { load, handlers, openWarningWindow } = setup('danger');
    await load(5, 0);
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts() }, from: content(5, 0) });
    await settle();
    expect(openWarningWindow).not.toHaveBeenCalled();
  });

  it('a report from a frame the tab does not know (its document gone) changes nothing', async () => {
    const { report, openWarningWindow, tabState } = setup('danger');
    expect(await report(9, 0)).toEqual({ done: true });
    expect(openWarningWindow).not.toHaveBeenCalled();
    expect((await tabState(9)).state).toBeNull();
  });

  it('a window that cannot open (the tab closed meanwhile) is logged, and the report still answers', async () => {
    const { load, report, openWarningWindow, deps } = setup('danger');
    openWarningWindow.mockRejectedValueOnce(new Error('No tab with id: 5'));
    await load(5, 0);
    expect(await report(5, 0)).toEqual({ done: true });
    expect(deps.warn).toHaveBeenCalledWith('warning window', expect.any(Error));
  });

  it('a closed tab forgets the addresses it got the window for', async () => {
    const { load, report, openWarningWindow, handlers } = setup('danger');
    await load(5, 0);
    await report(5, 0);
    await handlers.closed(5);
    await load(5, 0); // Firefox may number a later tab the same
    await report(5, 0);
    expect(openWarningWindow).toHaveBeenCalledTimes(2);
  });
});

describe('tab-state: the warningRemoved mark', () => {
  const gated = withGate(null, 1, 0, URL_A, domain(), 1);
  const scanned = withVerdict(gated, 1, 0, URL_A, verdict({ level: 'danger' }), 2);

  it('is set on the reporting frame only, and kept by a re-scan of the same document', () => {
    const withFrame = withVerdict(scanned, 1, 2, 'https://pay-frame.cn/', verdict(), 2);
    const marked = withWarningRemoved(withFrame, 0, 3)!;
    expect(marked.frames.map((f) => [f.frameId, f.warningRemoved ?? false])).toEqual([[0, true], [2, false]]);
    const rescanned = withVerdict(marked, 1, 0, URL_A, verdict({ level: 'danger' }), 4);
    expect(rescanned.frames[0]?.warningRemoved).toBe(true);
  });

  it('goes with the document: a new one in the frame (its gate) starts unmarked', () => {
    const marked = withWarningRemoved(scanned, 0, 3);
    expect(withGate(marked, 1, 0, URL_A, domain(), 4).frames[0]?.warningRemoved).toBeUndefined();
  });

  it('an unknown frame or tab: unchanged', () => {
    expect(withWarningRemoved(null, 0, 3)).toBeNull();
    expect(withWarningRemoved(scanned, 7, 3)).toBe(scanned);
  });
});
