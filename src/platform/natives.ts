// Built-ins the page-world hooks (share-hook.content) call later, "uncurried" so that a call reads no property a page
// script could have replaced since: `method(EventTarget.prototype, 'addEventListener')(target, type, fn)`. Taken
// when the hook installs, at document_start, before any page script runs; `Function.prototype.call` and
// `Object.getOwnPropertyDescriptor` themselves when this module is evaluated, earlier still.

export type Uncurried = (self: unknown, ...args: unknown[]) => unknown;

const getOwn = Object.getOwnPropertyDescriptor;
const fnCall = Function.prototype.call;

/** `fn` as a function taking its `this` first; null when `fn` is no function (a built-in this browser lacks). */
export function uncurry(fn: unknown): Uncurried | null {
  return typeof fn === 'function' ? (fnCall.bind(fn) as Uncurried) : null;
}

/** The method `proto[name]`, uncurried (null when absent). */
export function method(proto: object, name: string): Uncurried | null {
  return uncurry(getOwn(proto, name)?.value);
}

/** The getter of `proto[name]`, uncurried (null when absent). */
export function getter(proto: object, name: string): Uncurried | null {
  return uncurry(getOwn(proto, name)?.get);
}
