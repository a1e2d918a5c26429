import { describe, expect, it } from 'vitest';
import { NATIVE_SOURCE, nativeWrapper } from './native-wrap';

const nativeToString = Function.prototype.toString;
const printed = (fn: unknown) => nativeToString.call(fn as () => void);

/** A realm as the helper sees it: its own Function.prototype (whose toString is the native) and a built-in to wrap. */
function realm() {
  const functionProto = { toString: nativeToString };
  // Built-in methods, as another hook (document.open/write) will wrap them: Node's own natives stand in.
  const docProto = {} as Record<string, unknown>;
  Object.defineProperty(docProto, 'write', { value: Array.prototype.push, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(docProto, 'open', { value: Array.prototype.splice, writable: true, configurable: true, enumerable: true });
  const calls: string[] = [];
  const win = { Function: { prototype: functionProto } };
  const wrap = nativeWrapper(win);
  wrap(docProto, 'write', (target, self, args) => {
    calls.push('write');
    return Reflect.apply(target, self, args);
  });
  return { functionProto, docProto, calls, win, wrap };
}

describe('nativeWrapper', () => {
  it('a wrapper calls the trap and keeps the native\'s name, length, enumerability and missing prototype', () => {
    const { docProto, calls } = realm();
    const write = docProto.write as (...items: unknown[]) => number;
    expect(write).not.toBe(Array.prototype.push);
    expect(write.call([], 1, 2)).toBe(2);
    expect(calls).toEqual(['write']);
    expect(write.name).toBe('push');
    expect(write.length).toBe(Array.prototype.push.length);
    expect(Object.hasOwn(write, 'prototype')).toBe(false);
    expect(Object.getOwnPropertyDescriptor(docProto, 'write')).toMatchObject({ writable: true, configurable: true, enumerable: true });
  });

  it('this realm\'s toString prints the wrapper, and itself, as the natives', () => {
    const { functionProto, docProto } = realm();
    expect(functionProto.toString.call(docProto.write)).toBe(printed(Array.prototype.push));
    expect(functionProto.toString.call(functionProto.toString)).toBe(printed(nativeToString));
  });

  // Red team round 2, finding 7: a fresh iframe's toString printed the wrapper without its name.
  it('another realm\'s toString prints the wrapper with its name too', () => {
    const top = realm();
    const frame = realm();
    expect(printed(top.docProto.write)).toBe('function () { [native code] }'); // what a bare proxy looks like
    expect(frame.functionProto.toString.call(top.docProto.write)).toBe(printed(Array.prototype.push));
    expect(top.functionProto.toString.call(frame.functionProto.toString)).toBe(printed(nativeToString));
  });

  it('prints everything else as the browser does: the page\'s own proxies, bound functions, plain functions', () => {
    const { functionProto } = realm();
    const pageProxy = new Proxy(Array.prototype.push, {});
    expect(functionProto.toString.call(pageProxy)).toBe('function () { [native code] }');
    expect(functionProto.toString.call(Array.prototype.push.bind([]))).toBe(printed(Array.prototype.push.bind([])));
    expect(functionProto.toString.call(function named(a: number) { return a; })).toContain('function named(a');
  });

  it('a page\'s own proxy of a wrapper prints nameless from every realm, as a proxy of the native does', () => {
    const top = realm();
    const frame = realm();
    const pageProxy = new Proxy(top.docProto.write as () => void, {});
    expect(top.functionProto.toString.call(pageProxy)).toBe('function () { [native code] }');
    expect(frame.functionProto.toString.call(pageProxy)).toBe('function () { [native code] }');
    expect((Object.create(top.docProto.write as object) as Record<symbol, unknown>)[NATIVE_SOURCE]).toBeUndefined();
  });

  it('throws the native TypeError for a receiver that is not a function', () => {
    const { functionProto } = realm();
    expect(() => functionProto.toString.call({} as never)).toThrow(TypeError);
  });

  it('one toString wrapper per realm, shared by every caller that wraps something there', () => {
    const { functionProto, docProto, win, wrap } = realm();
    const wrappedToString = functionProto.toString;
    const second = nativeWrapper(win);
    expect(second).toBe(wrap);
    second(docProto, 'open', (target, self, args) => Reflect.apply(target, self, args));
    expect(docProto.open).not.toBe(Array.prototype.splice);
    expect(functionProto.toString).toBe(wrappedToString);
    expect(functionProto.toString.call(docProto.open)).toBe(printed(Array.prototype.splice));
  });

  it('wraps only a writable, configurable method', () => {
    const { wrap } = realm();
    const fixed = () => 1;
    const getter = () => 1;
    const proto = {};
    Object.defineProperty(proto, 'fixed', { value: fixed, writable: false, configurable: true });
    Object.defineProperty(proto, 'getter', { get: getter, configurable: true });
    const trap = () => undefined;
    for (const name of ['fixed', 'getter', 'missing']) wrap(proto, name, trap);
    expect(Object.getOwnPropertyDescriptor(proto, 'fixed')?.value).toBe(fixed);
    expect(Object.getOwnPropertyDescriptor(proto, 'getter')?.get).toBe(getter);
    expect(Object.hasOwn(proto, 'missing')).toBe(false);
  });

  it('the cross-realm answer is the native\'s source as printed when wrapped', () => {
    const { docProto } = realm();
    expect((docProto.write as Record<symbol, unknown>)[NATIVE_SOURCE]).toBe(printed(Array.prototype.push));
    expect((Array.prototype.push as unknown as Record<symbol, unknown>)[NATIVE_SOURCE]).toBeUndefined();
  });
});
