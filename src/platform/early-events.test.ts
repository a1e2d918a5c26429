// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatchTrusted } from '@/warning-ui/test-events';
import { earlyEvents } from './early-events';

const pageListeners: [string, EventListener][] = [];
/** A page script's capture listener on the window, added after the content script's (document_start) ones. */
function pageStops(type: string): void {
  const stop: EventListener = (event) => event.stopImmediatePropagation();
  window.addEventListener(type, stop, true);
  pageListeners.push([type, stop]);
}
afterEach(() => {
  for (const [type, listener] of pageListeners.splice(0)) window.removeEventListener(type, listener, true);
});

const focusIn = () => new FocusEvent('focusin', { bubbles: true, composed: true });

describe('earlyEvents', () => {
  it('hears focusin and input that a later page listener stops at the window, before the document does', () => {
    const events = earlyEvents(window);
    pageStops('focusin');
    pageStops('input');
    const heard: string[] = [];
    const controller = new AbortController();
    events.on('focusin', (event) => heard.push(`early ${event.type}`), controller.signal);
    events.on('input', (event) => heard.push(`early ${event.type}`), controller.signal);
    document.addEventListener('focusin', () => heard.push('document focusin'), { capture: true, signal: controller.signal });
    document.body.innerHTML = '<input id="f">';
    const field = document.getElementById('f')!;
    dispatchTrusted(field, focusIn());
    dispatchTrusted(field, new InputEvent('input', { bubbles: true, composed: true }));
    expect(heard).toEqual(['early focusin', 'early input']);
    controller.abort();
  });

  it('hears keydown that a later page listener stops at the window (a digit a key box takes: sensor/editable.ts)', () => {
    const events = earlyEvents(window);
    pageStops('keydown');
    const heard = vi.fn();
    const controller = new AbortController();
    events.on('keydown', heard, controller.signal);
    document.body.innerHTML = '<span tabindex="0"></span>';
    dispatchTrusted(document.body.firstElementChild!, new KeyboardEvent('keydown', { key: '6', bubbles: true, composed: true }));
    expect(heard).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('hears paste that a later page listener stops at the window (a kit keeps the pasted card number or SMS to itself)', () => {
    const events = earlyEvents(window);
    pageStops('paste');
    const heard = vi.fn();
    const controller = new AbortController();
    events.on('paste', heard, controller.signal);
    document.body.innerHTML = '<textarea></textarea>';
    dispatchTrusted(document.body.firstElementChild!, new Event('paste', { bubbles: true, composed: true, cancelable: true }));
    expect(heard).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it.each(['scroll', 'resize', 'fullscreenchange'] as const)(
    'hears %s that a later page listener stops at the window (the warning UI follows its field, goes above fullscreen)',
    (type) => {
      const events = earlyEvents(window);
      pageStops(type);
      const heard = vi.fn();
      const controller = new AbortController();
      events.on(type, heard, controller.signal);
      dispatchTrusted(type === 'resize' ? window : document.body, new Event(type, { bubbles: type === 'fullscreenchange' }));
      expect(heard).toHaveBeenCalledTimes(1);
      controller.abort();
    },
  );

  it('stops calling a handler once its signal aborts, and never calls one whose signal had aborted', () => {
    const events = earlyEvents(window);
    const handler = vi.fn();
    const late = vi.fn();
    const controller = new AbortController();
    events.on('focusin', handler, controller.signal);
    dispatchTrusted(document.body, focusIn());
    controller.abort();
    events.on('focusin', late, controller.signal);
    dispatchTrusted(document.body, focusIn());
    expect(handler).toHaveBeenCalledTimes(1);
    expect(late).not.toHaveBeenCalled();
  });

  it('calls a handler subscribed twice once, and relisten() adds no second window listener', () => {
    const events = earlyEvents(window);
    const handler = vi.fn();
    const controller = new AbortController();
    events.on('focusin', handler, controller.signal);
    events.on('focusin', handler, controller.signal);
    events.relisten();
    events.relisten();
    dispatchTrusted(document.body, focusIn());
    expect(handler).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('a handler that throws does not keep the next one from hearing the event', async () => {
    const events = earlyEvents(window);
    const controller = new AbortController();
    const next = vi.fn();
    const reported = new Promise<unknown>((resolve) => {
      // The failure is rethrown in a microtask: the test runner sees it as an uncaught error, once.
      const onError = (error: unknown) => {
        process.off('uncaughtException', onError);
        resolve(error);
      };
      process.on('uncaughtException', onError);
    });
    events.on('focusin', () => {
      throw new Error('broken subscriber');
    }, controller.signal);
    events.on('focusin', next, controller.signal);
    dispatchTrusted(document.body, focusIn());
    expect(next).toHaveBeenCalledTimes(1);
    expect(String(await reported)).toContain('broken subscriber');
    controller.abort();
  });

  it('relisten() calls each onReopen subscriber (the frame\'s other window listeners after a document.open()) until its signal aborts', () => {
    const events = earlyEvents(window);
    const again = vi.fn();
    const controller = new AbortController();
    events.onReopen(again, controller.signal);
    events.relisten();
    expect(again).toHaveBeenCalledTimes(1);
    controller.abort();
    events.relisten();
    expect(again).toHaveBeenCalledTimes(1);
  });
});
