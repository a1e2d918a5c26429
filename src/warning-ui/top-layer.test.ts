// @vitest-environment jsdom
// When the host goes back on top while the danger banner shows, for what no look at the document finds: a cover
// inside a shadow root of the page's. jsdom has no layout, no top layer and no hit testing: the hit test
// (document.elementFromPoint), the banner's box and Chromium's IntersectionObserver v2 are stood in for here; the
// browsers themselves run the same code in the Playwright and Firefox tests (modal-cover.html?shadow…).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { topLayerKeeper, type TopLayerKeeper } from './top-layer';

type Observed = (entries: Array<Partial<IntersectionObserverEntry> & { isVisible?: boolean }>) => void;

let host: HTMLElement;
let banner: HTMLElement;
let pageCover: HTMLElement;
let raises: number;
let keeper: TopLayerKeeper;
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
  raises = 0;
  keeper = topLayerKeeper(document, host, () => raises++, () => true);
});

afterEach(() => {
  keeper.keepOnTop(null);
  host.remove();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  delete (document as { elementFromPoint?: unknown }).elementFromPoint;
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
