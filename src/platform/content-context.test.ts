import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const runtime = vi.hoisted(() => ({ id: 'our-extension' as string | undefined }));
vi.mock('./content-browser', () => ({ browser: { runtime } }));

const { ContentScriptContext } = await import('./content-context');

beforeEach(() => {
  runtime.id = 'our-extension';
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('the content script context (WXT-compatible, for the content-script builds)', () => {
  it('is valid while the extension is there', () => {
    const ctx = new ContentScriptContext('guard', {});
    expect(ctx.isInvalid).toBe(false);
  });

  it('turns invalid, and says so once to its listeners, when the extension is reloaded or removed', () => {
    const ctx = new ContentScriptContext('guard');
    const onGone = vi.fn();
    ctx.onInvalidated(onGone);
    runtime.id = undefined;
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    expect(onGone).toHaveBeenCalledTimes(1);
  });

  it('a removed listener is not called', () => {
    const ctx = new ContentScriptContext('guard');
    const onGone = vi.fn();
    ctx.onInvalidated(onGone)();
    runtime.id = undefined;
    void ctx.isInvalid;
    expect(onGone).not.toHaveBeenCalled();
  });

  it('runs a timeout while valid, and drops it once invalid', () => {
    const ctx = new ContentScriptContext('guard');
    const early = vi.fn();
    const late = vi.fn();
    ctx.setTimeout(early, 10);
    ctx.setTimeout(late, 50);
    vi.advanceTimersByTime(10);
    expect(early).toHaveBeenCalledTimes(1);
    runtime.id = undefined;
    vi.advanceTimersByTime(100);
    expect(late).not.toHaveBeenCalled();
  });
});
