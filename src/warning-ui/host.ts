// The host element <fanzha-guard-warning> and its closed shadow root, kept alive against a hostile page:
// - closed shadow root: page scripts get `host.shadowRoot === null` and page CSS cannot select inside;
// - inline `!important` host styles (see HOST_STYLE): beat every page stylesheet rule on the host;
// - a MutationObserver puts the host back when the page removes or moves it, and undoes attribute changes
//   (hidden, inert, class, a rewritten style attribute…);
// - where the browser has the Popover API, the host sits in the top layer, above any z-index the page uses;
//   if the page closes that popover, it is reopened.
// The page can still cover us with its own top-layer element opened later; nothing in a web page can
// fully prevent that, and the toolbar badge stays as the second signal.
import { WARNING_HOST_TAG } from './api';
import { HOST_STYLE, SHADOW_CSS } from './styles';

export interface GuardedHost {
  readonly root: ShadowRoot;
  /** Re-checks the host now (also done on every mutation): attached, styled, on top. */
  ensure(): void;
  destroy(): void;
}

const KEPT_ATTRIBUTES = new Set(['style', 'popover']);

function supportsPopover(host: HTMLElement): boolean {
  return typeof (host as { showPopover?: unknown }).showPopover === 'function';
}

export function createGuardedHost(doc: Document): GuardedHost {
  const host = doc.createElement(WARNING_HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  root.append(style);
  const usePopover = supportsPopover(host);
  let destroyed = false;
  let reattachments = 0;
  let attachedOnce = false;

  const sanitize = (): void => {
    for (const name of host.getAttributeNames()) if (!KEPT_ATTRIBUTES.has(name)) host.removeAttribute(name);
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    if (usePopover && host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
  };

  const raise = (): void => {
    if (!usePopover || !host.isConnected) return;
    try {
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // A page's modal dialog or a detached host can refuse; the fixed, max-z-index host still shows.
    }
  };

  const ensure = (): void => {
    if (destroyed) return;
    const parent = doc.documentElement;
    if (!parent) return;
    if (host.parentNode !== parent) {
      if (attachedOnce) reattachments++;
      parent.append(host);
      attachedOnce = true;
    }
    sanitize();
    raise();
  };

  const observer = new MutationObserver(() => {
    // Our own fixes cause mutations too; ensure() is idempotent, and stops touching the DOM once all is right.
    // A page that fights forever is capped so we never spin: after 500 re-attachments we stop re-appending.
    if (reattachments > 500) return;
    ensure();
  });
  const observe = (): void => {
    observer.observe(doc, { childList: true });
    if (doc.documentElement) observer.observe(doc.documentElement, { childList: true });
    observer.observe(host, { attributes: true });
  };

  const onToggle = (event: Event): void => {
    if ((event as Event & { newState?: string }).newState === 'closed') queueMicrotask(raise);
  };
  host.addEventListener('toggle', onToggle);

  ensure();
  observe();

  return {
    root,
    ensure: () => {
      ensure();
      // The document element may have been replaced: observe the current one.
      observe();
    },
    destroy: () => {
      destroyed = true;
      observer.disconnect();
      host.removeEventListener('toggle', onToggle);
      host.remove();
    },
  };
}
