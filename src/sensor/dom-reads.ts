// Hot DOM reads through the prototypes' own getter and method functions.
//
// Why: the sensor's walks read `nodeType`, `tagName`, siblings and parents of thousands of nodes of many
// classes (div, td, span, input, Text …) at one call site, which V8 handles as a megamorphic property load
// of an API accessor. Calling the getter function itself is a monomorphic call. Measured in headless
// Chromium on the generated 1,000-control page: the page-text walk 0.86 → 0.60 ms with nothing else changed.
//
// The functions are looked up once, on the prototype chain of an element of the first document seen (the
// CLI's jsdom window puts no `Node` on the global object). jsdom's accessors accept nodes of any of its windows, and a
// browser realm scans only its own document, so one set serves every later call.

type Getter<T> = (this: Node) => T;

export interface DomReads {
  nodeType: Getter<number>;
  tagName: Getter<string>;
  parentNode: Getter<Node | null>;
  parentElement: Getter<Element | null>;
  firstChild: Getter<Node | null>;
  lastChild: Getter<Node | null>;
  nextSibling: Getter<Node | null>;
  previousSibling: Getter<Node | null>;
  nextElementSibling: Getter<Element | null>;
  previousElementSibling: Getter<Element | null>;
  lastElementChild: Getter<Element | null>;
  hasAttribute: (this: Element, name: string) => boolean;
  getAttribute: (this: Element, name: string) => string | null;
}

let reads: DomReads | undefined;

function find(el: Element, name: string, kind: 'get' | 'value'): DomReads[keyof DomReads] {
  for (let p: object | null = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const fn: unknown = Object.getOwnPropertyDescriptor(p, name)?.[kind];
    if (typeof fn === 'function') return fn as DomReads[keyof DomReads];
  }
  throw new Error(`sensor: no DOM ${kind === 'get' ? 'getter' : 'method'} "${name}" on ${String(el)}`);
}

/**
 * The DOM's own functions, found the first time from an element of `node`'s document: call them as
 * `reads.tagName.call(el)`.
 */
export function domReads(node: Node): DomReads {
  if (reads) return reads;
  const el = (node.ownerDocument ?? (node as Document)).createElement('div');
  reads = {
    nodeType: find(el, 'nodeType', 'get') as Getter<number>,
    tagName: find(el, 'tagName', 'get') as Getter<string>,
    parentNode: find(el, 'parentNode', 'get') as Getter<Node | null>,
    parentElement: find(el, 'parentElement', 'get') as Getter<Element | null>,
    firstChild: find(el, 'firstChild', 'get') as Getter<Node | null>,
    lastChild: find(el, 'lastChild', 'get') as Getter<Node | null>,
    nextSibling: find(el, 'nextSibling', 'get') as Getter<Node | null>,
    previousSibling: find(el, 'previousSibling', 'get') as Getter<Node | null>,
    nextElementSibling: find(el, 'nextElementSibling', 'get') as Getter<Element | null>,
    previousElementSibling: find(el, 'previousElementSibling', 'get') as Getter<Element | null>,
    lastElementChild: find(el, 'lastElementChild', 'get') as Getter<Element | null>,
    hasAttribute: find(el, 'hasAttribute', 'value') as DomReads['hasAttribute'],
    getAttribute: find(el, 'getAttribute', 'value') as DomReads['getAttribute'],
  };
  return reads;
}
