import { describe, expect, it } from 'vitest';
import { HANDSHAKE } from './hook-protocol';
import { startShareRelay } from './share-relay';
import type { ShareCsBgMessage, ShareVerifyResponse } from './share-protocol';

const A = 'a'.repeat(32);

/** The relay with a real MessageChannel (Node has one); the test plays the hook on the other port. */
function harness() {
  const sent: ShareCsBgMessage[] = [];
  let answerer: ((m: unknown) => Promise<ShareVerifyResponse> | undefined) | null = null;
  let pageHide: (() => void) | null = null;
  let hookPort: MessagePort | null = null;
  const win = {
    postMessage(data: unknown, _origin: string, transfer?: Transferable[]) {
      expect(data).toBe(HANDSHAKE);
      hookPort = transfer?.[0] as MessagePort;
    },
  };
  startShareRelay(win, {
    send: async (m) => void sent.push(m),
    listen: (fn) => void (answerer = fn),
    onPageHide: (fn) => void (pageHide = fn),
  });
  const hook = hookPort as MessagePort | null;
  if (!hook) throw new Error('no port handed over');
  return {
    sent,
    hook,
    ask: (m: unknown) => answerer!(m),
    listening: () => answerer !== null,
    hide: () => pageHide!(),
    close: () => hook.close(),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('share relay', () => {
  it('forwards a start and its end to the background', async () => {
    const h = harness();
    h.hook.postMessage({ v: 1, t: 'start', id: A });
    h.hook.postMessage({ v: 1, t: 'end', id: A });
    await settle();
    expect(h.sent).toEqual([
      { type: 'cs-bg-share-started', shareId: A },
      { type: 'cs-bg-share-ended', shareId: A },
    ]);
    h.close();
  });

  it('does not forward an end for a share it never saw start', async () => {
    const h = harness();
    h.hook.postMessage({ v: 1, t: 'end', id: A });
    await settle();
    expect(h.sent).toEqual([]);
    h.close();
  });

  it('says the frame is gone on pagehide, only while it shares', async () => {
    const h = harness();
    h.hide();
    expect(h.sent).toEqual([]);
    h.hook.postMessage({ v: 1, t: 'start', id: A });
    await settle();
    h.hide();
    expect(h.sent.at(-1)).toEqual({ type: 'cs-bg-share-frame-gone' });
    h.close();
  });

  it('registers no extension listener before the page starts a share', async () => {
    const h = harness();
    expect(h.listening()).toBe(false);
    h.hook.postMessage({ v: 1, t: 'end', id: A });
    await settle();
    expect(h.listening()).toBe(false);
    h.hook.postMessage({ v: 1, t: 'start', id: A });
    await settle();
    expect(h.listening()).toBe(true);
    h.close();
  });

  it('answers the background\'s verify through the hook', async () => {
    const h = harness();
    h.hook.postMessage({ v: 1, t: 'start', id: A });
    await settle();
    h.hook.onmessage = (event: MessageEvent) => {
      const q = event.data as { nonce: string };
      h.hook.postMessage({ v: 1, t: 'live', nonce: q.nonce, ids: [A] });
    };
    await expect(h.ask({ type: 'bg-cs-share-verify' })).resolves.toEqual({ liveShareIds: [A] });
    h.close();
  });

  it('leaves other background messages to the other content script', async () => {
    const h = harness();
    h.hook.postMessage({ v: 1, t: 'start', id: A });
    await settle();
    expect(h.ask({ type: 'bg-cs-recheck' })).toBeUndefined();
    expect(h.ask(null)).toBeUndefined();
    h.close();
  });
});
