// The isolated-world relay: the only listener of the hook's private port. It forwards starts and ends to
// the background, answers the background's "which shares are still live?" through the hook, and says when
// its frame's document goes away (a share never outlives its document).
//
// It runs in the guard content script (src/entrypoints/guard.content/index.ts), started at document_start
// before anything else: the channel must be set up before any page script runs (see hook-channel.ts). It
// never reads the page, and unlike the guard it keeps running on official and trusted sites.
//
// It touches no extension API until the page starts a share: the background only asks frames that reported
// one, and a listener registered at document_start would be work in every frame of every page while it loads.
import { openRelayEnd, type RelayEndWindow } from './hook-channel';
import type { BgCsShareVerify, ShareCsBgMessage, ShareVerifyResponse } from './share-protocol';

export interface RelayDeps {
  /** Fire-and-forget to the background; failures (extension reloading) are dropped. */
  send(message: ShareCsBgMessage): Promise<unknown>;
  /** Registers the answerer for background messages (at the first share); it returns undefined for messages that are not ours. */
  listen(handler: (message: unknown) => Promise<ShareVerifyResponse> | undefined): void;
  /** Calls back on a trusted `pagehide` of this frame. */
  onPageHide(callback: () => void): void;
  makeChannel?: () => MessageChannel;
}

export function startShareRelay(win: RelayEndWindow, deps: RelayDeps): void {
  const live = new Set<string>();
  const send = (message: ShareCsBgMessage) => {
    deps.send(message).catch(() => undefined);
  };

  let listening = false;
  /** Registered before the first report goes out, so the background's verify always finds an answerer. */
  const listenOnce = (): void => {
    if (listening) return;
    listening = true;
    deps.listen((message) => {
      if ((message as BgCsShareVerify | null)?.type !== 'bg-cs-share-verify') return undefined;
      return relay.liveShareIds().then((ids) => ({ liveShareIds: ids }));
    });
  };

  const relay = openRelayEnd(
    win,
    (report) => {
      if (report.t === 'start') {
        listenOnce();
        live.add(report.id);
        send({ type: 'cs-bg-share-started', shareId: report.id });
      } else if (live.delete(report.id)) {
        send({ type: 'cs-bg-share-ended', shareId: report.id });
      }
    },
    deps.makeChannel,
  );

  deps.onPageHide(() => {
    if (live.size === 0) return;
    live.clear();
    send({ type: 'cs-bg-share-frame-gone' });
  });
}
