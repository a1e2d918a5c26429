// Runs in the page's own (main) world at document_start, before any page script: wraps the screen-capture
// entry points so the extension learns when this frame starts and stops sharing the screen.
//
// What "sharing" means here: a stream returned by getDisplayMedia (or by a legacy screen form of
// getUserMedia that the browser honoured) with at least one live video track. The share ends when every one
// of its video tracks, clones included, has ended. A track ends by
//   - the `ended` event (the user pressed the browser's "Stop sharing" bar, the shared window closed), or
//   - `track.stop()` called by the page, which fires no `ended` event: so stop() is wrapped too, or
//   - anything we did not see (a stop() borrowed from an unhooked frame): `liveShareIds()` and a slow sweep
//     re-read every tracked track's readyState through the native getter.
//
// Realms. Every frame has its own hook and its own table, but a page can call one realm's function on another
// realm's object: an iframe's clone() or getDisplayMedia() applied to the top page's track or mediaDevices.
// The new track then belongs to the realm of that object (it lives and dies with that document), not to the
// realm whose wrapper saw it. So a wrapper that gets a track of another realm hands it to that realm's hook,
// which reports it under its own frame: a clone made through a blank iframe still counts, and removing the
// iframe does not end a share the top page still holds. Each hook puts its hand-over function on its realm's
// MediaStreamTrack.prototype (SHARE_REALM, non-configurable, before any page script), and a track's prototype
// cannot have been changed yet when the wrapper sees the track it just got from the native: the page cannot
// forge or remove the hand-over. Where a realm has none, the wrapper's own frame keeps the share, as before.
//
// Hostile pages are normal, and page scripts run after this: every native we call later is captured now
// and called uncurried, so a page that replaces WeakMap.prototype.get or Promise.prototype.then cannot
// blind the hook. The wrappers look like the natives from every realm (platform/native-wrap.ts).
// This file never touches what is captured: no frames, no pixels, only the tracks' state and settings.

import { nativeWrapper } from '@/platform/native-wrap';
import { getter, method, uncurry } from '@/platform/natives';
import { CHROME_MEDIA_SOURCE, legacyScreenForms, MEDIA_SOURCE } from './legacy-screen-request';

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

/** Where each realm's hook leaves its hand-over function (on MediaStreamTrack.prototype; see the header). */
export const SHARE_REALM: unique symbol = Symbol.for('fanzha-guard/share-realm');

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

  const defineProp = Object.defineProperty;
  const getProto = Object.getPrototypeOf;
  const reflectApply = Reflect.apply;
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
  const getSettings = method(trackProto, 'getSettings');
  const getSupported = method(devicesProto, 'getSupportedConstraints');
  const getVideoTracks = streamProto ? method(streamProto, 'getVideoTracks') : null;
  const getRandomValues = uncurry(win.crypto.getRandomValues);
  const setIntervalU = uncurry(win.setInterval);
  const clearIntervalU = uncurry(win.clearInterval);
  if (
    !wmGet || !wmSet || !setAdd || !setDelete || !setSize || !setValues || !iterNext || !promiseThen ||
    !addListener || !readyState || !kind || !getSettings || !getSupported || !getVideoTracks || !getRandomValues || !setIntervalU || !clearIntervalU
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

  const wrap = nativeWrapper(win);
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

  const shareOf = (self: unknown) =>
    typeof self === 'object' && self !== null ? (wmGet(shareOfTrack, self) as ShareRecord | undefined) : undefined;

  /** A screen capture, as the track itself says (Chromium, through the native getter): it has a display surface. */
  const isScreen = (track: unknown): boolean => {
    try {
      return typeof getOwn(getSettings(track) as object, 'displaySurface')?.value === 'string';
    } catch {
      return false;
    }
  };

  const startShare = (tracks: readonly unknown[]) => {
    const share: ShareRecord = { id: newShareId(), tracks: new SetCtor(), ended: false };
    for (let i = 0; i < tracks.length; i++) adoptTrack(share, tracks[i]);
    if (setSize(share.tracks) === 0) return;
    setAdd(liveShares, share);
    if (sweepTimer === null) sweepTimer = setIntervalU(win, sweep, SWEEP_MS);
    tell(() => sink.started(share.id));
  };

  /**
   * The hook of the realm a track belongs to, when that is not this realm (see the header), or null. Only for
   * a track fresh from a native call: its prototype is still the one its realm gave it.
   */
  const otherRealm = (track: unknown): ((value: unknown, source?: unknown) => void) | null => {
    try {
      const proto = getProto(track) as object | null;
      if (proto === null || proto === trackProto) return null;
      const handOver: unknown = getOwn(proto, SHARE_REALM)?.value;
      return typeof handOver === 'function' ? (handOver as (value: unknown, source?: unknown) => void) : null;
    } catch {
      return null;
    }
  };

  /** A capture call's stream: a share of this realm, or handed to the realm it belongs to. */
  const onStream = (stream: unknown, needScreen: boolean) => {
    const videos = videoTracksOf(stream);
    const there = videos.length > 0 ? otherRealm(videos[0]) : null;
    if (there) {
      if (!needScreen || isScreen(videos[0])) tell(() => there(stream));
      return;
    }
    const screens: object[] = [];
    for (let i = 0; i < videos.length; i++) {
      if (!needScreen || isScreen(videos[i])) defineProp(screens, screens.length, { value: videos[i], writable: true, enumerable: true, configurable: true });
    }
    startShare(screens);
  };

  /** A clone of `source`: it keeps the source's share alive; a clone of a screen we did not know starts one. */
  const onClone = (source: unknown, copy: unknown) => {
    const there = otherRealm(copy);
    if (there) {
      tell(() => there(copy, source));
      return;
    }
    const share = shareOf(source);
    if (share) adoptTrack(share, copy);
    else if (isScreen(copy)) startShare([copy]);
  };

  // The hand-over from other realms' wrappers: (stream) or (clone, its source). The page can call it too;
  // all it can do is report a share of its own, never end one.
  try {
    defineProp(trackProto, SHARE_REALM, {
      value: (value: unknown, source?: unknown) => (source === undefined ? onStream(value, false) : onClone(source, value)),
    });
  } catch {
    // Already there: a second hook in this realm (never in a browser); the first one takes the hand-overs.
  }

  /** Watch the promise a capture call returned, and hand the page that same promise. */
  const watch = (result: unknown, needScreen: boolean) => {
    try {
      promiseThen(result, (stream: unknown) => onStream(stream, needScreen), () => undefined);
    } catch {
      // Not a promise (a broken polyfill on the page): nothing to watch.
    }
  };

  wrap(devicesProto, 'getDisplayMedia', (target, self, args) => {
    const result = reflectApply(target, self, args);
    watch(result, false);
    return result;
  });

  wrap(devicesProto, 'getUserMedia', (target, self, args) => {
    const result = reflectApply(target, self, args);
    const forms = legacyScreenForms(args[0]);
    if (forms !== 0) {
      // Each legacy form is honoured by one browser family only; elsewhere it is ignored and the browser hands
      // out the camera (Chromium with `mediaSource`), so the track has to show a display surface to count.
      // Firefox honours `mediaSource` (and lists it as supported) but gives no displaySurface in the settings.
      let honoursMediaSource = false;
      try {
        honoursMediaSource = getOwn(getSupported(self) as object, 'mediaSource')?.value === true;
      } catch {
        // Not a MediaDevices: the capture call itself fails.
      }
      const honoured = honoursMediaSource ? MEDIA_SOURCE : CHROME_MEDIA_SOURCE;
      watch(result, (forms & honoured) === 0);
    }
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
    onClone(self, copy);
    return copy;
  });

  if (streamProto) {
    wrap(streamProto, 'clone', (target, self, args) => {
      const copy = reflectApply(target, self, args);
      // A cloned stream's video tracks are clones of the original's, in the same order.
      const originals = videoTracksOf(self);
      const copies = videoTracksOf(copy);
      for (let i = 0; i < originals.length && i < copies.length; i++) onClone(originals[i], copies[i]);
      return copy;
    });
  }

  return { liveShareIds: sweep };
}
