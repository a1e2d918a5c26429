// Focus, input, pageshow and pointerdown events, heard before any page script can stop them.
//
// Why: a page that adds a capture listener on its window and stops propagation there keeps `focusin` and `input`
// from every listener on the document and below it. The scanner's field warning, its look into closed shadow roots
// and editable boxes, the typed-card check and the gate's second try would all go deaf (tests/e2e fixture
// swallow-events.html). Listeners on one target run in the order they were added, and the every-frame content
// script runs at document_start, before any page script. So it adds the window's capture listeners here, first,
// and the gate and the scanner subscribe to them instead of adding listeners of their own later. (`pageshow`
// too: a page that stopped it would come back from the back/forward cache with no badge, as the background
// forgot the tab when it was left. And `pointerdown`: a key pressed on a number pad the page drew itself,
// sensor/pin-pad.ts; `keydown`: a digit key taken by an element that is no field, sensor/editable.ts; `paste`: what
// a person pastes is tested for a card number or the bank's SMS, and a kit stops the paste at the window so that
// only its own script sees it, red-team round 6. `scroll`,
// `resize` and `fullscreenchange` for the warning UI, injected later, which follows its field, closes at Escape and
// goes above a fullscreen element: a page's stopping listener would otherwise come before its own.)
//
// One listener per event type whatever the number of subscribers; with none (official and trusted sites, pages
// not yet past the gate) an event costs one call and an empty loop.

export type EarlyEventType = 'focusin' | 'input' | 'pageshow' | 'pointerdown' | 'keydown' | 'paste' | 'scroll' | 'resize' | 'fullscreenchange';
export type EarlyHandler = (event: Event) => void;

export interface EarlyEvents {
  /** Calls `handler` with every `type` event the window sees, before the page's listeners, until `signal` aborts. */
  on(type: EarlyEventType, handler: EarlyHandler, signal?: AbortSignal): void;
  /**
   * Adds the window's listeners again, and calls every `onReopen` subscriber: document.open() removes every listener on
   * the window and the document, these too. The main-world hook rings for it inside the page's call (platform/
   * document-open-hook.ts); the guards' MutationObservers call it too, later, should that ring not come.
   */
  relisten(): void;
  /** Calls `listen` at each relisten(), until `signal` aborts: for the frame's other window and document listeners. */
  onReopen(listen: () => void, signal?: AbortSignal): void;
}

const TYPES: readonly EarlyEventType[] = ['focusin', 'input', 'pageshow', 'pointerdown', 'keydown', 'paste', 'scroll', 'resize', 'fullscreenchange'];
/**
 * Where the every-frame script leaves its EarlyEvents for the scripts the background injects later into the same
 * isolated world (the warning UI): the page's own scripts live in another world and never see it.
 */
export const EARLY_EVENTS_GLOBAL = '__fanzhaGuardEarlyEvents';

/** The frame's EarlyEvents, if the every-frame script made them (sharedEarlyEvents). */
export function sharedEarlyEvents(): EarlyEvents | undefined {
  return (globalThis as Record<string, unknown>)[EARLY_EVENTS_GLOBAL] as EarlyEvents | undefined;
}

export function earlyEvents(win: Window): EarlyEvents {
  const handlers = {} as Record<EarlyEventType, Set<EarlyHandler>>;
  for (const type of TYPES) handlers[type] = new Set();
  const dispatch = (event: Event): void => {
    for (const handler of handlers[event.type as EarlyEventType] ?? []) {
      try {
        handler(event);
      } catch (error) {
        // One subscriber's failure must not deafen the others; the browser still reports it.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };
  const reopen = new Set<() => void>();
  const add = <T>(set: Set<T>, item: T, signal?: AbortSignal): void => {
    if (signal?.aborted) return;
    set.add(item);
    signal?.addEventListener('abort', () => set.delete(item), { once: true });
  };
  const listen = (): void => {
    // The same listener added again is not added twice.
    for (const type of TYPES) win.addEventListener(type, dispatch, true);
  };
  listen();
  return {
    on: (type, handler, signal) => add(handlers[type], handler, signal),
    relisten() {
      listen();
      for (const again of reopen) again();
    },
    onReopen: (again, signal) => add(reopen, again, signal),
  };
}
