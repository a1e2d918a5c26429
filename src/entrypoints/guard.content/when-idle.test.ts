import { describe, expect, it, vi } from 'vitest';
import { AFTER_DOM_MS, FALLBACK_MS, FRAME_WAIT_MS, IDLE_TIMEOUT_MS, type IdleTimers, pageWindow, whenIdle } from './when-idle';

type Listener = (event: Event) => void;

/** A window that records its listeners, a document with a settable readyState, and manual timers. */
function harness(readyState: DocumentReadyState, withIdle = false, withFrames = false) {
  const doc = { readyState } as { readyState: DocumentReadyState };
  const listeners: { type: string; fn: Listener; capture: boolean }[] = [];
  const win = {
    addEventListener: (type: string, fn: Listener, capture?: boolean) => void listeners.push({ type, fn, capture: capture === true }),
    removeEventListener: (type: string, fn: Listener) => {
      const at = listeners.findIndex((l) => l.type === type && l.fn === fn);
      if (at >= 0) listeners.splice(at, 1);
    },
  };
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const callback = vi.fn();
  const idle: { timeoutMs: number; fn: () => void }[] = [];
  const idleTimers: IdleTimers = { setTimeout: (fn, ms) => timers.push({ at: now + ms, fn }) };
  if (withIdle) idleTimers.requestIdle = (fn, timeoutMs) => idle.push({ timeoutMs, fn });
  const frames: (() => void)[] = [];
  if (withFrames) idleTimers.requestFrame = (fn) => frames.push(fn);
  /** What the frame's EarlyEvents were given to call at each document.open() (the main-world hook's ring). */
  let reopen: (() => void) | undefined;
  whenIdle(doc as unknown as Document, win as unknown as Window, idleTimers, callback, undefined, (listen) => {
    reopen = listen;
  });
  return {
    doc,
    listeners,
    /** The page opens its document: the browser erases the window's listeners, then the ring comes. */
    open() {
      listeners.splice(0);
      doc.readyState = 'loading';
      reopen?.();
    },
    callback,
    idle,
    emit(type: string, init: { isTrusted?: boolean; target?: unknown } = {}) {
      const target = init.target ?? doc;
      const event = { type, isTrusted: init.isTrusted ?? true, target, composedPath: () => [target] } as unknown as Event;
      for (const l of listeners.filter((x) => x.type === type)) l.fn(event);
    },
    /** Moves the clock and runs every timer due by then, those the due ones set included. */
    advance(ms: number) {
      now += ms;
      for (let due = timers.find((x) => x.at <= now); due; due = timers.find((x) => x.at <= now)) {
        timers.splice(timers.indexOf(due), 1);
        due.fn();
      }
    },
    /** The page produces a frame: its animation-frame callbacks run (then, in a later task, what they queued). */
    frame() {
      for (const fn of frames.splice(0)) fn();
    },
    /** The browser finds an idle moment: runs the idle callbacks asked for so far. */
    runIdle() {
      for (const cb of idle.splice(0)) cb.fn();
    },
  };
}

describe('whenIdle (document_idle for a script injected at document_start)', () => {
  it('on a complete document, runs in the next task and then listens to nothing', () => {
    const h = harness('complete');
    expect(h.callback).not.toHaveBeenCalled();
    h.advance(0);
    expect(h.callback).toHaveBeenCalledTimes(1);
    expect(h.listeners).toEqual([]);
  });

  it("on Firefox's first blank document of a tab opened with window.open(''), which never loads, runs at once too", () => {
    // Firefox reports that document's readyState as 'uninitialized' (not a DocumentReadyState) and sends it no load
    // event: waiting for one would leave a form built in there unscanned until FALLBACK_MS.
    const h = harness('uninitialized' as DocumentReadyState);
    h.advance(0);
    expect(h.callback).toHaveBeenCalledTimes(1);
    expect(h.listeners).toEqual([]);
  });

  it('with requestIdleCallback, waits after load for the idle moment (at most IDLE_TIMEOUT_MS)', () => {
    const h = harness('loading', true);
    h.emit('DOMContentLoaded');
    h.emit('load');
    h.advance(AFTER_DOM_MS);
    expect(h.callback).not.toHaveBeenCalled();
    expect(h.idle.map((i) => i.timeoutMs)).toEqual([IDLE_TIMEOUT_MS]);
    h.runIdle();
    expect(h.callback).toHaveBeenCalledTimes(1);
    expect(h.listeners).toEqual([]);
  });

  it('with animation frames, waits after load for the next frame to be painted, then for the idle moment', () => {
    const h = harness('loading', true, true);
    h.emit('DOMContentLoaded');
    h.emit('load');
    h.runIdle();
    expect(h.idle).toHaveLength(0); // no idle moment asked for before the frame
    h.frame();
    expect(h.idle).toHaveLength(0); // the frame's callback runs before its paint: still waiting
    h.advance(0); // the task after the frame
    expect(h.idle.map((i) => i.timeoutMs)).toEqual([IDLE_TIMEOUT_MS]);
    h.runIdle();
    expect(h.callback).toHaveBeenCalledTimes(1);
    // The wait for a frame that came does not start the guard a second time.
    h.advance(FRAME_WAIT_MS);
    h.runIdle();
    expect(h.callback).toHaveBeenCalledTimes(1);
  });

  it('a page that gets no frame (a background tab) still starts FRAME_WAIT_MS after load', () => {
    const h = harness('loading', true, true);
    h.emit('load');
    h.advance(FRAME_WAIT_MS - 1);
    expect(h.idle).toHaveLength(0);
    h.advance(1);
    h.runIdle();
    expect(h.callback).toHaveBeenCalledTimes(1);
  });

  it('asks for one idle moment only, whether load or the wait after DOMContentLoaded comes first', () => {
    const h = harness('loading', true);
    h.emit('DOMContentLoaded');
    h.advance(AFTER_DOM_MS);
    h.emit('load');
    expect(h.idle).toHaveLength(1);
  });

  it('starts at once when someone focuses a form field, before the page has loaded', () => {
    const h = harness('loading', true);
    h.emit('focusin', { target: { tagName: 'INPUT' } });
    expect(h.callback).toHaveBeenCalledTimes(1);
    h.emit('load');
    h.runIdle();
    h.advance(FALLBACK_MS);
    expect(h.callback).toHaveBeenCalledTimes(1);
    expect(h.listeners).toEqual([]);
  });

  it.each([
    ['a page-dispatched focus on a field', { isTrusted: false, target: { tagName: 'INPUT' } }],
    ['a focus on a link', { target: { tagName: 'A', getAttribute: () => null, shadowRoot: null } }],
  ])('does not start early for %s', (_name, init) => {
    const h = harness('loading', true);
    h.emit('focusin', init);
    expect(h.callback).not.toHaveBeenCalled();
  });

  it('waits for DOMContentLoaded, then at most AFTER_DOM_MS for load', () => {
    const h = harness('loading');
    h.advance(5000);
    expect(h.callback).not.toHaveBeenCalled();
    h.emit('DOMContentLoaded');
    h.advance(AFTER_DOM_MS - 1);
    expect(h.callback).not.toHaveBeenCalled();
    h.advance(1);
    expect(h.callback).toHaveBeenCalledTimes(1);
  });

  it('runs in the task after the window load when that comes within AFTER_DOM_MS, and only once', () => {
    const h = harness('loading');
    h.emit('DOMContentLoaded');
    h.advance(50);
    h.emit('load');
    expect(h.callback).not.toHaveBeenCalled();
    h.advance(0);
    expect(h.callback).toHaveBeenCalledTimes(1);
    h.advance(FALLBACK_MS);
    h.emit('load');
    expect(h.callback).toHaveBeenCalledTimes(1);
    expect(h.listeners).toEqual([]);
  });

  it('listens in the capture phase, so page listeners added later cannot stop it', () => {
    const h = harness('loading');
    expect(h.listeners.map((l) => [l.type, l.capture])).toEqual([
      ['focusin', true],
      ['load', true],
      ['DOMContentLoaded', true],
    ]);
  });

  it.each([
    ['a page-dispatched load', 'load', { isTrusted: false }],
    ['a page-dispatched DOMContentLoaded', 'DOMContentLoaded', { isTrusted: false }],
    ['the load of an image or frame', 'load', { target: {} }],
  ])('ignores %s', (_name, type, init) => {
    const h = harness('loading');
    h.emit(type, init);
    h.advance(AFTER_DOM_MS);
    expect(h.callback).not.toHaveBeenCalled();
  });

  it('on a document already interactive, runs AFTER_DOM_MS later', () => {
    const h = harness('interactive');
    h.advance(AFTER_DOM_MS);
    expect(h.callback).toHaveBeenCalledTimes(1);
  });

  it('a document that never finishes loading still gets the guard after the fallback', () => {
    const h = harness('loading');
    h.advance(FALLBACK_MS - 1);
    expect(h.callback).not.toHaveBeenCalled();
    h.advance(1);
    expect(h.callback).toHaveBeenCalledTimes(1);
  });
});

describe('whenIdle after a document.open() (early-events.ts onReopen)', () => {
  it('a page that opens its document while it loads: the load after its close() starts the guard, not the fallback', () => {
    const h = harness('loading');
    h.open();
    expect(h.listeners.map((l) => [l.type, l.capture])).toEqual([
      ['focusin', true],
      ['load', true],
      ['DOMContentLoaded', true],
    ]);
    h.emit('load');
    h.advance(0);
    expect(h.callback).toHaveBeenCalledTimes(1);
    expect(h.listeners).toEqual([]);
  });

  it('a focus on the card field it wrote starts the guard at once', () => {
    const h = harness('loading');
    h.emit('DOMContentLoaded');
    h.open();
    h.emit('focusin', { target: { tagName: 'INPUT' } });
    expect(h.callback).toHaveBeenCalledTimes(1);
  });

  it('its DOMContentLoaded after the close() starts it AFTER_DOM_MS later', () => {
    const h = harness('loading');
    h.open();
    h.emit('DOMContentLoaded');
    h.advance(AFTER_DOM_MS);
    expect(h.callback).toHaveBeenCalledTimes(1);
  });

  it('once the guard has started, an open adds nothing back', () => {
    const h = harness('complete');
    h.advance(0);
    expect(h.callback).toHaveBeenCalledTimes(1);
    h.open();
    expect(h.listeners).toEqual([]);
  });
});

describe('pageWindow (whose load a frame waits for)', () => {
  it('is the outermost same-origin window: a blank frame in a frame in a page waits for the page', () => {
    const top = { document: {} } as { document: object; parent?: unknown };
    top.parent = top;
    const middle = { parent: top, document: {} };
    const blank = { parent: middle, document: {} };
    expect(pageWindow(blank as unknown as Window)).toBe(top);
  });

  it('stops below a cross-origin parent, and a top window is its own page', () => {
    const foreign = {
      get document(): never {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    } as { parent?: unknown };
    foreign.parent = foreign;
    const frame = { parent: foreign, document: {} };
    expect(pageWindow(frame as unknown as Window)).toBe(frame);
    const top = { document: {} } as { document: object; parent?: unknown };
    top.parent = top;
    expect(pageWindow(top as unknown as Window)).toBe(top);
  });
});

describe('whenIdle in a frame of a page that is still loading', () => {
  it('waits for the page\'s load (its document is the page\'s), and starts at once on a focus in the frame', () => {
    const pageListeners: string[] = [];
    const frameListeners: string[] = [];
    const page = { addEventListener: (type: string) => void pageListeners.push(type), removeEventListener: () => {} };
    const frame = { addEventListener: (type: string) => void frameListeners.push(type), removeEventListener: () => {} };
    const callback = vi.fn();
    whenIdle({ readyState: 'loading' } as Document, page as unknown as Window, { setTimeout: () => 0 }, callback, frame as unknown as Window);
    expect(pageListeners).toEqual(['load', 'DOMContentLoaded']);
    expect(frameListeners).toEqual(['focusin']);
    expect(callback).not.toHaveBeenCalled();
  });
});
