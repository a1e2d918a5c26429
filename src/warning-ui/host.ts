// The host element (a <div data-fanzha-guard>) and its closed shadow root, kept alive against a hostile page:
// - a plain <div>, not a custom element name: a page can define a custom element under any such name, our
//   <fanzha-guard-warning> included, before we create it; the browser then runs the page's constructor on our
//   host (in the page's world), which could take the shadow root first (ours then fails) or remove the host on
//   every connection. A built-in element cannot be defined by a page;
// - closed shadow root: page scripts get `host.shadowRoot === null` and page CSS cannot select inside;
// - inline `!important` host styles (see HOST_STYLE): beat every page stylesheet rule on the host; a zoom the
//   page puts on the document element is undone on the host (hostStyle), worked out again whenever the host is
//   checked (each warning shown, each change the page makes to the host) and every ZOOM_CHECK_MS;
// - a MutationObserver puts the host back when the page removes or moves it (or swaps in a new document
//   element, which it then watches too), and undoes attribute changes
//   (hidden, inert, class, a rewritten style attribute…). It does so however often the page tries, one task
//   after another (the host is back before anything is painted). Only a page whose own observer removes it again
//   at once, so that the two observers would answer each other forever within one task, is left alone after
//   MAX_ROUNDS_PER_TASK rounds; the host is tried again RETRY_MS later. A page that has won that fight
//   LOST_FIGHTS_TO_REPORT times (the host still off the page when a retry comes) makes it call `onLost`, once: the
//   background then warns outside the page (src/entrypoints/background/warning-removed.ts). A page that removed
//   the host once or a few times, each in a task of its own (a re-render), never ran us out of rounds: not told;
// - where the browser has the Popover API, the host sits in the top layer, above any z-index the page uses;
//   if the page closes that popover, it is reopened;
// - a page's own top-layer element opened later (a modal dialog, a popover, fullscreen) would cover us: the host goes
//   back above it (top-layer.ts says when).
import type { EarlyEvents } from '../platform/early-events';
import { WARNING_HOST_MARK } from './api';
import { HOST_STYLE, SHADOW_CSS } from './styles';
import { topLayerKeeper, type TopLayerKeeper } from './top-layer';

export interface GuardedHost {
  /** The host element itself (the guard tells our own mutations and events from the page's by it). */
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Re-checks the host now (also done on every mutation): attached, styled, on top. */
  ensure(): void;
  /** See top-layer.ts. */
  toTop: TopLayerKeeper['toTop'];
  /** See top-layer.ts. */
  keepOnTop: TopLayerKeeper['keepOnTop'];
  /** See top-layer.ts. */
  beforeToggle: TopLayerKeeper['beforeToggle'];
  /**
   * After a document.open() (early-events.ts onReopen): true when it had erased the listeners on the host and in its
   * shadow root, which are added again here (the caller adds its own). False when nothing was lost: a relisten with no
   * open, which a page can cause (it swaps its document element, say), changes nothing.
   */
  relisten(): boolean;
  destroy(): void;
}

/** An event only our shadow root hears (not composed, dispatched on the root): are its listeners still there? */
const PROBE = 'fanzha-guard:probe';

/** Every host made in this world, destroyed ones too: their own events are kept from the page (isGuardedHost). */
const hosts = new WeakSet<Element>();

/** `node` is a host of ours (by identity), from the moment it is made, before createGuardedHost returns it. */
export function isGuardedHost(node: unknown): boolean {
  return hosts.has(node as Element);
}

const KEPT_ATTRIBUTES = new Set(['style', 'popover', WARNING_HOST_MARK]);
/** Re-attachments allowed before the page gets a new task: more means a page observer answers ours. */
const MAX_ROUNDS_PER_TASK = 20;
/** How long a page that fought every round within one task is left alone before the host is tried again. */
const RETRY_MS = 500;
/**
 * Lost fights (the host found off the page when a retry comes) before the page is taken to hide our warning for
 * good: two, so one burst (a page script swapping its nodes in a loop once) is not enough; about a second in all.
 */
const LOST_FIGHTS_TO_REPORT = 2;
/**
 * How often the page's zoom on its document element is looked at again while the host exists (only on a page we
 * warn on): a page can change it later without touching the host, by a style sheet it adds or edits (CSSOM edits
 * make no DOM mutation to observe). While the banner shows (keepOnTop), the page's open popovers and fullscreen
 * element too, and what is painted over the banner.
 */
const ZOOM_CHECK_MS = 500;

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

/**
 * `events`: the frame's early window listeners (platform/early-events.ts), for the fullscreen event (top-layer.ts).
 * `onLost`: called once when the page keeps the host off the page (see the header). `onCheck`: at each periodic check
 * (index.ts looks again at the fields under the banner).
 */
export function createGuardedHost(doc: Document, events: EarlyEvents, onLost?: () => void, onCheck?: () => void): GuardedHost {
  const host = doc.createElement('div');
  hosts.add(host);
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
  let lostFights = 0;
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

  const keeper = topLayerKeeper(doc, host, () => raise(true), () => usePopover && host.isConnected, events);

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

  /** The document element being watched: a page can swap in another one, which must be watched too. */
  let observedRoot: Element | null = null;
  const observer = new MutationObserver(() => {
    // Our own fixes cause mutations too; ensure() is idempotent, and stops touching the DOM once all is right.
    if (rounds < MAX_ROUNDS_PER_TASK) return ensureWatched();
    // Never spin: leave the page alone for a while, then try again.
    if (retryQueued) return;
    retryQueued = true;
    setTimeout(() => {
      retryQueued = false;
      rounds = 0;
      if (!destroyed && host.parentNode !== doc.documentElement && ++lostFights === LOST_FIGHTS_TO_REPORT) onLost?.();
      ensureWatched();
    }, RETRY_MS);
  });
  function observe(): void {
    observer.observe(doc, { childList: true });
    observedRoot = doc.documentElement;
    if (observedRoot) observer.observe(observedRoot, { childList: true });
    observer.observe(host, { attributes: true });
  }
  /** ensure(), then watch the document element the host is now in, if the page swapped in another one. */
  function ensureWatched(): void {
    ensure();
    if (doc.documentElement !== observedRoot) observe();
  }

  const onToggle = (event: Event): void => {
    if ((event as Event & { newState?: string }).newState === 'closed') queueMicrotask(raise);
  };
  let heard = false;
  const onProbe = (): void => {
    heard = true;
  };
  const listen = (): void => {
    host.addEventListener('toggle', onToggle);
    root.addEventListener(PROBE, onProbe);
  };
  listen();

  ensure();
  observe();
  // sanitize() compares before it writes: a tick with nothing changed reads the zoom once and touches nothing.
  const zoomCheck = setInterval(() => {
    if (!host.isConnected) return;
    sanitize();
    keeper.check();
    onCheck?.();
  }, ZOOM_CHECK_MS);

  return {
    element: host,
    root,
    toTop: keeper.toTop,
    keepOnTop: keeper.keepOnTop,
    beforeToggle: keeper.beforeToggle,
    ensure: ensureWatched,
    relisten(): boolean {
      // Measured in Chromium 150: document.open() erases the listeners of every node in the document, shadow roots
      // included, closed ones too (the spec's "shadow-including descendants"); a detached node keeps its own.
      heard = false;
      root.dispatchEvent(new Event(PROBE));
      if (heard || destroyed) return false;
      listen();
      return true;
    },
    destroy: () => {
      destroyed = true;
      clearInterval(zoomCheck);
      observer.disconnect();
      keeper.keepOnTop(null);
      host.removeEventListener('toggle', onToggle);
      host.remove();
    },
  };
}
