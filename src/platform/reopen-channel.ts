// A synchronous line from the main-world hook (document-open-hook.ts) to the isolated world: "this document was
// just opened, your window and document listeners are gone". It must be synchronous: the page's own script goes on
// right after its document.open() returns, and may add window listeners that stop events before ours.
//
// The two worlds share only the DOM, so the line is a DOM node N: a detached text node the isolated world makes and
// listens on. The hook rings it by dispatching a plain Event on it. N is handed over at document_start, when no page
// script exists yet, by a FocusEvent dispatched on the window with N as its relatedTarget. Whichever of the two
// scripts runs second completes it:
//
//   isolated world first: offers N (nobody takes it: dispatchEvent says not cancelled), then waits for a hello
//   hook first:           listens, says hello (nobody answers), waits for N
//   the second one:       hello → the isolated world offers N inside it; or N offered → the hook is listening
//   the hook takes N: stopImmediatePropagation + preventDefault (so the offer's dispatchEvent returns false and the
//   isolated world knows); then both stop listening. A page script that later sends a hello or offers its own node
//   finds no one listening. N itself is never in the page's reach: detached, never on the window, never in an event
//   a page listener could see.

import { getter, method } from './natives';

/** The handshake's FocusEvent type, on the window: relatedTarget null is a hello, a node is an offer. */
export const HANDSHAKE = 'fanzha-guard:reopen-line';
/** The ring on N. */
export const RING = 'fanzha-guard:reopened';

/** The parts of the main-world window the hook end uses. */
export interface LineWindow {
  EventTarget: { prototype: object };
  Event: { prototype: object; new (type: string, init?: EventInit): Event };
  FocusEvent: { prototype: object; new (type: string, init?: FocusEventInit): FocusEvent };
}

/**
 * Main world: take the isolated world's node. Returns the ring: a no-op until the node arrived. Every native it
 * calls is captured now, so a page that patches dispatchEvent or the event getters later changes nothing.
 */
export function takeReopenLine(win: LineWindow): () => void {
  const target = win.EventTarget.prototype;
  const event = win.Event.prototype;
  const addListener = method(target, 'addEventListener');
  const removeListener = method(target, 'removeEventListener');
  const dispatch = method(target, 'dispatchEvent');
  const relatedTarget = getter(win.FocusEvent.prototype, 'relatedTarget');
  const stopImmediate = method(event, 'stopImmediatePropagation');
  const preventDefault = method(event, 'preventDefault');
  // Every browser we run in has them all; without one there is no line (the MutationObserver re-adds, later).
  if (!addListener || !removeListener || !dispatch || !relatedTarget || !stopImmediate || !preventDefault) return () => undefined;
  const EventCtor = win.Event;
  let line: unknown = null;

  const onHandshake = (offer: unknown): void => {
    let node: unknown;
    try {
      node = relatedTarget(offer);
    } catch {
      return; // not a FocusEvent (a page's, if the isolated world never came): not ours
    }
    if (line || !node) return; // our own hello, or a second offer
    line = node;
    stopImmediate(offer);
    preventDefault(offer);
    removeListener(win, HANDSHAKE, onHandshake, true);
  };
  addListener(win, HANDSHAKE, onHandshake, true);
  // The isolated world, if it is there already, answers inside this call.
  dispatch(win, new win.FocusEvent(HANDSHAKE));
  return () => {
    if (line) dispatch(line, new EventCtor(RING));
  };
}

/** Isolated world, at document_start: hands the hook the line that calls `onRing` (each document.open()). */
export function offerReopenLine(win: Window, doc: Document, onRing: () => void): void {
  const node = doc.createTextNode('');
  node.addEventListener(RING, onRing);
  /** Offers the node; true when the hook took it. */
  const offer = (): boolean => !win.dispatchEvent(new FocusEvent(HANDSHAKE, { relatedTarget: node, cancelable: true }));
  if (offer()) return;
  const onHello = (event: Event): void => {
    // An offer (ours, echoing inside this very dispatch) is not a hello.
    if (!(event as FocusEvent).relatedTarget && offer()) win.removeEventListener(HANDSHAKE, onHello, true);
  };
  win.addEventListener(HANDSHAKE, onHello, true);
}
