import { describe, expect, it, vi } from 'vitest';
import type { ScriptContext } from '@/platform/content-context';
import { POLL_MS, watchUrl, type UrlWatchWindow } from './url-watch';

function context() {
  const gone: (() => void)[] = [];
  let invalid = false;
  const ctx: ScriptContext = {
    get isInvalid() {
      return invalid;
    },
    onInvalidated: (cb) => (gone.push(cb), () => undefined),
    setTimeout: () => 0,
  };
  return {
    ctx,
    invalidate() {
      invalid = true;
      for (const cb of gone) cb();
    },
  };
}

describe('watchUrl with the Navigation API', () => {
  function harness() {
    const listeners: { type: string; fn: (e: { isTrusted: boolean }) => void; signal: AbortSignal }[] = [];
    const win: UrlWatchWindow = {
      location: { href: 'https://a.example/1' },
      navigation: { addEventListener: (type, fn, { signal }) => void listeners.push({ type, fn, signal }) },
      setInterval: vi.fn(() => 1),
      clearInterval: vi.fn(),
    };
    const c = context();
    const onChange = vi.fn();
    watchUrl(win, c.ctx, onChange);
    /** The document's history entry changed (pushState, replaceState, a fragment, a traversal within it). */
    const entryChange = (isTrusted = true) => {
      for (const l of listeners) if (!l.signal.aborted && l.type === 'currententrychange') l.fn({ isTrusted });
    };
    return { win, c, onChange, entryChange, listeners };
  }

  it('calls back on every history change of the document, one to the same URL included (Chrome reports each as `loading`)', () => {
    const h = harness();
    h.entryChange();
    (h.win.location as { href: string }).href = 'https://a.example/2';
    h.entryChange();
    expect(h.onChange).toHaveBeenCalledTimes(2);
    expect(h.win.setInterval).not.toHaveBeenCalled();
  });

  it('listens to currententrychange only: `navigate` fires for a navigation away to a new document too', () => {
    expect(harness().listeners.map((l) => l.type)).toEqual(['currententrychange']);
  });

  it('ignores untrusted (page-made) events', () => {
    const h = harness();
    h.entryChange(false);
    expect(h.onChange).not.toHaveBeenCalled();
  });

  it('stops listening when the content script is invalidated', () => {
    const h = harness();
    h.c.invalidate();
    h.entryChange();
    expect(h.onChange).not.toHaveBeenCalled();
  });
});

describe('watchUrl without it (polling)', () => {
  it('polls location.href every second and stops when invalidated', () => {
    let tick: (() => void) | undefined;
    const win: UrlWatchWindow = {
      location: { href: 'https://a.example/1' },
      setInterval: vi.fn((fn: () => void, ms: number) => {
        expect(ms).toBe(POLL_MS);
        tick = fn;
        return 7;
      }),
      clearInterval: vi.fn(),
    };
    const c = context();
    const onChange = vi.fn();
    watchUrl(win, c.ctx, onChange);
    tick!();
    expect(onChange).not.toHaveBeenCalled();
    (win.location as { href: string }).href = 'https://a.example/2';
    tick!();
    tick!();
    expect(onChange).toHaveBeenCalledTimes(1);
    c.invalidate();
    expect(win.clearInterval).toHaveBeenCalledWith(7);
  });
});
