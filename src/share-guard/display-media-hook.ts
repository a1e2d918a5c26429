// Runs in the page's own (main) world at document_start, before any page script: wraps the screen-capture
// entry points so the extension learns when this frame starts and stops sharing the screen.
//
// What "sharing" means here: a stream returned by getDisplayMedia (or by the legacy screen forms of
// getUserMedia) with at least one live video track. The share ends when every one of its video tracks,
// clones included, has ended. A track ends by
//   - the `ended` event (the user pressed the browser's "Stop sharing" bar, the shared window closed), or
//   - `track.stop()` called by the page, which fires no `ended` event: so stop() is wrapped too, or
//   - anything we did not see (a stop() borrowed from an unhooked frame): `liveShareIds()` and a slow sweep
//     re-read every tracked track's readyState through the native getter.
//
// Hostile pages are normal, and page scripts run after this: every native we call later is captured now
// and called uncurried, so a page that replaces WeakMap.prototype.get or Promise.prototype.then cannot
// blind the hook. The wrappers are Proxies of the natives (same name, length, no prototype property) and
// Function.prototype.toString reports them as the natives, so the page sees the functions it expects.
// This file never touches what is captured: no frames, no pixels, only the tracks' state.

export interface ShareSink {
  started(shareId: string): void;
  ended(shareId: string): void;
}

export interface InstalledHook {
  /** Ids of shares whose video tracks are still live, read now from the tracks themselves. */
  liveShareIds(): string[];
}

/** The parts of a window the hook uses (a real `window` satisfies it; tests pass fakes). */
export interface HookWindow {
  MediaDevices?: { prototype: object };
  MediaStreamTrack?: { prototype: object };
  MediaStream?: { prototype: object };
  EventTarget: { prototype: object };
  Function: { prototype: object };
  crypto: Pick<Crypto, 'getRandomValues'>;
  setInterval(handler: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

/** How often live shares are re-checked for ends the wrappers could not see. */
export const SWEEP_MS = 2000;

const LEGACY_SCREEN_SOURCES = ['screen', 'window', 'application', 'browser', 'desktop', 'tab'];

type AnyFn = (...args: unknown[]) => unknown;
interface ShareRecord {
  id: string;
  /** Live video tracks of the share (a Set driven through captured natives). */
  tracks: Set<object>;
  ended: boolean;
}

const HEX = '0123456789abcdef';

export function installDisplayMediaHook(win: HookWindow, sink: ShareSink): InstalledHook | null {
  const devicesProto = win.MediaDevices?.prototype;
  const trackProto = win.MediaStreamTrack?.prototype;
  // No MediaDevices: an insecure context (plain http, not localhost) cannot capture the screen at all.
  if (!devicesProto || !trackProto) return null;
  const streamProto = win.MediaStream?.prototype;

  // ── natives, captured before page scripts run, later called without any property lookup ──
  const getOwn = Object.getOwnPropertyDescriptor;
  const fnCall = Function.prototype.call;
  const uncurry = (fn: unknown) =>
    typeof fn === 'function' ? (fnCall.bind(fn) as (self: unknown, ...args: unknown[]) => unknown) : null;
  const method = (proto: object, name: string) => uncurry(getOwn(proto, name)?.value);
  const getter = (proto: object, name: string) => uncurry(getOwn(proto, name)?.get);

  const defineProp = Object.defineProperty;
  const reflectApply = Reflect.apply;
  const ProxyCtor = Proxy;
  const U8 = Uint8Array;
  const SetCtor = Set;
  const wmGet = method(WeakMap.prototype, 'get');
  const wmSet = method(WeakMap.prototype, 'set');
  const setAdd = method(Set.prototype, 'add');
  const setDelete = method(Set.prototype, 'delete');
  const setSize = getter(Set.prototype, 'size');
  const setValues = method(Set.prototype, 'values');
  const iterNext = method(Object.getPrototypeOf(new Set().values()) as object, 'next');
  const promiseThen = method(Promise.prototype, 'then');
  const addListener = method(win.EventTarget.prototype, 'addEventListener');
  const readyState = getter(trackProto, 'readyState');
  const kind = getter(trackProto, 'kind');
  const getVideoTracks = streamProto ? method(streamProto, 'getVideoTracks') : null;
  const getRandomValues = uncurry(win.crypto.getRandomValues);
  const setIntervalU = uncurry(win.setInterval);
  const clearIntervalU = uncurry(win.clearInterval);
  if (
    !wmGet || !wmSet || !setAdd || !setDelete || !setSize || !setValues || !iterNext || !promiseThen ||
    !addListener || !readyState || !kind || !getVideoTracks || !getRandomValues || !setIntervalU || !clearIntervalU
  ) {
    return null; // Not a browser we understand: do nothing rather than half a hook.
  }
  const crypto = win.crypto;

  /** Every element of a Set, through the captured iterator (a patched Set.prototype changes nothing). */
  const elements = <T>(set: Set<T>): T[] => {
    const out: T[] = [];
    const it = setValues(set);
    for (let step = iterNext(it) as IteratorResult<T>; !step.done; step = iterNext(it) as IteratorResult<T>) {
      defineProp(out, out.length, { value: step.value, writable: true, enumerable: true, configurable: true });
    }
    return out;
  };

  const disguise = new WeakMap<object, object>(); // our proxy → the native it stands for
  const shareOfTrack = new WeakMap<object, ShareRecord>();
  const liveShares = new Set<ShareRecord>();
  let sweepTimer: unknown = null;

  const newShareId = (): string => {
    const bytes = new U8(16);
    getRandomValues(crypto, bytes);
    let hex = '';
    for (let i = 0; i < bytes.length; i++) hex += HEX[bytes[i]! >> 4]! + HEX[bytes[i]! & 15]!;
    return hex;
  };

  const isLiveVideo = (track: unknown): track is object => {
    try {
      return readyState(track) === 'live' && kind(track) === 'video';
    } catch {
      return false;
    }
  };

  const videoTracksOf = (stream: unknown): object[] => {
    const out: object[] = [];
    try {
      const list = getVideoTracks(stream) as ArrayLike<unknown>;
      for (let i = 0; i < list.length; i++) {
        const t = list[i];
        if (typeof t === 'object' && t !== null) defineProp(out, out.length, { value: t, writable: true, enumerable: true, configurable: true });
      }
    } catch {
      // Not a MediaStream: nothing to watch.
    }
    return out;
  };

  const tell = (fn: () => void) => {
    try {
      fn();
    } catch {
      // The sink is ours; a failure there must never break the page's own capture call.
    }
  };

  const endShare = (share: ShareRecord) => {
    if (share.ended) return;
    share.ended = true;
    setDelete(liveShares, share);
    if (setSize(liveShares) === 0 && sweepTimer !== null) {
      clearIntervalU(win, sweepTimer);
      sweepTimer = null;
    }
    tell(() => sink.ended(share.id));
  };

  /** Forget tracks that are no longer live; end the share when none is left. */
  const refresh = (share: ShareRecord) => {
    const tracks = elements(share.tracks);
    for (let i = 0; i < tracks.length; i++) if (!isLiveVideo(tracks[i])) setDelete(share.tracks, tracks[i]);
    if (setSize(share.tracks) === 0) endShare(share);
  };

  const sweep = (): string[] => {
    const ids: string[] = [];
    const shares = elements(liveShares);
    for (let i = 0; i < shares.length; i++) {
      const share = shares[i]!;
      refresh(share);
      if (!share.ended) defineProp(ids, ids.length, { value: share.id, writable: true, enumerable: true, configurable: true });
    }
    return ids;
  };

  const adoptTrack = (share: ShareRecord, track: unknown) => {
    if (share.ended || !isLiveVideo(track) || wmGet(shareOfTrack, track)) return;
    setAdd(share.tracks, track);
    wmSet(shareOfTrack, track, share);
    addListener(track, 'ended', () => refresh(share));
  };

  const onStream = (stream: unknown) => {
    const share: ShareRecord = { id: newShareId(), tracks: new SetCtor(), ended: false };
    const videos = videoTracksOf(stream);
    for (let i = 0; i < videos.length; i++) adoptTrack(share, videos[i]);
    if (setSize(share.tracks) === 0) return;
    setAdd(liveShares, share);
    if (sweepTimer === null) sweepTimer = setIntervalU(win, sweep, SWEEP_MS);
    tell(() => sink.started(share.id));
  };

  /** Watch the promise a capture call returned, and hand the page that same promise. */
  const watch = (result: unknown) => {
    try {
      promiseThen(result, onStream, () => undefined);
    } catch {
      // Not a promise (a broken polyfill on the page): nothing to watch.
    }
  };

  const shareOf = (self: unknown) =>
    typeof self === 'object' && self !== null ? (wmGet(shareOfTrack, self) as ShareRecord | undefined) : undefined;

  const wrap = (proto: object, name: string, trap: (target: AnyFn, self: unknown, args: unknown[]) => unknown) => {
    const desc = getOwn(proto, name);
    if (!desc || typeof desc.value !== 'function' || !desc.writable || !desc.configurable) return;
    const native = desc.value as AnyFn;
    const proxy = new ProxyCtor(native, { apply: trap });
    wmSet(disguise, proxy, native);
    defineProp(proto, name, { value: proxy, writable: true, enumerable: desc.enumerable ?? false, configurable: true });
  };

  wrap(devicesProto, 'getDisplayMedia', (target, self, args) => {
    const result = reflectApply(target, self, args);
    watch(result);
    return result;
  });

  wrap(devicesProto, 'getUserMedia', (target, self, args) => {
    const result = reflectApply(target, self, args);
    if (isLegacyScreenRequest(args[0])) watch(result);
    return result;
  });

  wrap(trackProto, 'stop', (target, self, args) => {
    const result = reflectApply(target, self, args);
    const share = shareOf(self);
    if (share) refresh(share);
    return result;
  });

  wrap(trackProto, 'clone', (target, self, args) => {
    const copy = reflectApply(target, self, args);
    const share = shareOf(self);
    if (share) adoptTrack(share, copy);
    return copy;
  });

  if (streamProto) {
    wrap(streamProto, 'clone', (target, self, args) => {
      const copy = reflectApply(target, self, args);
      // A cloned stream's video tracks are clones of the original's, in the same order.
      const originals = videoTracksOf(self);
      const copies = videoTracksOf(copy);
      for (let i = 0; i < originals.length && i < copies.length; i++) {
        const share = shareOf(originals[i]);
        if (share) adoptTrack(share, copies[i]);
      }
      return copy;
    });
  }

  // Function.prototype.toString answers for our proxies as for the natives they wrap (and for itself).
  wrap(win.Function.prototype, 'toString', (target, self, args) => {
    const stand = typeof self === 'function' ? (wmGet(disguise, self) as object | undefined) : undefined;
    return reflectApply(target, stand ?? self, args);
  });

  return { liveShareIds: sweep };
}

/**
 * The legacy ways to capture a screen through getUserMedia: Firefox's `video.mediaSource` ('screen',
 * 'window', …) and Chrome's `video.mandatory.chromeMediaSource` ('desktop', 'screen', 'tab').
 * Reading the constraints can run page getters: any throw means "not a screen request".
 */
export function isLegacyScreenRequest(constraints: unknown): boolean {
  try {
    if (typeof constraints !== 'object' || constraints === null) return false;
    const video: unknown = (constraints as { video?: unknown }).video;
    if (typeof video !== 'object' || video === null) return false;
    const source: unknown = (video as { mediaSource?: unknown }).mediaSource;
    if (isScreenSource(source)) return true;
    const mandatory: unknown = (video as { mandatory?: unknown }).mandatory;
    if (typeof mandatory !== 'object' || mandatory === null) return false;
    const chromeSource: unknown = (mandatory as { chromeMediaSource?: unknown }).chromeMediaSource;
    return isScreenSource(chromeSource);
  } catch {
    return false;
  }
}

function isScreenSource(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  for (let i = 0; i < LEGACY_SCREEN_SOURCES.length; i++) if (LEGACY_SCREEN_SOURCES[i] === value) return true;
  return false;
}
