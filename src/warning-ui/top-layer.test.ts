// @vitest-environment jsdom
// When the host goes back on top while the danger banner shows: at once for what the page opens (a popover's or a
// dialog's beforetoggle, a dialog's open attribute), bounded per frame and per second; at the periodic check for
// what no look at the document finds (a cover inside a shadow root of the page's). jsdom has no layout, no top
// layer, no popovers and no hit testing: the page's open top-layer elements (the selectors jsdom does not match),
// the hit test (document.elementFromPoint), the banner's box and Chromium's IntersectionObserver v2 are stood in for
// here; the browsers themselves run the same code in the Playwright and Firefox tests (modal-cover.html?shadow…,
// cover-every-frame.html).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { earlyEvents } from '../platform/early-events';
import { dispatchTrusted } from './test-events';
import { topLayerKeeper, type TopLayerKeeper } from './top-layer';

type Observed = (entries: Array<Partial<IntersectionObserverEntry> & { isVisible?: boolean }>) => void;

let host: HTMLElement;
let banner: HTMLElement;
let pageCover: HTMLElement;
let raises: number;
/** Called at each raise (a page answering it stands in here). */
let onRaise: () => void;
let keeper: TopLayerKeeper;
/** The page's elements open in its top layer, as the stand-in for `dialog:modal, :popover-open` finds them. */
let pageOpen: Element[];
/** What the stand-in hit test answers at each point: our host unless a test says otherwise. */
let hitAt: (x: number, y: number) => Element | null;
/** The callbacks of the IntersectionObservers created, with the options they were given. */
let observers: Array<{ callback: Observed; options: IntersectionObserverInit | undefined }>;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<div id="shadow-host"></div>';
  pageCover = document.getElementById('shadow-host')!;
  host = document.createElement('div');
  banner = document.createElement('div');
  host.append(banner);
  document.documentElement.append(host);
  banner.getBoundingClientRect = () => new DOMRect(0, 0, 1000, 120);
  hitAt = () => host;
  document.elementFromPoint = (x: number, y: number) => hitAt(x, y);
  observers = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: Observed, options?: IntersectionObserverInit) {
        observers.push({ callback, options });
      }
      observe(): void {}
      disconnect(): void {}
    },
  );
  pageOpen = [];
  const querySelectorAll = document.querySelectorAll.bind(document);
  document.querySelectorAll = ((selector: string) =>
    selector === 'dialog:modal, :popover-open' ? pageOpen : querySelectorAll(selector)) as typeof document.querySelectorAll;
  raises = 0;
  onRaise = () => {};
  keeper = topLayerKeeper(
    document,
    host,
    () => {
      raises++;
      // A test that lets the page answer every raise at once must not hang the run if the bound is gone.
      if (raises > 10_000) throw new Error('raised without bound');
      onRaise();
    },
    () => true,
    earlyEvents(window),
  );
});

afterEach(() => {
  keeper.keepOnTop(null);
  host.remove();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  delete (document as { elementFromPoint?: unknown }).elementFromPoint;
  delete (document as { querySelectorAll?: unknown }).querySelectorAll;
});

/** The periodic check, then the throttled raise it may have queued. */
const checkNow = (): void => {
  keeper.check();
  vi.advanceTimersByTime(300);
};

describe('the periodic check while the danger banner shows', () => {
  it('raises the host when a hit test over the banner finds something of the page\'s', () => {
    keeper.keepOnTop(banner);
    checkNow();
    expect(raises).toBe(0);
    hitAt = () => pageCover;
    checkNow();
    expect(raises).toBe(1);
  });

  it('looks over the whole banner, not only its middle: a cover over its title (left) counts', () => {
    keeper.keepOnTop(banner);
    hitAt = (x, y) => (x < 300 && y < 60 ? pageCover : host);
    checkNow();
    expect(raises).toBe(1);
  });

  it('does nothing once the banner is gone', () => {
    keeper.keepOnTop(banner);
    keeper.keepOnTop(null);
    hitAt = () => pageCover;
    checkNow();
    expect(raises).toBe(0);
  });

  it('does nothing for the caution card alone (keepOnTop never on)', () => {
    hitAt = () => pageCover;
    checkNow();
    expect(raises).toBe(0);
  });

  it('raises at most once per 250 ms however often it is asked', () => {
    keeper.keepOnTop(banner);
    hitAt = () => pageCover;
    for (let i = 0; i < 10; i++) keeper.check();
    vi.advanceTimersByTime(0);
    expect(raises).toBe(1);
    keeper.check();
    vi.advanceTimersByTime(100);
    expect(raises).toBe(1);
    vi.advanceTimersByTime(200);
    expect(raises).toBe(2);
  });
});

describe("Chromium's report of a cover (IntersectionObserver v2)", () => {
  it('watches the banner with visibility tracking at the least delay allowed', () => {
    keeper.keepOnTop(banner);
    expect(observers).toHaveLength(1);
    expect(observers[0]!.options).toMatchObject({ trackVisibility: true, delay: 100 });
  });

  it('raises the host when the banner is reported covered, even with nothing a hit test finds', () => {
    keeper.keepOnTop(banner);
    observers[0]!.callback([{ isIntersecting: true, isVisible: false }]);
    vi.advanceTimersByTime(300);
    expect(raises).toBe(1);
  });

  it('does not raise for a banner reported visible, nor for a browser that reports no visibility (Firefox)', () => {
    keeper.keepOnTop(banner);
    observers[0]!.callback([{ isIntersecting: true, isVisible: true }]);
    observers[0]!.callback([{ isIntersecting: true }]);
    vi.advanceTimersByTime(300);
    expect(raises).toBe(0);
  });

  it('once it reports visibility, the hit test is left out (it passes through a host made inert by a modal)', () => {
    keeper.keepOnTop(banner);
    hitAt = () => pageCover;
    observers[0]!.callback([{ isIntersecting: true, isVisible: true }]);
    checkNow();
    checkNow();
    expect(raises).toBe(0);
  });

  it('without it (Firefox), the hit test goes on', () => {
    keeper.keepOnTop(banner);
    observers[0]!.callback([{ isIntersecting: true }]);
    hitAt = () => pageCover;
    checkNow();
    expect(raises).toBe(1);
  });
});

/** The page opens `el` in its top layer: its trusted beforetoggle (showPopover() or showModal() fires it at once). */
const pageOpens = (el: Element, trusted = true): void => {
  if (!pageOpen.includes(el)) pageOpen.push(el);
  const event = new Event('beforetoggle');
  Object.defineProperty(event, 'newState', { value: 'open' });
  if (trusted) dispatchTrusted(el, event);
  else el.dispatchEvent(event);
};
/** Runs the microtasks queued so far (and those they queue), no timer and no animation frame. */
const microtasks = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
/** The fake timers' animation frames come every 16 ms. */
const FRAME_MS = 16;

describe('answering what the page opens while the danger banner shows', () => {
  let popover: HTMLElement;
  beforeEach(() => {
    popover = document.createElement('div');
    document.body.append(popover);
  });

  it('answers an element put into fullscreen, though a page listener added later stops the event at its window', async () => {
    // The early listener (early-events.ts) came first, at document_start, and comes first again after a document.open().
    const stop = (event: Event): void => event.stopImmediatePropagation();
    window.addEventListener('fullscreenchange', stop, true);
    Object.defineProperty(document, 'fullscreenElement', { value: popover, configurable: true });
    try {
      keeper.keepOnTop(banner);
      dispatchTrusted(popover, new Event('fullscreenchange', { bubbles: true, composed: true }));
      await microtasks();
      expect(raises).toBe(1);
      // The banner gone, nothing more is answered.
      keeper.keepOnTop(null);
      dispatchTrusted(popover, new Event('fullscreenchange', { bubbles: true, composed: true }));
      await microtasks();
      expect(raises).toBe(1);
    } finally {
      window.removeEventListener('fullscreenchange', stop, true);
      delete (document as { fullscreenElement?: unknown }).fullscreenElement;
    }
  });

  it("answers a popover's opening in a microtask, before any timer or animation frame (so before the next paint)", async () => {
    keeper.keepOnTop(banner);
    pageOpens(popover);
    // showPopover() fires beforetoggle before the popover is in the top layer: not raised inside it.
    expect(raises).toBe(0);
    await microtasks();
    expect(raises).toBe(1);
  });

  it("answers a modal dialog's open attribute in a microtask too (a page whose listener stopped its beforetoggle)", async () => {
    keeper.keepOnTop(banner);
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    pageOpen.push(dialog);
    dialog.setAttribute('open', '');
    await microtasks();
    expect(raises).toBe(1);
  });

  it('one raise goes above all the page opens in one task', async () => {
    keeper.keepOnTop(banner);
    pageOpens(popover);
    pageOpens(popover);
    pageOpens(document.createElement('div'));
    await microtasks();
    expect(raises).toBe(1);
  });

  it('answers a page that opens its cover again on every animation frame in every frame, before that frame is painted', async () => {
    keeper.keepOnTop(banner);
    pageOpens(popover);
    await microtasks();
    for (let frame = 1; frame <= 30; frame++) {
      // The page's own frame callback, requested before ours (in the callback before), runs first in each frame.
      vi.advanceTimersByTime(FRAME_MS - 1);
      pageOpens(popover);
      vi.advanceTimersByTime(1);
      await microtasks();
      expect(raises).toBe(1 + frame);
    }
  });

  it('an opening after this frame\'s raise is answered at our next animation frame, not a gap later', async () => {
    keeper.keepOnTop(banner);
    pageOpens(popover);
    await microtasks();
    pageOpens(popover);
    await microtasks();
    expect(raises).toBe(1);
    vi.advanceTimersByTime(FRAME_MS);
    expect(raises).toBe(2);
  });

  it('a page answering every raise at once with an opening gets one raise per animation frame, no more', async () => {
    keeper.keepOnTop(banner);
    onRaise = () => pageOpens(popover);
    pageOpens(popover);
    await microtasks();
    expect(raises).toBe(1);
    for (let frame = 1; frame <= 60; frame++) {
      await vi.advanceTimersByTimeAsync(FRAME_MS);
      expect(raises).toBe(1 + frame);
    }
  });

  it('and at most FRAME_RAISES_PER_SECOND (150) in a second, however fast the frames; past it, one each 250 ms', async () => {
    // A display faster than the budget: a frame every 4 ms (250 a second).
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 4));
    keeper.keepOnTop(banner);
    onRaise = () => pageOpens(popover);
    pageOpens(popover);
    await vi.advanceTimersByTimeAsync(999);
    expect(raises).toBeGreaterThanOrEqual(150);
    expect(raises).toBeLessThanOrEqual(150 + 4);
    // A new second, a new budget.
    const before = raises;
    await vi.advanceTimersByTimeAsync(1000);
    expect(raises - before).toBeGreaterThanOrEqual(150);
    expect(raises - before).toBeLessThanOrEqual(150 + 4);
  });

  it('does nothing once the page stops opening: no frame callback, no timer left', async () => {
    keeper.keepOnTop(banner);
    pageOpens(popover);
    await microtasks();
    vi.advanceTimersByTime(FRAME_MS);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores an untrusted beforetoggle (a script\'s dispatchEvent opens nothing) and our host\'s own', async () => {
    keeper.keepOnTop(banner);
    pageOpens(popover, false);
    const own = new Event('beforetoggle');
    Object.defineProperty(own, 'newState', { value: 'open' });
    pageOpen.push(popover);
    dispatchTrusted(host, own);
    await microtasks();
    vi.advanceTimersByTime(300);
    expect(raises).toBe(0);
  });

  it('does not answer for the caution card alone (keepOnTop never on), nor once the banner is gone', async () => {
    pageOpens(popover);
    await microtasks();
    vi.advanceTimersByTime(300);
    expect(raises).toBe(0);
    keeper.keepOnTop(banner);
    keeper.keepOnTop(null);
    pageOpens(popover);
    await microtasks();
    vi.advanceTimersByTime(300);
    expect(raises).toBe(0);
  });

  it("hears what the content script hands on from its listener, which comes before a page's that stops every beforetoggle", async () => {
    const win = document.defaultView!;
    // The content script's, at document_start; then the page's; then ours (keepOnTop), too late to hear anything.
    const early = (event: Event): void => keeper.beforeToggle(event);
    const stopAll = (event: Event): void => event.stopImmediatePropagation();
    win.addEventListener('beforetoggle', early, true);
    win.addEventListener('beforetoggle', stopAll, true);
    try {
      keeper.keepOnTop(banner);
      pageOpens(popover);
      await microtasks();
      expect(raises).toBe(1);
      // Without it, nothing is heard until a later look (the stand-in for the page's stopping works).
      win.removeEventListener('beforetoggle', early, true);
      vi.advanceTimersByTime(FRAME_MS);
      pageOpens(popover);
      await microtasks();
      vi.advanceTimersByTime(FRAME_MS);
      expect(raises).toBe(1);
    } finally {
      win.removeEventListener('beforetoggle', early, true);
      win.removeEventListener('beforetoggle', stopAll, true);
    }
  });
});
