// Hot DOM reads through the prototypes' own getter functions.
//
// Why: the sensor's walks read `nodeType`, `tagName`, siblings and parents of thousands of nodes of many
// classes (div, td, span, input, Text …) at one call site, which V8 handles as a megamorphic property load
// of an API accessor. Calling the getter function itself is a monomorphic call. Measured in headless
// Chromium on the generated 1,000-control page: the page-text walk 0.86 → 0.60 ms with nothing else changed.
//
// Each getter is looked up once, on the prototype chain of an element of the first document it is used on
// (the CLI's jsdom window puts no `Node` on the global object, and an element has the Element versions of
// getters that Element shares with Text, like nextElementSibling). jsdom's getters accept nodes of any of
// its windows, and a browser realm scans only its own document, so one lookup serves every later call.
// A getter that is missing or will not run on that element falls back to a plain property read.

/** Node types by number: the CLI's jsdom window puts no `Node` (nor its constants) on the global object. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function getterOf(node: Node, name: string): (this: Node) => unknown {
  const el = (node.ownerDocument ?? (node as Document)).createElement('div');
  for (let p: object | null = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const get = Object.getOwnPropertyDescriptor(p, name)?.get;
    if (!get) continue;
    // A wrapper world that hands out getters it will not run (an unusual content-script sandbox) gets the
    // plain read below: slower, never wrong.
    try {
      get.call(el);
      return get;
    } catch {
      break;
    }
  }
  return function (this: Node) {
    return (this as unknown as Record<string, unknown>)[name];
  };
}

function reader<T>(name: string): (node: Node) => T {
  let get: ((this: Node) => unknown) | undefined;
  return (node) => (get ??= getterOf(node, name)).call(node) as T;
}

export const nodeTypeOf = reader<number>('nodeType');
/** For elements only. */
export const tagNameOf = reader<string>('tagName');
export const parentNodeOf = reader<Node | null>('parentNode');
export const parentElementOf = reader<Element | null>('parentElement');
export const firstChildOf = reader<Node | null>('firstChild');
export const lastChildOf = reader<Node | null>('lastChild');
export const nextSiblingOf = reader<Node | null>('nextSibling');
export const previousSiblingOf = reader<Node | null>('previousSibling');
/** For elements only (as the next three). */
export const nextElementSiblingOf = reader<Element | null>('nextElementSibling');
export const previousElementSiblingOf = reader<Element | null>('previousElementSibling');
export const firstElementChildOf = reader<Element | null>('firstElementChild');
export const shadowRootOf = reader<ShadowRoot | null>('shadowRoot');
