import { describe, expect, it } from 'vitest';
import { MAX_QUEUED, openHookEnd, openRelayEnd, type HookEndWindow } from './hook-channel';
import { HANDSHAKE } from './hook-protocol';

// A small event world that behaves like the DOM where it matters here: listeners run in order (capture
// listeners first at the target), stopImmediatePropagation stops the later ones, `isTrusted` is an own
// property that only the "browser" (FakeWindow.postMessage) sets to true, and ports deliver asynchronously.

class FakeEvent {
  stopped = false;
  constructor(
    readonly type: string,
    trusted = false,
  ) {
    Object.defineProperty(this, 'isTrusted', { value: trusted, enumerable: true });
  }
  stopImmediatePropagation() {
    this.stopped = true;
  }
}

class FakeMessageEvent extends FakeEvent {
  #data: unknown;
  #source: unknown;
  #ports: FakePort[];
  constructor(init: { data: unknown; source?: unknown; ports?: FakePort[] }, trusted = false) {
    super('message', trusted);
    this.#data = init.data;
    this.#source = init.source ?? null;
    this.#ports = Object.freeze([...(init.ports ?? [])]) as FakePort[];
  }
  get data() {
    return this.#data;
  }
  get source() {
    return this.#source;
  }
  get ports() {
    return this.#ports;
  }
}

type Listener = (event: FakeEvent) => void;
class FakeEventTarget {
  #listeners: { type: string; fn: Listener; capture: boolean }[] = [];
  addEventListener(type: string, fn: Listener, capture = false) {
    this.#listeners.push({ type, fn, capture: !!capture });
  }
  removeEventListener(type: string, fn: Listener, capture = false) {
    this.#listeners = this.#listeners.filter((l) => !(l.type === type && l.fn === fn && l.capture === !!capture));
  }
  dispatch(event: FakeEvent) {
    const order = [...this.#listeners.filter((l) => l.capture), ...this.#listeners.filter((l) => !l.capture)];
    for (const l of order) {
      if (l.type !== event.type) continue;
      l.fn(event);
      if (event.stopped) break;
    }
  }
}

class FakePort extends FakeEventTarget {
  other: FakePort | null = null;
  onmessage: ((event: FakeMessageEvent) => void) | null = null;
  started = false;
  postMessage(data: unknown) {
    const target = this.other!;
    const copy = structuredClone(data);
    setTimeout(() => {
      const event = new FakeMessageEvent({ data: copy }, true);
      target.onmessage?.(event);
      target.dispatch(event);
    }, 0);
  }
  start() {
    this.started = true;
  }
}

function fakeChannel() {
  const port1 = new FakePort();
  const port2 = new FakePort();
  port1.other = port2;
  port2.other = port1;
  return { port1, port2 } as unknown as MessageChannel;
}

class FakeWindow extends FakeEventTarget {
  EventTarget = FakeEventTarget;
  MessageEvent = FakeMessageEvent;
  Event = FakeEvent;
  MessagePort = FakePort;
  /** The browser's postMessage: a trusted event, delivered in a later task. */
  postMessage(data: unknown, _origin: string, transfer: FakePort[] = []) {
    setTimeout(() => this.dispatch(new FakeMessageEvent({ data, source: this, ports: transfer }, true)), 0);
  }
}

/** Let every queued fake delivery run (each hop is one timer turn; chained turns keep their order). */
async function tick() {
  for (let i = 0; i < 6; i++) await new Promise((r) => setTimeout(r, 0));
}
const ID_A = 'a'.repeat(32);
const ID_B = 'b'.repeat(32);

function world() {
  const win = new FakeWindow();
  const hookEnd = openHookEnd(win as unknown as HookEndWindow);
  const reports: string[] = [];
  return { win, hookEnd, reports };
}

describe('hook ⇄ relay channel', () => {
  it('carries start and end reports from the hook to the relay, queued until the port arrives', async () => {
    const { win, hookEnd, reports } = world();
    hookEnd.sink.started(ID_A); // before the handshake
    openRelayEnd(win, (r) => reports.push(`${r.t}:${r.id}`), fakeChannel);
    hookEnd.sink.ended(ID_A);
    await tick();
    expect(reports).toEqual([`start:${ID_A}`, `end:${ID_A}`]);
  });

  it('answers a live-share query from the hook\'s own reader', async () => {
    const { win, hookEnd } = world();
    hookEnd.answerWith(() => [ID_B]);
    const relay = openRelayEnd(win, () => undefined, fakeChannel);
    await tick();
    await expect(relay.liveShareIds()).resolves.toEqual([ID_B]);
  });

  it('a query nobody answers (no hook in this frame) resolves to null, not to "no shares"', async () => {
    const win = new FakeWindow();
    const relay = openRelayEnd(win, () => undefined, fakeChannel);
    await expect(relay.liveShareIds(20)).resolves.toBeNull();
  });

  it('no page listener ever sees the port: the hook stops the handshake event', async () => {
    const { win, hookEnd } = world();
    const seenByPage: unknown[] = [];
    win.addEventListener('message', (e) => seenByPage.push((e as FakeMessageEvent).data), true);
    win.addEventListener('message', (e) => seenByPage.push((e as FakeMessageEvent).data));
    openRelayEnd(win, () => undefined, fakeChannel);
    hookEnd.answerWith(() => []);
    await tick();
    expect(seenByPage).toEqual([]);
  });

  it('a page handshake after ours is ignored, so the page cannot talk to the relay or the hook', async () => {
    const { win, hookEnd, reports } = world();
    openRelayEnd(win, (r) => reports.push(`${r.t}:${r.id}`), fakeChannel);
    // The page makes its own channel and posts a handshake, hoping the hook takes its port.
    const forged = fakeChannel();
    const pageHeard: unknown[] = [];
    (forged.port1 as unknown as FakePort).onmessage = (e) => pageHeard.push(e.data);
    win.postMessage(HANDSHAKE, '*', [forged.port2 as unknown as FakePort]);
    await tick();
    hookEnd.sink.started(ID_A);
    await tick();
    expect(reports).toEqual([`start:${ID_A}`]);
    expect(pageHeard).toEqual([]);
  });

  it('an untrusted (page-made) handshake event is refused even when it comes first', async () => {
    const { win, hookEnd, reports } = world();
    const forged = fakeChannel();
    const pageHeard: unknown[] = [];
    (forged.port1 as unknown as FakePort).onmessage = (e) => pageHeard.push(e.data);
    win.dispatch(new FakeMessageEvent({ data: HANDSHAKE, source: win, ports: [forged.port2 as unknown as FakePort] }));
    openRelayEnd(win, (r) => reports.push(`${r.t}:${r.id}`), fakeChannel);
    hookEnd.sink.started(ID_A);
    await tick();
    expect(pageHeard).toEqual([]);
    expect(reports).toEqual([`start:${ID_A}`]);
  });

  it('a page that patches MessageEvent.prototype.data after install cannot fool the hook', async () => {
    const { win, hookEnd, reports } = world();
    const saved = Object.getOwnPropertyDescriptor(FakeMessageEvent.prototype, 'data')!;
    Object.defineProperty(FakeMessageEvent.prototype, 'data', { get: () => 'not the handshake', configurable: true });
    try {
      openRelayEnd(win, (r) => reports.push(`${r.t}:${r.id}`), fakeChannel);
      await new Promise((r) => setTimeout(r, 0)); // the handshake is delivered under the patch
    } finally {
      // Restored before the relay reads its port: the relay's isolated world never sees the page's patch.
      Object.defineProperty(FakeMessageEvent.prototype, 'data', saved);
    }
    hookEnd.sink.started(ID_A);
    await tick();
    expect(reports).toEqual([`start:${ID_A}`]);
  });

  it('drops malformed hook messages on the relay side', async () => {
    const win = new FakeWindow();
    const channel = fakeChannel();
    const reports: string[] = [];
    openRelayEnd(win, (r) => reports.push(r.t), () => channel);
    const hookSide = channel.port2 as unknown as FakePort;
    hookSide.postMessage({ v: 1, t: 'end', id: 'not-an-id' });
    hookSide.postMessage({ v: 1, t: 'end', id: ID_A, extra: true });
    hookSide.postMessage('end');
    hookSide.postMessage({ v: 1, t: 'end', id: ID_A });
    await tick();
    expect(reports).toEqual(['end']);
  });

  it('keeps at most MAX_QUEUED reports while the relay is missing', async () => {
    const { win, hookEnd, reports } = world();
    for (let i = 0; i < MAX_QUEUED + 10; i++) hookEnd.sink.started(ID_A);
    openRelayEnd(win, (r) => reports.push(r.t), fakeChannel);
    await tick();
    expect(reports).toHaveLength(MAX_QUEUED);
  });
});
