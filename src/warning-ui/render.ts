// Builds the warning's DOM. Every string goes in through textContent: the plan's text is ours (i18n and the
// knowledge base), but treating it as text costs nothing and keeps page-derived text harmless if it ever
// reaches here.
import type { WarnedField, WarningPlan } from '../messaging/protocol';

export interface Handlers {
  /** "Dismiss for this page". */
  onDismiss(): void;
  /** The × button: hide until the next focus. */
  onClose(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only clicks a person made: a page script can call `.click()` on nothing in a closed root, but be strict anyway. */
function onTrustedClick(button: HTMLButtonElement, handler: () => void): void {
  button.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    event.preventDefault();
    event.stopPropagation();
    handler();
  });
}

interface Layout {
  lines: string[];
  action: string;
  dismissLabel: string;
  story: boolean;
  closeButton: boolean;
}

/**
 * A squeezed card's explanation box ends under a whole line (index.ts), so nothing looks cut: while more text
 * lies below, its last line fades out (styles.ts `.more`) to say there is more to scroll to.
 */
export function markMore(lines: HTMLElement): void {
  // Text, not scroll extent: the last paragraph's bottom margin also scrolls, and a box showing every line
  // must not fade its last one.
  const last = lines.lastElementChild;
  const edge = lines.getBoundingClientRect().top + lines.clientHeight;
  lines.classList.toggle('more', last !== null && last.getBoundingClientRect().bottom > edge + 1);
}

function body(doc: Document, container: HTMLElement, plan: WarningPlan, handlers: Handlers, layout: Layout): void {
  const text = el(doc, 'div', 'text');
  const title = el(doc, 'div', 'title');
  const mark = el(doc, 'span', 'mark', '!');
  mark.setAttribute('aria-hidden', 'true');
  title.append(mark, el(doc, 'span', '', plan.title));
  text.append(title);
  // The explanation lines in their own box: a card squeezed for room scrolls these, never the action.
  const lines = el(doc, 'div', 'lines');
  for (const line of layout.lines) lines.append(el(doc, 'p', '', line));
  lines.addEventListener('scroll', () => markMore(lines), { passive: true });
  text.append(lines);
  text.append(el(doc, 'p', 'action', layout.action));
  if (layout.story && plan.story) text.append(el(doc, 'p', 'story', plan.story));
  container.append(text);

  const buttons = el(doc, 'div', 'buttons');
  const dismiss = el(doc, 'button', 'dismiss', layout.dismissLabel);
  dismiss.type = 'button';
  onTrustedClick(dismiss, handlers.onDismiss);
  buttons.append(dismiss);
  container.append(buttons);
  if (!layout.closeButton) return;

  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', plan.labels.close);
  close.title = plan.labels.close;
  onTrustedClick(close, handlers.onClose);
  container.append(close);
}

/** The warning anchored to a field: what the field is, why this site is risky, the one thing to do. */
export function renderFieldCard(card: HTMLElement, plan: WarningPlan, field: WarnedField, handlers: Handlers): void {
  const doc = card.ownerDocument;
  card.replaceChildren();
  card.className = `card ${plan.level}`;
  card.setAttribute('role', 'alert');
  card.setAttribute('aria-label', plan.labels.name);
  const arrow = el(doc, 'div', 'arrow');
  arrow.setAttribute('aria-hidden', 'true');
  card.append(arrow);
  body(doc, card, plan, handlers, { lines: [field.what, plan.why], action: field.action ?? plan.action, dismissLabel: plan.labels.dismiss, story: true, closeButton: true });
}

/** The danger banner at the top of the page: compact (it covers the page's top), one button that hides it. */
export function renderBanner(banner: HTMLElement, plan: WarningPlan, handlers: Handlers): void {
  const doc = banner.ownerDocument;
  banner.replaceChildren();
  banner.className = `banner ${plan.level}`;
  banner.setAttribute('role', 'alert');
  banner.setAttribute('aria-label', plan.labels.name);
  body(doc, banner, plan, handlers, { lines: [plan.why], action: plan.action, dismissLabel: plan.labels.close, story: false, closeButton: false });
}
