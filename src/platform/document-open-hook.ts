// Main world, document_start, every frame: wraps document.open(), write() and writeln() so that the extension's window
// and document listeners are back, first, before the page's call returns.
//
// Why: opening a document (document.open(), or a write() with nowhere to go, which opens it) erases every listener on
// the document and its window (HTML "document open steps"), the early ones too (early-events.ts: focusin, input,
// keydown, pointerdown, heard before any page listener can stop them). The page's script goes on right after its call
// and can add its own window capture listeners that stop those events: re-adding ours from a MutationObserver (a
// microtask later) puts them behind. So each wrapper rings the isolated world (reopen-channel.ts) before it returns.
//
// - open(): the native open, then the ring. Three arguments is window.open(url, name, features): passed through.
// - write()/writeln(): a write opens the document when it has nowhere to write (after load, or from a timer while the
//   parser waits), then parses what it was given, running its scripts inline. So first the native write with nothing
//   (a no-op unless it opens: the browser decides exactly as for the real call, including the writes it ignores, from
//   a deferred script say), the ring if it opened, then the real write. Under Trusted Types "nothing" is
//   trustedTypes.emptyHTML (an empty write of a string would be refused).
// - Opening removes what the document held, and that can run page code inside the native call, after the erasing: a
//   removed frame's unload handlers, a removed custom element's disconnectedCallback (seen in Chromium 150). Their
//   listeners would come before ours. So after an open that removed something we open again (the page never sees
//   it: same document, still loading, nothing written yet) until an open removed nothing, and so ran nothing.
// - Which isolated world: the document's own. A page may call one frame's open on another frame's document; each hook
//   puts its ring on its own document, a non-configurable own property under a registered symbol, and every wrapper
//   rings the one on the document it was called on. A page may read and call it: it only makes us listen again.
//   document.open() keeps the Document object, and so the property.
// Exceptions, return values and the entry document (the native open still runs inside the page's own call) are the
// native's. Every native used later is captured now.
import type { Trap, Wrap, WrapWindow } from './native-wrap';
import { getter } from './natives';

/** Symbol.for(RING_KEY): each document's ring, on the document itself. */
export const RING_KEY = 'fanzha-guard.reopen';
/** At most this many opens again after the page's, when page code inside each filled the document again. */
export const MAX_REOPENS = 3;

export interface DocumentHookWindow extends WrapWindow {
  Document: { prototype: object };
  Node: { prototype: object };
  trustedTypes?: { emptyHTML?: unknown };
}

export function installDocumentOpenHook(win: DocumentHookWindow, doc: object, ring: () => void, wrap: Wrap): void {
  const getOwn = Object.getOwnPropertyDescriptor;
  const reflectApply = Reflect.apply;
  const key = Symbol.for(RING_KEY);
  const proto = win.Document.prototype;
  const nativeOpen = getOwn(proto, 'open')?.value as unknown;
  const nativeWrite = getOwn(proto, 'write')?.value as unknown;
  const firstChild = getter(win.Node.prototype, 'firstChild');
  const readyState = getter(proto, 'readyState');
  if (typeof nativeOpen !== 'function' || typeof nativeWrite !== 'function' || !firstChild || !readyState) return;
  let emptyHTML: unknown;
  try {
    emptyHTML = win.trustedTypes?.emptyHTML;
  } catch {
    // No Trusted Types here.
  }
  const nothing = emptyHTML === undefined ? [] : [emptyHTML];

  try {
    // Bound: its source reads as native code.
    Object.defineProperty(doc, key, { value: ring.bind(undefined) });
  } catch {
    // Taken already (the page got to an about:blank frame first): wrappers ring what is there; our own
    // MutationObserver still re-adds the listeners, later.
  }

  /** Rings the isolated world of `self`, a Document (the native accepted it). */
  const tell = (self: unknown): void => {
    const own = getOwn(self as object, key);
    if (typeof own?.value === 'function') reflectApply(own.value as () => void, undefined, []);
  };

  /** After a call that may have opened `self`, which had `first` as its first child and `state` as its readiness. */
  const settle = (self: unknown, first: unknown, state: unknown, always: boolean): void => {
    // Opening removes every child and makes the document 'loading'. An empty document gives no sign: rung anyway.
    if (first === null || firstChild(self) !== first || readyState(self) !== state) {
      // Something was removed: page code may have run inside the call. Open again until nothing was.
      for (let i = 0; first !== null && i < MAX_REOPENS; i++) {
        first = firstChild(self);
        reflectApply(nativeOpen as () => unknown, self, []);
      }
    } else if (!always) return;
    tell(self);
  };

  /** The document's first child and readiness; null when `self` is no Document (the native then throws its own error). */
  const before = (self: unknown): [unknown, unknown] | null => {
    try {
      return [firstChild(self), readyState(self)];
    } catch {
      return null;
    }
  };

  wrap(proto, 'open', (target, self, args) => {
    const was = args.length < 3 ? before(self) : null;
    const result = reflectApply(target, self, args);
    if (was) {
      try {
        settle(self, was[0], was[1], true);
      } catch {
        // Ours must never break the page's call.
      }
    }
    return result;
  });

  const write: Trap = (target, self, args) => {
    const was = before(self);
    if (was) {
      try {
        reflectApply(nativeWrite as () => unknown, self, nothing);
        settle(self, was[0], was[1], false);
      } catch {
        // Refused (an XML document, a write from a custom element's constructor): the real call below throws the
        // native's own error.
      }
    }
    return reflectApply(target, self, args);
  };
  wrap(proto, 'write', write);
  wrap(proto, 'writeln', write);
}
