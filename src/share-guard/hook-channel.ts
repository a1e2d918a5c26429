// Both ends of the private hook ⇄ relay channel (see hook-protocol.ts for the picture).
//
// Why a MessageChannel: the main world and the isolated world share only the DOM, and everything on the
// DOM (window messages, custom events, attributes) is visible to the page and forgeable by it. A port is
// an object: whoever holds it can talk on it, nobody else can. The relay makes the channel at
// document_start and posts one end to its own window; the hook, also at document_start and so before any
// page script, listens first (capture phase), takes the first trusted handshake carrying a port and stops
// the event there, so no page listener ever sees the port. A page that posts its own handshake later
// finds the hook no longer listening. Even a page script that runs before the handshake task (an inline
// script during parsing) cannot win: its message is queued after ours, and the getters and methods the
// hook reads on the event were captured before it ran.

import { getter, method } from '@/platform/natives';
import type { ShareSink } from './display-media-hook';
import { HANDSHAKE, HOOK_PROTOCOL_VERSION, parseHookMessage, parseRelayMessage, randomHex, type HookToRelay } from './hook-protocol';

type AnyFn = (...args: unknown[]) => unknown;

/** The parts of the main-world window the hook end uses. */
export interface HookEndWindow {
  EventTarget: { prototype: object };
  MessageEvent: { prototype: object };
  Event: { prototype: object };
  MessagePort: { prototype: object };
}

/** Most reports kept while waiting for the relay (it is normally there before any page script runs). */
export const MAX_QUEUED = 64;

/**
 * Main world: wait for the relay's port; until it arrives, keep what the hook reports. Returns the sink
 * for the hook and a way to give it the live-share reader that answers the relay's queries.
 */
export function openHookEnd(win: HookEndWindow): { sink: ShareSink; answerWith(reader: () => string[]): void } {
  const addListener = method(win.EventTarget.prototype, 'addEventListener');
  const removeListener = method(win.EventTarget.prototype, 'removeEventListener');
  const eventData = getter(win.MessageEvent.prototype, 'data');
  const eventSource = getter(win.MessageEvent.prototype, 'source');
  const eventPorts = getter(win.MessageEvent.prototype, 'ports');
  const stopImmediate = method(win.Event.prototype, 'stopImmediatePropagation');
  const portPost = method(win.MessagePort.prototype, 'postMessage');
  const portStart = method(win.MessagePort.prototype, 'start');
  const arrayPush = method(Array.prototype, 'push');
  const arrayShift = method(Array.prototype, 'shift');

  const queue: HookToRelay[] = [];
  let port: object | null = null;
  let reader: (() => string[]) | null = null;
  const ready = !!(addListener && removeListener && eventData && eventSource && eventPorts && stopImmediate && portPost && portStart && arrayPush && arrayShift);

  const send = (message: HookToRelay) => {
    if (!ready) return;
    if (port) {
      portPost!(port, message);
    } else if (queue.length < MAX_QUEUED) {
      arrayPush!(queue, message);
    }
  };

  const onPortMessage = (event: unknown) => {
    const query = parseRelayMessage(eventData!(event));
    if (!query || !reader) return;
    send({ v: HOOK_PROTOCOL_VERSION, t: 'live', nonce: query.nonce, ids: reader() });
  };

  const onWindowMessage = (event: unknown) => {
    if (port) return;
    // isTrusted is an own, unforgeable property of every event: a page's `new MessageEvent(...)` is false.
    if ((event as { isTrusted?: unknown }).isTrusted !== true) return;
    if (eventSource!(event) !== win || eventData!(event) !== HANDSHAKE) return;
    const ports = eventPorts!(event) as ArrayLike<object>;
    if (ports.length !== 1 || !ports[0]) return;
    stopImmediate!(event);
    port = ports[0];
    removeListener!(win, 'message', onWindowMessage, true);
    addListener!(port, 'message', onPortMessage);
    portStart!(port);
    while (queue.length > 0) portPost!(port, arrayShift!(queue));
  };

  if (ready) addListener!(win, 'message', onWindowMessage, true);

  return {
    sink: {
      started: (id) => send({ v: HOOK_PROTOCOL_VERSION, t: 'start', id }),
      ended: (id) => send({ v: HOOK_PROTOCOL_VERSION, t: 'end', id }),
    },
    answerWith(fn) {
      reader = fn;
    },
  };
}

/** The isolated-world end: reports from the hook, and a way to ask it which shares are live. */
export interface RelayEnd {
  /** Ids of this frame's live shares, or null when the hook did not answer in time (not installed here). */
  liveShareIds(timeoutMs?: number): Promise<string[] | null>;
}

export interface RelayEndWindow {
  postMessage(message: unknown, targetOrigin: string, transfer?: Transferable[]): void;
}

/**
 * Isolated world, at document_start: make the channel and hand the hook its end. `onReport` gets every
 * valid start/end; anything else on the port is dropped.
 */
export function openRelayEnd(
  win: RelayEndWindow,
  onReport: (report: Extract<HookToRelay, { t: 'start' | 'end' }>) => void,
  makeChannel: () => MessageChannel = () => new MessageChannel(),
  // getRandomValues, not randomUUID: randomUUID exists only on secure (https) pages, and the relay runs on
  // plain-http pages too, where it must still answer "nothing is shared here".
  randomNonce: () => string = () => randomHex(crypto, 16),
): RelayEnd {
  const channel = makeChannel();
  const pending = new Map<string, (ids: string[]) => void>();
  channel.port1.onmessage = (event: MessageEvent) => {
    const message = parseHookMessage(event.data);
    if (!message) return;
    if (message.t === 'live') {
      pending.get(message.nonce)?.(message.ids);
      pending.delete(message.nonce);
    } else {
      onReport(message);
    }
  };
  // '*' is safe: a window posting to itself reaches only itself; the secret is the port, not the text.
  win.postMessage(HANDSHAKE, '*', [channel.port2]);

  return {
    liveShareIds(timeoutMs = 1000) {
      const nonce = randomNonce();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(nonce);
          resolve(null);
        }, timeoutMs);
        pending.set(nonce, (ids) => {
          clearTimeout(timer);
          resolve(ids);
        });
        channel.port1.postMessage({ v: HOOK_PROTOCOL_VERSION, t: 'query', nonce });
      });
    },
  };
}
