import { describe, expect, it, vi } from 'vitest';
import { installDocumentOpenHook, MAX_REOPENS, RING_KEY } from './document-open-hook';
import { nativeWrapper } from './native-wrap';

// A realm whose Document behaves like the HTML spec where it matters here (checked in Chromium 150): open() erases
// the listeners, removes every child (running page code attached to them: a frame's unload handler, a custom
// element's disconnectedCallback) and leaves the document 'loading' with somewhere to write; it does nothing from a
// script the parser runs. write() with nowhere to write opens first, unless writes are ignored (a deferred script).
// `log` records what happened, in order: 'erase', 'page' (page code inside an open), 'write:…', 'ring'.
function realm(log: string[]) {
  class FakeNode {
    children: object[] = [];
    get firstChild(): object | null {
      return this.children[0] ?? null;
    }
  }
  class FakeDocument extends FakeNode {
    state = 'complete';
    canWrite = false;
    /** open() does nothing (a script the parser is running). */
    parserScript = false;
    ignoreWrites = false;
    xml = false;
    /** Page code that runs when the document's children are removed; returns children it writes back. */
    onRemove: (() => object[] | void) | null = null;
    get readyState(): string {
      return this.state;
    }
    open(...args: unknown[]): unknown {
      if (args.length >= 3) return 'a window';
      if (this.xml) throw new Error('InvalidStateError');
      return this.openSteps();
    }
    /** The spec's "document open steps", which write() runs inside the browser (not through the page's open). */
    openSteps(): this {
      if (this.parserScript) return this;
      log.push('erase');
      const had = this.children.length > 0;
      this.children = [];
      this.state = 'loading';
      this.canWrite = true;
      if (had && this.onRemove) {
        log.push('page');
        this.children = this.onRemove() ?? [];
      }
      return this;
    }
    write(...text: unknown[]): void {
      if (this.xml) throw new Error('InvalidStateError');
      if (!this.canWrite) {
        if (this.ignoreWrites) return;
        this.openSteps();
      }
      if (text.length > 0 && text.join('') !== '') {
        log.push(`write:${text.join('')}`);
        this.children.push({});
      }
    }
    writeln(...text: unknown[]): void {
      this.write(...text, '\n');
    }
  }
  const win = {
    Document: FakeDocument,
    Node: FakeNode,
    Function: { prototype: { toString: Function.prototype.toString } },
  } as { Document: typeof FakeDocument; Node: typeof FakeNode; Function: { prototype: object }; trustedTypes?: { emptyHTML: unknown } };
  const doc = new FakeDocument();
  doc.children = [{}];
  const ring = vi.fn(() => void log.push('ring'));
  const install = () => installDocumentOpenHook(win, doc, ring, nativeWrapper(win));
  return { win, doc, ring, install, FakeDocument };
}

function installed() {
  const log: string[] = [];
  const r = realm(log);
  r.install();
  return { ...r, log };
}

describe('document.open()/write() hook', () => {
  it('open(): the native open, then the ring, before the call returns; the native result comes back', () => {
    const { doc, log } = installed();
    expect(doc.open()).toBe(doc);
    // Opened again once (the first open removed content): the ring comes after the last erase.
    expect(log).toEqual(['erase', 'erase', 'ring']);
  });

  it('open(url, name, features) is window.open: passed through, no ring, nothing read', () => {
    const { doc, log, win } = installed();
    const readyState = vi.spyOn(win.Document.prototype, 'readyState', 'get');
    expect(doc.open('https://example.cn/', '_blank', '')).toBe('a window');
    expect(log).toEqual([]);
    expect(readyState).not.toHaveBeenCalled();
  });

  it('write() after load (it opens the document): the ring comes before what is written is parsed', () => {
    const { doc, log } = installed();
    doc.write('<form>');
    expect(log).toEqual(['erase', 'erase', 'ring', 'write:<form>']);
    // Then there is somewhere to write: no more opens, no more rings.
    doc.writeln('<p>');
    expect(log).toEqual(['erase', 'erase', 'ring', 'write:<form>', 'write:<p>\n']);
  });

  it('write() while loading from a timer (nowhere to write: it opens) rings too; one from a script the parser runs does not', () => {
    const { doc, log } = installed();
    doc.state = 'loading';
    doc.write('a');
    expect(log).toEqual(['erase', 'erase', 'ring', 'write:a']);
    const other = installed();
    other.doc.state = 'loading';
    other.doc.canWrite = true;
    other.doc.write('b');
    expect(other.log).toEqual(['write:b']);
  });

  it('a write() the browser ignores (a deferred script after parsing) opens nothing: the hook does not open it either', () => {
    const { doc, log } = installed();
    doc.state = 'interactive';
    doc.ignoreWrites = true;
    doc.write('x');
    expect(log).toEqual([]);
    expect(doc.children).toHaveLength(1);
  });

  it('an open() that does nothing (from a script the parser runs) is rung all the same, and not repeated', () => {
    const { doc, log } = installed();
    doc.state = 'loading';
    doc.parserScript = true;
    expect(doc.open()).toBe(doc);
    expect(log).toEqual(['ring']);
  });

  it('page code run inside the open (a removed frame or custom element) is followed by another open before the ring', () => {
    const { doc, log } = installed();
    doc.onRemove = () => undefined;
    doc.open();
    expect(log).toEqual(['erase', 'page', 'erase', 'ring']);
  });

  it('page code that writes again inside each open: opened again at most MAX_REOPENS times, then rung', () => {
    const { doc, log } = installed();
    doc.onRemove = () => [{}];
    doc.write('x');
    expect(log.filter((e) => e === 'erase')).toHaveLength(1 + MAX_REOPENS);
    expect(log.slice(-2)).toEqual(['ring', 'write:x']);
  });

  it('rings the isolated world of the document it was called on: one realm\'s open on another realm\'s document', () => {
    const logA: string[] = [];
    const logB: string[] = [];
    const a = realm(logA);
    const b = realm(logB);
    a.install();
    b.install();
    a.win.Document.prototype.open.call(b.doc);
    expect(a.ring).not.toHaveBeenCalled();
    expect(b.ring).toHaveBeenCalledTimes(1);
    const c = realm([]);
    c.install();
    c.doc.state = 'complete';
    a.win.Document.prototype.write.call(c.doc, 'x');
    expect(a.ring).not.toHaveBeenCalled();
    expect(c.ring).toHaveBeenCalledTimes(1);
  });

  it('a document of a realm without the hook gets no ring and no error', () => {
    const logA: string[] = [];
    const a = realm(logA);
    const bare = realm([]);
    a.install();
    expect(a.win.Document.prototype.open.call(bare.doc)).toBe(bare.doc);
    expect(a.ring).not.toHaveBeenCalled();
  });

  it('the ring on the document cannot be replaced or removed by the page', () => {
    const { doc, log } = installed();
    const key = Symbol.for(RING_KEY);
    expect(() => Object.defineProperty(doc, key, { value: () => undefined })).toThrow(TypeError);
    expect(Reflect.deleteProperty(doc, key)).toBe(false);
    // The page may call it: it only makes the isolated world listen again.
    (Object.getOwnPropertyDescriptor(doc, key)!.value as () => void)();
    expect(log).toEqual(['ring']);
  });

  it('uses the natives it captured: a page that patches getOwnPropertyDescriptor, Reflect.apply or the getters later changes nothing', () => {
    const { doc, log, win } = installed();
    const getOwn = Object.getOwnPropertyDescriptor;
    const apply = Reflect.apply;
    const firstChild = Object.getOwnPropertyDescriptor(win.Node.prototype, 'firstChild')!;
    Object.getOwnPropertyDescriptor = () => undefined;
    Reflect.apply = () => undefined;
    Object.defineProperty(win.Node.prototype, 'firstChild', { get: () => null, configurable: true });
    try {
      doc.write('x');
    } finally {
      Object.getOwnPropertyDescriptor = getOwn;
      Reflect.apply = apply;
      Object.defineProperty(win.Node.prototype, 'firstChild', firstChild);
    }
    expect(log).toEqual(['erase', 'erase', 'ring', 'write:x']);
  });

  it('under Trusted Types the empty write is trustedTypes.emptyHTML (an empty string would be refused)', () => {
    const log: string[] = [];
    const r = realm(log);
    const emptyHTML = { toString: () => '' };
    r.win.trustedTypes = { emptyHTML };
    const write = vi.spyOn(r.win.Document.prototype, 'write');
    r.install();
    r.doc.write('x');
    expect(write.mock.calls[0]).toEqual([emptyHTML]);
    expect(log).toEqual(['erase', 'erase', 'ring', 'write:x']);
  });

  it('throws what the native throws: an XML document, a `this` that is no document', () => {
    const { doc, win, ring } = installed();
    doc.xml = true;
    expect(() => doc.write('x')).toThrow('InvalidStateError');
    expect(() => doc.writeln('x')).toThrow('InvalidStateError');
    expect(() => doc.open()).toThrow('InvalidStateError');
    expect(() => win.Document.prototype.write.call({} as never, 'x')).toThrow(TypeError);
    expect(ring).not.toHaveBeenCalled();
  });

  it('the wrappers look like the natives (name, length, toString through the shared wrapper)', () => {
    const { win } = installed();
    const { open, write, writeln } = win.Document.prototype;
    expect([open.name, write.name, writeln.name]).toEqual(['open', 'write', 'writeln']);
    expect((win.Function.prototype as { toString: () => string }).toString.call(open)).toBe(Function.prototype.toString.call(realm([]).FakeDocument.prototype.open));
  });
});
