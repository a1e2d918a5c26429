// A tiny element builder for the extension pages. Text always goes in through textContent: titles,
// hosts and reason details come from hostile pages, and markup in them must stay inert text.

export interface ElementOptions {
  id?: string;
  className?: string;
  /** Stable hook for the browser tests (data-testid). */
  testid?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: (Node | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.id) node.id = options.id;
  if (options.className) node.className = options.className;
  if (options.testid) node.dataset.testid = options.testid;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Replaces every child of `parent` (a re-render) without going through HTML. */
export function replaceChildren(parent: Element, ...children: Node[]): void {
  parent.replaceChildren(...children);
}

/** The element with this id, or a clear error naming it: the HTML and the script must agree. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing element #${id}`);
  return node as T;
}

/** Fills every `[data-i18n=key]` element's text with its message (static labels in the HTML). */
export function localizeStatic(root: ParentNode, translate: (key: string) => string): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = node.dataset.i18n;
    if (key) node.textContent = translate(key);
  }
}
