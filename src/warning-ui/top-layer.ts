// Staying above what the page itself puts in the browser's top layer. Our host sits there too (a popover, host.ts),
// but the top layer paints in the order things were opened: a modal <dialog> the page opens later (asking for the
// code, its backdrop made opaque), a popover the size of the window or an element put into fullscreen would cover
// us. So:
// - each time a warning is shown (at a field's focus, for the banner), the host goes back above the page's open
//   top-layer elements (`toTop`);
// - while the danger banner shows (`keepOnTop`), the host also answers each such element the page opens: a modal
//   dialog at once (its `open` attribute, seen by a MutationObserver the page cannot stop), an element put into
//   fullscreen at once (its event; a fake page can draw a bank's address bar in there, the browser's own is gone),
//   a popover at host.ts's periodic check (`check`: opening one changes no attribute; so a fullscreen whose event a
//   page stopped first), and anything of the page's painted over the banner (a dialog or popover inside a shadow
//   root of the page's escapes all the looks above): Chromium says so at once (IntersectionObserver v2), and a hit
//   test at the same periodic check finds one that takes the pointer. At most once per
//   MIN_RAISE_GAP_MS, so a page that re-opens its element each time gets a flicker, not a busy loop.
// Not for the card alone (a caution): an honest shop's own dialog opened after it (the bank's 3-D Secure step)
// should not sit under our card, which a modal makes unclickable. Between those moments the page can still cover
// us; the toolbar badge stays as the second signal.

/** The least time between two raises the page's own top-layer elements cause (keepOnTop). */
const MIN_RAISE_GAP_MS = 250;
/**
 * Where the banner is hit-tested, as fractions of its width and height: three across, on two lines (its title and
 * its one thing to do sit on the left, its button on the right).
 */
const HIT_POINTS: ReadonlyArray<readonly [number, number]> = [
  [0.1, 0.25], [0.5, 0.25], [0.9, 0.25],
  [0.1, 0.75], [0.5, 0.75], [0.9, 0.75],
];

export interface TopLayerKeeper {
  /** Puts the host above any top-layer element the page opened after it (a modal dialog, a popover). */
  toTop(): void;
  /**
   * With an element of ours (the danger banner), every top-layer element the page opens later is answered by going
   * above it, and something of the page's painted over that element too; null ends it.
   */
  keepOnTop(shown: Element | null): void;
  /** The look for what opening changes nothing observable for (popovers, covers in shadow roots); called periodically. */
  check(): void;
}

/**
 * `raiseAgain` moves the host to the end of the top layer (painted last); `canRaise` says whether it can (the
 * browser has the Popover API, the host is attached).
 */
export function topLayerKeeper(doc: Document, host: Element, raiseAgain: () => void, canRaise: () => boolean): TopLayerKeeper {
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
   * Whether the page paints something over `el` (ours) that none of the page's top-layer elements we know of (`open`)
   * holds: a dialog or popover inside a shadow root of the page's, which neither the document's selectors nor an
   * observer of the document see. A hit test finds it whatever holds it (it answers with the page's element that
   * holds that root), at HIT_POINTS spread over `el`, so a cover over a part of the banner (its title) counts too. A
   * modal dialog of the page's makes our host inert: the hit test then passes through us to the dialog, or its
   * backdrop, which is the dialog too. One we know of and went above is left alone (`open`); one in a shadow root is
   * raised above again at each check, which is harmless (only where IntersectionObserver v2 does not answer first:
   * Firefox).
   */
  const coveredByPage = (el: Element, open: readonly Element[]): boolean => {
    if (typeof doc.elementFromPoint !== 'function') return false;
    const box = el.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return false;
    return HIT_POINTS.some(([x, y]) => {
      const hit = doc.elementFromPoint(box.left + box.width * x, box.top + box.height * y);
      return hit !== null && hit !== host && !open.some((top) => top.contains(hit));
    });
  };

  // Only when the page has a top-layer element of its own open, or (`covered`) something of the page's is painted
  // over our banner all the same.
  const toTop = (covered = false): void => {
    if (!canRaise()) return;
    const open = pageTopLayer();
    if (open.length > 0 || covered) raiseAgain();
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
      if (!kept) return;
      lastRaise = Date.now();
      toTop(force);
    }, Math.max(0, lastRaise + MIN_RAISE_GAP_MS - Date.now()));
  };
  // A dialog's showModal() sets its `open` attribute; so does show() (not the top layer: toTop then does nothing).
  const topLayerObserver = new MutationObserver((records) => {
    if (records.some((r) => r.target !== host && (r.target as Element).hasAttribute('open'))) queueToTop();
  });
  // Going fullscreen changes no attribute either; its event comes at once (the periodic check, should a page listener
  // stop it first).
  const onFullscreen = (event: Event): void => {
    if (event.isTrusted && doc.fullscreenElement) queueToTop();
  };
  /**
   * Where the browser has it (Chromium: IntersectionObserver v2), told as soon as anything is painted over the banner,
   * even a cover that lets the pointer through to us (pointer-events: none), which a hit test cannot find. Firefox
   * ignores `trackVisibility` and reports no `isVisible`: there, the hit test at each check is all.
   */
  let occlusion: IntersectionObserver | null = null;
  /**
   * Whether it reported visibility: then the hit test is not needed. It would keep answering "covered" while a modal
   * dialog of the page's inside a shadow root makes our host inert (the hit test passes through us), and the host
   * would be raised at every check for nothing.
   */
  let seesOcclusion = false;
  const watchOcclusion = (el: Element | null): void => {
    occlusion?.disconnect();
    occlusion = null;
    if (!el || typeof IntersectionObserver !== 'function') return;
    try {
      occlusion = new IntersectionObserver(
        (entries) => {
          const last = entries[entries.length - 1] as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
          if (typeof last?.isVisible === 'boolean') seesOcclusion = true;
          if (last?.isIntersecting && last.isVisible === false) queueToTop(true);
        },
        // The least delay the browser allows for visibility tracking.
        { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      );
      occlusion.observe(el);
    } catch {
      // A browser that refuses the options: the periodic check stays.
      occlusion = null;
    }
  };
  const keepOnTop = (shown: Element | null): void => {
    const on = shown !== null;
    const was = kept !== null;
    if (shown !== kept) watchOcclusion(shown);
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
   * page has closed since drop out of `below`, so that opening one of them again counts as new. Else, something of
   * the page's over the banner that no look at the document finds (coveredByPage).
   */
  const check = (): void => {
    if (!kept || !canRaise()) return;
    const open = pageTopLayer();
    if (open.some((el) => !below.includes(el))) queueToTop();
    else if (!seesOcclusion && coveredByPage(kept, open)) queueToTop(true);
    else below = open;
  };

  return { toTop: () => toTop(), keepOnTop, check };
}
