// Wrappers of built-in methods that look like the built-ins, from every realm, for the main-world hooks
// (share-hook.content): the screen-capture hook (share-guard/display-media-hook.ts) and the document.open()/write()
// hook (document-open-hook.ts). One per window: Function.prototype.toString is wrapped once, at the first wrap,
// whatever the page (an http page has no MediaDevices to wrap, and still gets the document hook).
//
// A wrapper is a Proxy of the native: `name`, `length`, the prototype chain and the missing `prototype` property are
// the native's own. What a Proxy cannot hide is Function.prototype.toString, which prints any proxy as
// `function () { [native code] }`, without the name, in whatever realm it is called from. So:
//   - in this realm, the wrapped toString prints the native for our proxy (a table of our proxies);
//   - from another realm (a blank iframe's toString applied to this page's getDisplayMedia: the usual hook detector,
//     red team round 2 finding 7), that realm's wrapper does not know our proxy. Realms share no object the page
//     cannot reach, but same-agent realms do share the symbol registry: every proxy answers `get` of NATIVE_SOURCE
//     with its native's source, printed here when it was made, and the other realm's toString prints that. Only a
//     proxy the browser prints nameless is asked. A page has to know this key (read our source) to ask, and what it
//     can learn or forge with it changes only what it shows itself.
// Everything is captured when the hook installs, at document_start, before any page script can patch it.

type AnyFn = (...args: unknown[]) => unknown;
/** Runs in place of the native: `target` is the native itself, `self` and `args` what the page called it with. */
export type Trap = (target: AnyFn, self: unknown, args: unknown[]) => unknown;
/** Replaces `proto[name]` (an own, writable, configurable method; else nothing) with a wrapper calling `trap`. */
export type Wrap = (proto: object, name: string, trap: Trap) => void;

export interface WrapWindow {
  Function: { prototype: object };
}

/** What every wrapper answers, in every realm: its native's source text. */
export const NATIVE_SOURCE: unique symbol = Symbol.for('fanzha-guard/native-source');

const made = new WeakMap<object, Wrap>();

export function nativeWrapper(win: WrapWindow): Wrap {
  const known = made.get(win);
  if (known) return known;
  const getOwn = Object.getOwnPropertyDescriptor;
  const defineProp = Object.defineProperty;
  const reflectApply = Reflect.apply;
  const reflectGet = Reflect.get;
  const ProxyCtor = Proxy;
  const disguise = new WeakMap<object, object>(); // our proxy → the native it stands for
  const wmGet = WeakMap.prototype.get;
  const wmSet = WeakMap.prototype.set;
  const nativeToString = getOwn(win.Function.prototype, 'toString')?.value as AnyFn | undefined;
  const sourceOf = (fn: unknown) => (nativeToString ? (reflectApply(nativeToString, fn, []) as string) : '');
  // How this browser prints any proxy (Chromium `function () { [native code] }`, Firefox on three lines).
  const nameless = sourceOf(new ProxyCtor(() => undefined, {}));

  const wrap: Wrap = (proto, name, trap) => {
    const desc = getOwn(proto, name);
    if (!desc || typeof desc.value !== 'function' || !desc.writable || !desc.configurable) return;
    const native = desc.value as AnyFn;
    const source = sourceOf(native);
    // Only the wrapper itself answers: a page's own Proxy of it (or an object inheriting from it) must print
    // nameless, as a proxy of the native would.
    const proxy: object = new ProxyCtor(native, {
      apply: trap,
      get: (target, key, receiver) => (key === NATIVE_SOURCE && receiver === proxy ? source : reflectGet(target, key, receiver)),
    });
    reflectApply(wmSet, disguise, [proxy, native]);
    defineProp(proto, name, { value: proxy, writable: true, enumerable: desc.enumerable ?? false, configurable: true });
  };
  made.set(win, wrap);

  // Function.prototype.toString answers for our proxies as for the natives they wrap (and for itself), and for
  // another realm's wrappers with the source they carry; anything else prints as the browser prints it.
  wrap(win.Function.prototype, 'toString', (target, self, args) => {
    const stand = typeof self === 'function' ? (reflectApply(wmGet, disguise, [self]) as object | undefined) : undefined;
    const text = reflectApply(target, stand ?? self, args);
    if (stand || text !== nameless) return text;
    try {
      const foreign: unknown = reflectGet(self as object, NATIVE_SOURCE);
      return typeof foreign === 'string' ? foreign : text;
    } catch {
      return text;
    }
  });
  return wrap;
}
