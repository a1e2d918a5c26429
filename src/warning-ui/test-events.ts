// Test helper: jsdom marks every script-dispatched event untrusted, as browsers do. To test what happens on a
// real user's click or key press, dispatch through jsdom's internal dispatch with the trusted flag set
// (dispatchEvent() itself resets the flag to false, per the DOM standard).
type Impl = { isTrusted: boolean; _dispatch(event: unknown): boolean };

function implOf(object: object): Impl {
  const symbol = Object.getOwnPropertySymbols(object).find((s) => String(s) === 'Symbol(impl)');
  if (!symbol) throw new Error('not a jsdom object');
  return (object as Record<symbol, Impl>)[symbol]!;
}

export function dispatchTrusted(target: EventTarget, event: Event): boolean {
  const eventImpl = implOf(event);
  eventImpl.isTrusted = true;
  // Vitest's jsdom environment copies the window's members onto its own global object; the window whose
  // listeners they are is the document's.
  const real = target === globalThis ? (implOf(document) as unknown as { _defaultView: EventTarget })._defaultView : target;
  return implOf(real)._dispatch(eventImpl);
}

type ListenerImpl = { _eventListeners: object; _shadowRoot?: ListenerImpl | null; firstChild?: ListenerImpl | null; nextSibling?: ListenerImpl | null };

function erase(node: ListenerImpl): void {
  node._eventListeners = Object.create(null) as object;
  if (node._shadowRoot) erase(node._shadowRoot);
  for (let child = node.firstChild; child; child = child.nextSibling) erase(child);
}

/**
 * What document.open() does in Chromium 150 (measured; jsdom's open() only removes the children): the listeners on
 * the window, the document and every node in it, closed shadow roots included, are erased; then its children go.
 * Nodes outside the document keep theirs.
 */
export function openDocument(doc: Document): void {
  const win = (implOf(doc) as unknown as { _defaultView: object })._defaultView;
  erase(implOf(win) as unknown as ListenerImpl);
  erase(implOf(doc) as unknown as ListenerImpl);
  doc.open();
}
