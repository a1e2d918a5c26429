// Content script "guard": every http(s) page, every frame, about:blank/srcdoc frames too (they inherit the
// page's origin, and a fake form can be written into one). Thin wiring, and small on purpose: it is parsed
// and run in every frame while the page loads. The scan itself (sensor, classifier, the guard's loop) is the
// scanner (src/entrypoints/scanner/), which the background injects only after the gate (gate.ts) says go.
//
// One isolated-world script for both jobs:
// - at document_start, the share relay: its private channel to the main-world hook (share-hook.content) must
//   be handed over before any page script runs (see src/share-guard/hook-channel.ts). It never reads the page
//   and does nothing until the page shares its screen; it works on official sites too.
// - once the page has loaded and the main thread is idle, or at the first focus on a form field (when-idle.ts),
//   the gate, then the scanner's guard. On official and trusted sites it stops after the gate.
// Neither touches an extension API before then (the relay: before the page starts a share). Also first, before any
// page script: a `beforetoggle` listener for the danger banner (src/warning-ui/top-layer.ts), idle until the warning
// UI is injected.
import { onExtensionMessage, sendMessage } from '@/platform/content-messaging';
import { EARLY_EVENTS_GLOBAL, earlyEvents } from '@/platform/early-events';
import { offerReopenLine } from '@/platform/reopen-channel';
import { startShareRelay } from '@/share-guard/share-relay';
import { warningUi } from '@/warning-ui/api';
import { startGate } from './gate';
import { firstGuardInWorld } from './run-once';
import { type IdleTimers, pageWindow, whenIdle } from './when-idle';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Also data: and blob: frames (an opaque origin) whose creator matches: Chrome 99+, Firefox 128+ (MV2 too;
  // web-ext lint accepts it). Without it Firefox left a refund form in a data: iframe unscanned
  // (tests/firefox/verdicts.firefox.ts).
  matchOriginAsFallback: true,
  runAt: 'document_start',
  main(ctx) {
    // A second copy in this document (the background's injection into a tab a page opened) does nothing.
    if (!firstGuardInWorld()) return;
    // When this document began, read now, before the machine can sleep (protocol.ts DocumentBorn).
    const born = Date.now() - performance.now();
    // First, before any page script: focus and input listeners a page cannot stop (platform/early-events.ts).
    const events = earlyEvents(window);
    // For the warning UI, injected later into this world: its scroll, resize, Escape and fullscreen listeners.
    (globalThis as Record<string, unknown>)[EARLY_EVENTS_GLOBAL] = events;
    // A document.open() erases them all (the window's listeners below too): the main-world hook rings this line inside
    // the page's call, before the page can add its own (platform/document-open-hook.ts).
    offerReopenLine(window, document, events.relisten);
    /** Adds a window listener now and again after each document.open(). */
    const keep = (type: string, listener: (event: Event) => void, capture?: boolean): void => {
      const add = (): void => window.addEventListener(type, listener, capture);
      add();
      events.onReopen(add);
    };
    // And every popover or dialog opening (`beforetoggle`), for the danger banner to answer before the next paint;
    // our host's own are stopped here, unheard by the page (src/warning-ui/top-layer.ts says why). Until the warning
    // UI is in this frame, one lookup that finds nothing.
    keep(
      'beforetoggle',
      (event) => {
        if (warningUi()?.beforeToggle?.(event)) event.stopImmediatePropagation();
      },
      true,
    );
    startShareRelay(window, {
      send: sendMessage,
      listen: (handler) => ctx.onInvalidated(onExtensionMessage(handler)),
      onPageHide: (callback) => keep('pagehide', (event) => event.isTrusted && callback()),
    });
    const timers: IdleTimers = { setTimeout: (handler, ms) => ctx.setTimeout(handler, ms) };
    if (typeof requestIdleCallback === 'function') timers.requestIdle = (handler, ms) => requestIdleCallback(handler, { timeout: ms });
    timers.requestFrame = (handler) => requestAnimationFrame(handler);
    const page = pageWindow(window);
    whenIdle(
      page.document,
      page,
      timers,
      () => {
        if (!ctx.isInvalid) startGate(ctx, document, events, born);
      },
      window,
      events.onReopen,
    );
  },
});
