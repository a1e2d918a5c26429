import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installDisplayMediaHook, SWEEP_MS, type HookWindow } from './display-media-hook';
import { CHROME_MEDIA_SOURCE, legacyScreenForms, MEDIA_SOURCE } from './legacy-screen-request';

// Fakes with the same shape as the DOM classes the hook wraps: methods on prototypes, state behind getters.
class FakeTrack extends EventTarget {
  #state: 'live' | 'ended' = 'live';
  /** A screen capture's track carries its display surface in its settings (Chromium); a camera's (null) does not. */
  constructor(
    readonly trackKind: 'video' | 'audio' = 'video',
    readonly surface: string | null = 'monitor',
  ) {
    super();
  }
  getSettings() {
    return this.surface === null ? { width: 640 } : { width: 1280, displaySurface: this.surface };
  }
  get kind() {
    return this.trackKind;
  }
  get readyState() {
    return this.#state;
  }
  stop() {
    this.#state = 'ended'; // like the real stop(): no `ended` event
  }
  /** Like Chromium: the clone belongs to the realm of the track it copies, whichever realm's clone() was called. */
  clone(): FakeTrack {
    return new (this.constructor as typeof FakeTrack)(this.trackKind, this.surface);
  }
  /** What the browser does when the user presses "Stop sharing". */
  endByBrowser() {
    this.#state = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

class FakeStream {
  constructor(readonly tracks: FakeTrack[]) {}
  getVideoTracks() {
    return this.tracks.filter((t) => t.kind === 'video');
  }
  clone() {
    return new FakeStream(this.tracks.map((t) => t.clone()));
  }
}

let nextResult: () => Promise<FakeStream>;
class FakeMediaDevices {
  /** Firefox honours (and lists) `mediaSource`; Chromium does neither. */
  static honoursMediaSource = false;
  getSupportedConstraints() {
    return (this.constructor as typeof FakeMediaDevices).honoursMediaSource ? { width: true, mediaSource: true } : { width: true };
  }
  getDisplayMedia(_constraints?: unknown): Promise<FakeStream> {
    return nextResult();
  }
  getUserMedia(_constraints?: unknown): Promise<FakeStream> {
    return nextResult();
  }
}

// Fresh copies of the classes per test: the hook rewrites their prototypes.
function freshWindow() {
  class Track extends FakeTrack {}
  class Stream extends FakeStream {}
  class Devices extends FakeMediaDevices {}
  // The hook wraps own properties of the prototypes, as in a browser.
  for (const [cls, base, names] of [
    [Track, FakeTrack, ['stop', 'clone', 'kind', 'readyState', 'getSettings']],
    [Stream, FakeStream, ['getVideoTracks', 'clone']],
    [Devices, FakeMediaDevices, ['getDisplayMedia', 'getUserMedia', 'getSupportedConstraints']],
  ] as const) {
    for (const name of names) {
      Object.defineProperty(cls.prototype, name, Object.getOwnPropertyDescriptor(base.prototype, name)!);
    }
  }
  const functionProto = { toString: Function.prototype.toString };
  const win = {
    MediaDevices: Devices,
    MediaStreamTrack: Track,
    MediaStream: Stream,
    EventTarget,
    Function: { prototype: functionProto },
    crypto: globalThis.crypto,
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: unknown) => clearInterval(id as ReturnType<typeof setInterval>),
  };
  return { win, Devices, Track, functionProto };
}

function setup() {
  const w = freshWindow();
  const events: string[] = [];
  const ids: string[] = [];
  const hook = installDisplayMediaHook(w.win as unknown as HookWindow, {
    started: (id) => {
      ids.push(id);
      events.push(`start:${ids.indexOf(id)}`);
    },
    ended: (id) => events.push(`end:${ids.indexOf(id)}`),
  });
  if (!hook) throw new Error('hook did not install');
  const devices = new w.Devices();
  /** A track of the hooked window's class (its prototype carries the wrapped stop/clone); a screen's unless told. */
  const track = (kind: 'video' | 'audio' = 'video', surface: string | null = 'monitor') => new w.Track(kind, surface);
  /** The page shares a stream (one video track unless given). */
  const share = async (tracks: FakeTrack[] = [track()]) => {
    const stream = new FakeStream(tracks);
    nextResult = () => Promise.resolve(stream);
    await devices.getDisplayMedia({ video: true });
    return stream;
  };
  return { ...w, hook, devices, events, ids, track, share };
}

beforeEach(() => {
  nextResult = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('installDisplayMediaHook', () => {
  it('reports a start with a random 128-bit id once the stream has a live video track', async () => {
    const { share, events, ids } = setup();
    await share();
    expect(events).toEqual(['start:0']);
    expect(ids[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('hands the page the very promise the native returned', async () => {
    const { devices, track } = setup();
    const original = Promise.resolve(new FakeStream([track()]));
    nextResult = () => original;
    expect(devices.getDisplayMedia()).toBe(original);
  });

  it('reports nothing when the user cancels the picker', async () => {
    const { devices, events } = setup();
    await expect(devices.getDisplayMedia()).rejects.toThrow('Permission denied');
    expect(events).toEqual([]);
  });

  it('reports nothing for a stream without a live video track', async () => {
    const { share, events, track } = setup();
    const ended = track();
    ended.stop();
    await share([track('audio'), ended]);
    expect(events).toEqual([]);
  });

  it('reports the end when the browser ends the track (the "Stop sharing" bar)', async () => {
    const { share, events, hook, track } = setup();
    const stream = await share();
    stream.tracks[0]!.endByBrowser();
    expect(events).toEqual(['start:0', 'end:0']);
    expect(hook.liveShareIds()).toEqual([]);
  });

  it('reports the end when the page calls stop(), which fires no event', async () => {
    const { share, events, track } = setup();
    const stream = await share();
    stream.tracks[0]!.stop();
    expect(events).toEqual(['start:0', 'end:0']);
  });

  it('waits for every video track: a stream with two', async () => {
    const { share, events, track } = setup();
    const stream = await share([track(), track()]);
    stream.tracks[0]!.stop();
    expect(events).toEqual(['start:0']);
    stream.tracks[1]!.endByBrowser();
    expect(events).toEqual(['start:0', 'end:0']);
  });

  it('keeps the share while a clone of its track lives', async () => {
    const { share, events, track } = setup();
    const stream = await share();
    const copy = stream.tracks[0]!.clone();
    stream.tracks[0]!.stop();
    expect(events).toEqual(['start:0']);
    copy.stop();
    expect(events).toEqual(['start:0', 'end:0']);
  });

  it('keeps the share while a cloned stream lives', async () => {
    const { share, events, track } = setup();
    const stream = await share();
    const copy = stream.clone();
    stream.tracks[0]!.stop();
    expect(events).toEqual(['start:0']);
    copy.tracks[0]!.endByBrowser();
    expect(events).toEqual(['start:0', 'end:0']);
  });

  it('stopping an unrelated track (a camera) does not end the share', async () => {
    const { share, events, hook, ids, track } = setup();
    await share();
    track().stop();
    expect(events).toEqual(['start:0']);
    expect(hook.liveShareIds()).toEqual([ids[0]]);
  });

  it('tracks two shares apart', async () => {
    const { share, events, hook, ids, track } = setup();
    const a = await share();
    await share();
    a.tracks[0]!.stop();
    expect(events).toEqual(['start:0', 'start:1', 'end:0']);
    expect(hook.liveShareIds()).toEqual([ids[1]]);
  });

  it('notices a stop the wrappers could not see (a native stop borrowed from elsewhere) on the next sweep', async () => {
    vi.useFakeTimers();
    const { share, events, track } = setup();
    const stream = await share();
    FakeTrack.prototype.stop.call(stream.tracks[0]!); // the unwrapped original
    expect(events).toEqual(['start:0']);
    vi.advanceTimersByTime(SWEEP_MS);
    expect(events).toEqual(['start:0', 'end:0']);
  });

  it('is not blinded by a page that later replaces WeakMap, Set and Promise methods', async () => {
    const { devices, events, track } = setup();
    const saved = {
      wmGet: WeakMap.prototype.get,
      setDelete: Set.prototype.delete,
      then: Promise.prototype.then,
    };
    let stream: FakeStream | undefined;
    try {
      stream = new FakeStream([track()]);
      const s = stream;
      nextResult = () => Promise.resolve(s);
      const pending = devices.getDisplayMedia();
      WeakMap.prototype.get = () => undefined;
      Set.prototype.delete = () => false;
      await saved.then.call(pending, () => undefined);
      stream.tracks[0]!.stop();
    } finally {
      WeakMap.prototype.get = saved.wmGet;
      Set.prototype.delete = saved.setDelete;
      Promise.prototype.then = saved.then;
    }
    expect(events).toEqual(['start:0', 'end:0']);
  });

  it('keeps the natives\' look: name, length and toString', () => {
    const { Devices, Track, functionProto } = setup();
    const wrapped = Devices.prototype.getDisplayMedia;
    expect(wrapped).not.toBe(FakeMediaDevices.prototype.getDisplayMedia);
    expect(wrapped.name).toBe('getDisplayMedia');
    expect(wrapped.length).toBe(FakeMediaDevices.prototype.getDisplayMedia.length);
    expect(Object.hasOwn(wrapped, 'prototype')).toBe(Object.hasOwn(FakeMediaDevices.prototype.getDisplayMedia, 'prototype'));
    const toStr = functionProto.toString;
    expect(toStr.call(wrapped)).toBe(Function.prototype.toString.call(FakeMediaDevices.prototype.getDisplayMedia));
    expect(toStr.call(Track.prototype.stop)).toBe(Function.prototype.toString.call(FakeTrack.prototype.stop));
    expect(toStr.call(toStr)).toBe(Function.prototype.toString.call(Function.prototype.toString));
    const other = () => 1;
    expect(toStr.call(other)).toBe('() => 1');
  });

  it('never watches a plain camera request', async () => {
    const { devices, events, track } = setup();
    nextResult = () => Promise.resolve(new FakeStream([track()]));
    await devices.getUserMedia({ video: true });
    expect(events).toEqual([]);
  });

  // Red team round 2, finding 6: Chromium ignores `mediaSource` and hands out the camera; that was reported as a
  // share (badge 共享, the share warning on every bank field). A legacy form counts where the browser honours it;
  // elsewhere only a track with a display surface counts. Firefox ESR 140 honours `mediaSource` and lists it in
  // getSupportedConstraints(), but its screen tracks have no displaySurface in their settings.
  it.each([
    ['Chromium, mediaSource, the camera comes back', false, { mediaSource: 'screen' }, null, []],
    ['Chromium, mediaSource, a screen comes back', false, { mediaSource: 'screen' }, 'monitor', ['start:0']],
    ['Chromium, chromeMediaSource (honoured)', false, { mandatory: { chromeMediaSource: 'desktop' } }, null, ['start:0']],
    ['Firefox, mediaSource (honoured)', true, { mediaSource: 'window' }, null, ['start:0']],
    ['Firefox, chromeMediaSource, the camera comes back', true, { mandatory: { chromeMediaSource: 'desktop' } }, null, []],
  ] as const)('legacy getUserMedia screen request: %s', async (_, honours, video, surface, expected) => {
    const { devices, Devices, events, track } = setup();
    Devices.honoursMediaSource = honours;
    nextResult = () => Promise.resolve(new FakeStream([track('video', surface)]));
    await devices.getUserMedia({ video });
    expect(events).toEqual(expected);
  });

  // Red team round 2, finding 4a: the page shared, cloned the track with a blank iframe's clone(), stopped the
  // original: the clone (a track of the top page) kept capturing, but the share was reported ended.
  it('a clone made with another realm\'s clone() keeps the share of the realm the track belongs to', async () => {
    const top = setup();
    const frame = setup();
    const stream = await top.share();
    const copy = frame.Track.prototype.clone.call(stream.tracks[0]!);
    expect(Object.getPrototypeOf(copy)).toBe(top.Track.prototype);
    stream.tracks[0]!.stop();
    expect(top.events).toEqual(['start:0']);
    expect(top.hook.liveShareIds()).toEqual([top.ids[0]]);
    expect(frame.events).toEqual([]);
    copy.stop();
    expect(top.events).toEqual(['start:0', 'end:0']);
  });

  it('a stream cloned with another realm\'s clone() keeps the share too', async () => {
    const top = setup();
    const frame = setup();
    const stream = await top.share();
    const copy = frame.win.MediaStream.prototype.clone.call(stream) as FakeStream;
    stream.tracks[0]!.stop();
    expect(top.events).toEqual(['start:0']);
    copy.tracks[0]!.endByBrowser();
    expect(top.events).toEqual(['start:0', 'end:0']);
    expect(frame.events).toEqual([]);
  });

  // Finding 4b: an iframe's getDisplayMedia called on the top page's mediaDevices gives a stream of the top page;
  // reported under the iframe, removing the iframe cleared a share that was still live.
  it('another realm\'s getDisplayMedia called on this realm\'s mediaDevices is this realm\'s share', async () => {
    const top = setup();
    const frame = setup();
    nextResult = () => Promise.resolve(new FakeStream([top.track()]));
    await frame.Devices.prototype.getDisplayMedia.call(top.devices, { video: true });
    expect(top.events).toEqual(['start:0']);
    expect(frame.events).toEqual([]);
    // The honest case stays the frame's own: its own call, its own track, its frame's lifetime.
    nextResult = () => Promise.resolve(new FakeStream([frame.track()]));
    await frame.devices.getDisplayMedia({ video: true });
    expect(frame.events).toEqual(['start:0']);
    expect(top.events).toEqual(['start:0']);
  });

  it('a realm\'s hand-over cannot be replaced or removed by the page', () => {
    const { Track } = setup();
    const key = Symbol.for('fanzha-guard/share-realm');
    expect(Object.getOwnPropertyDescriptor(Track.prototype, key)).toMatchObject({ writable: false, configurable: false, enumerable: false });
    expect(() => Object.defineProperty(Track.prototype, key, { value: () => undefined })).toThrow(TypeError);
    expect(Reflect.deleteProperty(Track.prototype, key)).toBe(false);
  });

  it('without a hook in the track\'s realm the wrapper\'s own realm keeps the share', async () => {
    const frame = setup();
    class Unhooked extends FakeTrack {}
    nextResult = () => Promise.resolve(new FakeStream([new Unhooked()]));
    await frame.devices.getDisplayMedia({ video: true });
    expect(frame.events).toEqual(['start:0']);
  });

  it('a clone of a screen track it never saw (handed over some other way) starts a share; of a camera, not', () => {
    const { events, track } = setup();
    track('video', null).clone();
    expect(events).toEqual([]);
    const copy = track().clone();
    expect(events).toEqual(['start:0']);
    copy.stop();
    expect(events).toEqual(['start:0', 'end:0']);
  });

  // Finding 7: a fresh iframe's toString printed the top page's getDisplayMedia as `function () { [native code] }`.
  it('another realm\'s toString prints the wrapper as the native, with its name', () => {
    const top = setup();
    const frame = setup();
    const native = Function.prototype.toString.call(FakeMediaDevices.prototype.getDisplayMedia);
    expect(frame.functionProto.toString.call(top.Devices.prototype.getDisplayMedia)).toBe(native);
    expect(top.functionProto.toString.call(frame.Devices.prototype.getDisplayMedia)).toBe(native);
    expect(frame.functionProto.toString.call(top.functionProto.toString)).toBe(Function.prototype.toString.call(Function.prototype.toString));
  });

  it('does nothing where there is no MediaDevices (insecure pages cannot capture)', () => {
    const { win } = freshWindow();
    expect(installDisplayMediaHook({ ...win, MediaDevices: undefined } as unknown as HookWindow, { started() {}, ended() {} })).toBeNull();
  });

  it('a throwing sink never breaks the page\'s capture call', async () => {
    const w = freshWindow();
    installDisplayMediaHook(w.win as unknown as HookWindow, {
      started: () => {
        throw new Error('sink down');
      },
      ended: () => undefined,
    });
    const stream = new FakeStream([new w.Track()]);
    nextResult = () => Promise.resolve(stream);
    await expect(new w.Devices().getDisplayMedia()).resolves.toBe(stream);
  });
});

describe('legacyScreenForms', () => {
  it.each([
    [{ video: { mediaSource: 'screen' } }, MEDIA_SOURCE],
    [{ video: { mediaSource: 'window' } }, MEDIA_SOURCE],
    [{ video: { mandatory: { chromeMediaSource: 'desktop', chromeMediaSourceId: 'x' } } }, CHROME_MEDIA_SOURCE],
    [{ video: { mandatory: { chromeMediaSource: 'tab' } } }, CHROME_MEDIA_SOURCE],
    [{ video: { mediaSource: 'screen', mandatory: { chromeMediaSource: 'desktop' } } }, MEDIA_SOURCE | CHROME_MEDIA_SOURCE],
    [{ video: true }, 0],
    [{ video: { mediaSource: 'camera' } }, 0],
    [{ audio: true }, 0],
    [null, 0],
    ['screen', 0],
  ])('%j → %s', (constraints, expected) => {
    expect(legacyScreenForms(constraints)).toBe(expected);
  });

  it('treats a throwing getter as not a screen request', () => {
    const hostile = {
      get video(): unknown {
        throw new Error('boom');
      },
    };
    expect(legacyScreenForms(hostile)).toBe(0);
  });
});
