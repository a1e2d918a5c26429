// The host element (a <div data-fanzha-guard>) and its closed shadow root, kept alive against a hostile page:
// - a plain <div>, not a custom element name: a page can define a custom element under any such name, our
//   <fanzha-guard-warning> included, before we create it; the browser then runs the page's constructor on our
//   host (in the page's world), which could take the shadow root first (ours then fails) or remove the host on
//   every connection. A built-in element cannot be defined by a page;
// - closed shadow root: page scripts get `host.shadowRoot === null` and page CSS cannot select inside;
// - inline `!important` host styles (see HOST_STYLE): beat every page stylesheet rule on the host; a zoom the
//   page puts on the document element is undone on the host (hostStyle), worked out again whenever the host is
//   checked (each warning shown, each change the page makes to the host) and every ZOOM_CHECK_MS;
// - a MutationObserver puts the host back when the page removes or moves it, and undoes attribute changes
//   (hidden, inert, class, a rewritten style attribute…). It does so however often the page tries, one task
//   after another (the host is back before anything is painted). Only a page whose own observer removes it again
//   at once, so that the two observers would answer each other forever within one task, is left alone after
//   MAX_ROUNDS_PER_TASK rounds; the host is tried again RETRY_MS later;
// - where the browser has the Popover API, the host sits in the top layer, above any z-index the page uses;
//   if the page closes that popover, it is reopened;
// - a page's own top-layer element opened later (a modal <dialog> asking for the code, whose backdrop it can make
//   opaque) would cover us: each time a warning is shown (at a field's focus, for the banner), the host goes back
//   above it (`toTop`). While the danger banner shows (`keepOnTop`), the host also answers each such element the
//   page opens: a modal dialog at once (its `open` attribute, seen by a MutationObserver the page cannot stop), an
//   element put into fullscreen at once (its event; a fake page can draw a bank's address bar in there, the
//   browser's own is gone), a popover at the next ZOOM_CHECK_MS tick (opening one changes no attribute; so a
//   fullscreen whose event a page stopped first); at most once per MIN_RAISE_GAP_MS,
//   so a page that re-opens its element each time gets a flicker, not a busy loop. A dialog or popover inside a
//   shadow root of the page's escapes all of those looks: at the same tick, a hit test at the banner's middle finds
//   whatever the page paints over it (coveredByPage). Not for the card alone (a
//   caution): an honest shop's own dialog opened after it (the bank's 3-D Secure step) should not sit under our
//   card, which a modal makes unclickable. Between those moments the page can still cover us; the toolbar badge
//   stays as the second signal.
import { WARNING_HOST_MARK } from './api';
import { HOST_STYLE, SHADOW_CSS } from './styles';

export interface GuardedHost {
  /** The host element itself (the guard tells our own mutations and events from the page's by it). */
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Re-checks the host now (also done on every mutation): attached, styled, on top. */
  ensure(): void;
  /** Puts the host above any top-layer element the page opened after it (a modal dialog, a popover). */
  toTop(): void;
  /**
   * With an element of ours (the danger banner), every top-layer element the page opens later is answered by going
   * above it (see the header), and something of the page's painted over that element's middle too; null ends it.
   */
  keepOnTop(shown: Element | null): void;
  destroy(): void;
}

const KEPT_ATTRIBUTES = new Set(['style', 'popover', WARNING_HOST_MARK]);
/** Re-attachments allowed before the page gets a new task: more means a page observer answers ours. */
const MAX_ROUNDS_PER_TASK = 20;
/** How long a page that fought every round within one task is left alone before the host is tried again. */
const RETRY_MS = 500;
/**
 * How often the page's zoom on its document element is looked at again while the host exists (only on a page we
 * warn on): a page can change it later without touching the host, by a style sheet it adds or edits (CSSOM edits
 * make no DOM mutation to observe). While the banner shows (keepOnTop), the page's open popovers and fullscreen
 * element too, and what is painted over the banner's middle.
 */
const ZOOM_CHECK_MS = 500;
/** The least time between two raises the page's own top-layer elements cause (keepOnTop). */
const MIN_RAISE_GAP_MS = 250;

function supportsPopover(host: HTMLElement): boolean {
  return typeof (host as { showPopover?: unknown }).showPopover === 'function';
}

/**
 * HOST_STYLE, plus a zoom that undoes the page's zoom on the document element: CSS zoom multiplies down the
 * tree, and the top layer, which escapes an ancestor's transform, does not escape a zoom. A page
 * that sets `html { zoom: 0.1 }` and `body { zoom: 10 }` looks as it should, while our warning, a child of
 * the document element, would be a tenth of its size: unreadable.
 */
export function hostStyle(doc: Document): string {
  const root = doc.documentElement;
  const view = doc.defaultView;
  if (!root || !view) return HOST_STYLE;
  const zoom = Number.parseFloat(view.getComputedStyle(root).getPropertyValue('zoom'));
  return Number.isFinite(zoom) && zoom > 0 && zoom !== 1 ? `${HOST_STYLE}; zoom: ${1 / zoom} !important` : HOST_STYLE;
}

export function createGuardedHost(doc: Document): GuardedHost {
  const host = doc.createElement('div');
  host.setAttribute(WARNING_HOST_MARK, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  root.append(style);
  const usePopover = supportsPopover(host);
  let destroyed = false;
  let attachedOnce = false;
  /** Re-attachments since the last task boundary (reset by a zero-delay timer, which runs as a new task). */
  let rounds = 0;
  let resetQueued = false;
  let retryQueued = false;
  const countRound = (): void => {
    rounds++;
    if (resetQueued) return;
    resetQueued = true;
    setTimeout(() => {
      resetQueued = false;
      rounds = 0;
    }, 0);
  };

  const sanitize = (): void => {
    for (const name of host.getAttributeNames()) if (!KEPT_ATTRIBUTES.has(name)) host.removeAttribute(name);
    const style = hostStyle(doc);
    if (host.getAttribute('style') !== style) host.setAttribute('style', style);
    if (!host.hasAttribute(WARNING_HOST_MARK)) host.setAttribute(WARNING_HOST_MARK, '');
    if (usePopover && host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
  };

  /**
   * Opens the host's popover if it is closed; with `again`, also closes and re-opens an open one, which moves it to
   * the end of the top layer (painted last).
   */
  const raise = (again = false): void => {
    if (!usePopover || !host.isConnected) return;
    try {
      const open = host.matches(':popover-open');
      if (open && again) host.hidePopover();
      if (!open || again) host.showPopover();
    } catch {
      // A page's modal dialog or a detached host can refuse; the fixed, max-z-index host still shows.
    }
  };

  /**
   * The page's own top-layer elements that are open (modal dialogs, popovers, the fullscreen element): any of them
   * may cover ours.
   */
  const pageTopLayer = (): Element[] => {
    let open: Element[] = [];
    try {
      open = Array.from(doc.querySelectorAll('dialog:modal, :popover-open')).filter((el) => el !== host);
    } catch {
      // A browser without those selectors has no dialogs or popovers in a top layer to compare with.
    }
    const full = doc.fullscreenElement;
    if (full && full !== host) open.push(full);
    return open;
  };
  /** Those open when the host last went on top: it is above them. */
  let below: Element[] = [];

  /**
   * Whether the page paints something over the middle of `el` (ours) that none of the page's top-layer elements we
   * know of (`open`) holds: a dialog or popover inside a shadow root of the page's, which neither the document's
   * selectors nor an observer of the document see. A hit test finds it whatever holds it; it answers with the page's
   * element that holds that root. A modal dialog of the page's makes our host inert: the hit test then passes
   * through us to the dialog, or its backdrop, which is the dialog too. One we know of and went above is left alone
   * (`open`); one in a shadow root is raised above again at each check, which is harmless.
   */
  const coveredByPage = (el: Element, open: readonly Element[]): boolean => {
    if (typeof doc.elementFromPoint !== 'function') return false;
    const box = el.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return false;
    const hit = doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && hit !== host && !open.some((top) => top === hit || top.contains(hit));
  };

  // Only when the page has a top-layer element of its own open, or (`covered`) something of the page's is painted
  // over our banner all the same.
  const toTop = (covered = false): void => {
    if (!usePopover || !host.isConnected) return;
    const open = pageTopLayer();
    if (open.length > 0 || covered) raise(true);
    below = open;
  };

  /** The element of ours that must stay visible (the danger banner) while keepOnTop is on. */
  let kept: Element | null = null;
  let raiseQueued = false;
  let coverQueued = false;
  let lastRaise = -Infinity;
  /** Goes on top soon, at most once per MIN_RAISE_GAP_MS. */
  const queueToTop = (covered = false): void => {
    if (!kept) return;
    coverQueued ||= covered;
    if (raiseQueued) return;
    raiseQueued = true;
    setTimeout(() => {
      raiseQueued = false;
      const force = coverQueued;
      coverQueued = false;
      if (!kept || destroyed) return;
      lastRaise = Date.now();
      toTop(force);
    }, Math.max(0, lastRaise + MIN_RAISE_GAP_MS - Date.now()));
  };
  // A dialog's showModal() sets its `open` attribute; so does show() (not the top layer: toTop then does nothing).
  const topLayerObserver = new MutationObserver((records) => {
    if (records.some((r) => r.target !== host && (r.target as Element).hasAttribute('open'))) queueToTop();
  });
  // Going fullscreen changes no attribute either; its event comes at once (the 500 ms check, should a page listener
  // stop it first).
  const onFullscreen = (event: Event): void => {
    if (event.isTrusted && doc.fullscreenElement) queueToTop();
  };
  const keepOnTop = (shown: Element | null): void => {
    const on = shown !== null;
    const was = kept !== null;
    kept = shown;
    if (on === was) return;
    if (on) {
      topLayerObserver.observe(doc, { subtree: true, attributes: true, attributeFilter: ['open'] });
      doc.addEventListener('fullscreenchange', onFullscreen, true);
    } else {
      topLayerObserver.disconnect();
      doc.removeEventListener('fullscreenchange', onFullscreen, true);
    }
  };
  /**
   * A popover opened since the host last went on top (it changes no attribute, so only a look finds it). Those the
   * page has closed since drop out of `below`, so that opening one of them again counts as new.
   */
  const checkNewTopLayer = (): void => {
    if (!kept || !usePopover) return;
    const open = pageTopLayer();
    if (open.some((el) => !below.includes(el))) queueToTop();
    else if (coveredByPage(kept, open)) queueToTop(true);
    else below = open;
  };

  const ensure = (): void => {
    if (destroyed) return;
    const parent = doc.documentElement;
    if (!parent) return;
    if (host.parentNode !== parent) {
      if (attachedOnce) countRound();
      parent.append(host);
      attachedOnce = true;
    }
    sanitize();
    raise();
  };

  const observer = new MutationObserver(() => {
    // Our own fixes cause mutations too; ensure() is idempotent, and stops touching the DOM once all is right.
    if (rounds < MAX_ROUNDS_PER_TASK) return ensure();
    // Never spin: leave the page alone for a while, then try again.
    if (retryQueued) return;
    retryQueued = true;
    setTimeout(() => {
      retryQueued = false;
      rounds = 0;
      ensure();
    }, RETRY_MS);
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
  // sanitize() compares before it writes: a tick with nothing changed reads the zoom once and touches nothing.
  const zoomCheck = setInterval(() => {
    if (!host.isConnected) return;
    sanitize();
    checkNewTopLayer();
  }, ZOOM_CHECK_MS);

  return {
    element: host,
    root,
    toTop,
    keepOnTop,
    ensure: () => {
      ensure();
      // The document element may have been replaced: observe the current one.
      observe();
    },
    destroy: () => {
      destroyed = true;
      clearInterval(zoomCheck);
      observer.disconnect();
      keepOnTop(null);
      host.removeEventListener('toggle', onToggle);
      host.remove();
    },
  };
}
