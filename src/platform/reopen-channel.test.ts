// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { HANDSHAKE, offerReopenLine, RING, takeReopenLine } from './reopen-channel';

// The window both worlds share, as the two ends use it: an event target with the DOM's classes on it. (vitest's
// `window` is Node's global with jsdom's members copied on, not an EventTarget that jsdom's natives accept.)
const win = Object.assign(new EventTarget(), { EventTarget, Event, FocusEvent }) as unknown as Window & typeof globalThis;

/** Both ends in one jsdom window (as both worlds see one DOM); `hookFirst` says which content script runs first. */
function handshake(hookFirst: boolean) {
  const onRing = vi.fn();
  let ring: () => void = () => undefined;
  if (hookFirst) ring = takeReopenLine(win);
  offerReopenLine(win, document, onRing);
  if (!hookFirst) ring = takeReopenLine(win);
  return { ring, onRing };
}

describe('reopen line', () => {
  it.each([true, false])('connects whichever script runs first (hook first: %s), and the ring reaches the isolated world', (hookFirst) => {
    const { ring, onRing } = handshake(hookFirst);
    ring();
    expect(onRing).toHaveBeenCalledTimes(1);
    ring();
    expect(onRing).toHaveBeenCalledTimes(2);
  });

  it.each([true, false])('leaves no one listening on the window (hook first: %s): a later page hello or offer gets nothing', (hookFirst) => {
    const { ring, onRing } = handshake(hookFirst);
    // A page's hello: nobody answers with the node.
    const seen: unknown[] = [];
    const spy = (event: Event) => seen.push((event as FocusEvent).relatedTarget);
    win.addEventListener(HANDSHAKE, spy, true);
    expect(win.dispatchEvent(new win.FocusEvent(HANDSHAKE, { cancelable: true }))).toBe(true);
    // A page's own node: not taken (the offer is not cancelled), and the ring still goes to the isolated world's.
    const fake = document.createTextNode('');
    const fakeRung = vi.fn();
    fake.addEventListener(RING, fakeRung);
    expect(win.dispatchEvent(new win.FocusEvent(HANDSHAKE, { relatedTarget: fake, cancelable: true }))).toBe(true);
    win.removeEventListener(HANDSHAKE, spy, true);
    expect(seen).toEqual([null, fake]);
    ring();
    expect(fakeRung).not.toHaveBeenCalled();
    expect(onRing).toHaveBeenCalledTimes(1);
  });

  it('no page listener on the window ever sees the node: the hook stops the offer first', () => {
    // A listener added before both scripts stands for the worst case (in a browser the page cannot be first).
    const seen: unknown[] = [];
    const spy = (event: Event) => seen.push((event as FocusEvent).relatedTarget);
    win.addEventListener(HANDSHAKE, spy);
    handshake(true);
    win.removeEventListener(HANDSHAKE, spy);
    expect(seen).toEqual([null]); // the hook's hello only
  });

  it('rings with the natives captured at the start: a page that patches dispatchEvent later changes nothing', () => {
    const { ring, onRing } = handshake(false);
    const dispatch = EventTarget.prototype.dispatchEvent;
    const getOwn = Object.getOwnPropertyDescriptor;
    EventTarget.prototype.dispatchEvent = () => true;
    Object.getOwnPropertyDescriptor = () => undefined;
    try {
      ring();
    } finally {
      EventTarget.prototype.dispatchEvent = dispatch;
      Object.getOwnPropertyDescriptor = getOwn;
    }
    expect(onRing).toHaveBeenCalledTimes(1);
  });

  it('a ring before any isolated world answered does nothing', () => {
    const ring = takeReopenLine(win);
    expect(() => ring()).not.toThrow();
  });
});
