import { describe, expect, it, vi } from 'vitest';
import { AFTER_DOM_MS, FALLBACK_MS, whenIdle } from './when-idle';

type Listener = (event: Event) => void;

/** A window that records its listeners, a document with a settable readyState, and manual timers. */
function harness(readyState: DocumentReadyState) {
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
  whenIdle(doc as unknown as Document, win as unknown as Window, { setTimeout: (fn, ms) => timers.push({ at: now + ms, fn }) }, callback);
  return {
    doc,
    listeners,
    callback,
    emit(type: string, init: { isTrusted?: boolean; target?: unknown } = {}) {
      const event = { type, isTrusted: init.isTrusted ?? true, target: init.target ?? doc } as unknown as Event;
      for (const l of listeners.filter((x) => x.type === type)) l.fn(event);
    },
    advance(ms: number) {
      now += ms;
      for (const t of timers.filter((x) => x.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    },
  };
}

describe('whenIdle (document_idle for a script injected at document_start)', () => {
  it('runs at once on a complete document and listens to nothing', () => {
    const h = harness('complete');
    expect(h.callback).toHaveBeenCalledTimes(1);
    expect(h.listeners).toEqual([]);
  });

  it('waits for DOMContentLoaded, then runs 200 ms later', () => {
    const h = harness('loading');
    h.advance(5000);
    expect(h.callback).not.toHaveBeenCalled();
    h.emit('DOMContentLoaded');
    h.advance(AFTER_DOM_MS - 1);
    expect(h.callback).not.toHaveBeenCalled();
    h.advance(1);
    expect(h.callback).toHaveBeenCalledTimes(1);
  });

  it('runs at the window load when it comes before those 200 ms, and only once', () => {
    const h = harness('loading');
    h.emit('DOMContentLoaded');
    h.advance(50);
    h.emit('load');
    expect(h.callback).toHaveBeenCalledTimes(1);
    h.advance(FALLBACK_MS);
    h.emit('load');
    expect(h.callback).toHaveBeenCalledTimes(1);
    expect(h.listeners).toEqual([]);
  });

  it('listens in the capture phase, so page listeners added later cannot stop it', () => {
    const h = harness('loading');
    expect(h.listeners.map((l) => [l.type, l.capture])).toEqual([
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

  it('on a document already interactive, runs 200 ms later', () => {
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
