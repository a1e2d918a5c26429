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
    const listeners: { fn: (e: { isTrusted: boolean; destination: { url: string } }) => void; signal: AbortSignal }[] = [];
    const win: UrlWatchWindow = {
      location: { href: 'https://a.example/1' },
      navigation: { addEventListener: (_type, fn, { signal }) => void listeners.push({ fn, signal }) },
      setInterval: vi.fn(() => 1),
      clearInterval: vi.fn(),
    };
    const c = context();
    const onChange = vi.fn();
    watchUrl(win, c.ctx, onChange);
    const navigate = (url: string, isTrusted = true) => {
      for (const l of listeners) if (!l.signal.aborted) l.fn({ isTrusted, destination: { url } });
    };
    return { win, c, onChange, navigate };
  }

  it('calls back on a navigation to another URL, not on one to the same URL', () => {
    const h = harness();
    h.navigate('https://a.example/1');
    expect(h.onChange).not.toHaveBeenCalled();
    h.navigate('https://a.example/2');
    h.navigate('https://a.example/2');
    expect(h.onChange).toHaveBeenCalledTimes(1);
    expect(h.win.setInterval).not.toHaveBeenCalled();
  });

  it('ignores untrusted (page-made) navigate events', () => {
    const h = harness();
    h.navigate('https://a.example/3', false);
    expect(h.onChange).not.toHaveBeenCalled();
  });

  it('stops listening when the content script is invalidated', () => {
    const h = harness();
    h.c.invalidate();
    h.navigate('https://a.example/4');
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
