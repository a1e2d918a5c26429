// Staying above what the page itself puts in the browser's top layer. Our host sits there too (a popover, host.ts),
// but the top layer paints in the order things were opened: a modal <dialog> the page opens later (asking for the
// code, its backdrop made opaque), a popover the size of the window or an element put into fullscreen would cover
// us. So:
// - each time a warning is shown (at a field's focus, for the banner), the host goes back above the page's open
//   top-layer elements (`toTop`);
// - while the danger banner shows (`keepOnTop`), the host also answers each such element the page opens, before the
//   browser paints it (`answer`, in a microtask): a popover or a modal dialog by its `beforetoggle` (fired inside
//   showPopover() and showModal(), trusted, in Chromium 150 and Firefox 140 alike), a modal dialog also by its `open`
//   attribute (a MutationObserver the page cannot stop), an element put into fullscreen by its event (a fake page
//   can draw a bank's address bar in there, the browser's own is gone). In time for the next paint: a page that
//   opens its cover again on every animation frame (hidePopover(); showPopover() in requestAnimationFrame) still has
//   the banner painted above it in every frame. A raise in a timer task, between frames, was covered again by the
//   page's next frame callback before it was ever painted (tests/e2e/cover-every-frame.spec.ts: 0 of 30 samples).
// - who hears `beforetoggle` first: it does not bubble, and a page's capture listener on its window, added before
//   ours, could stop it. So the every-frame content script (guard.content) listens first, at document_start, and
//   hands every one on (`beforeToggle`, through api.ts); it also stops our host's own there, so that no listener of
//   the page's hears us go on top and answers, in the same task, with another opening. (Our host's `toggle` is left
//   to the page: host.ts needs it, and it comes in a task of its own; an opening then is answered in our next frame
//   callback, still before paint.) Its document.open() erased that one, and it comes back first, inside the page's call
//   (early-events.ts onReopen); our own listener here is a second line. `fullscreenchange` likewise comes from the
//   content script's early window listener (early-events.ts), which no page listener precedes.
// - what sends nothing we hear: a dialog or popover inside a shadow root of the page's (its beforetoggle is not
//   composed; nothing of the document changes). Chromium says at once
//   that the banner is painted over (IntersectionObserver v2); the periodic check in host.ts (`check`) looks for a
//   popover or fullscreen element opened since, and hit-tests the banner. Those raise at most once per
//   MIN_RAISE_GAP_MS.
// - never a busy loop: at most one answer per animation frame (an opening after it is answered in our next frame
//   callback, which still runs before that frame is painted), at most FRAME_RAISES_PER_SECOND in a second, and
//   past that one per MIN_RAISE_GAP_MS. A page that answers each raise of ours at once with an opening (by a hit
//   test in a microtask, say) gets one raise per frame, no more, and wins those frames; nothing runs while the page
//   opens nothing. A page that opens its cover again in tasks between frames is painted over each frame, but
//   between frames its cover is on top and takes the pointer.
// One thing paints above the top layer, and no raise reaches it: a page's view transition (its ::view-transition
// pseudo-elements). Wherever the background injects the warning UI it also injects user-origin rules that capture no
// element and hide those pseudo-elements (NO_VIEW_TRANSITION_CSS, src/platform/inject.ts).
// Not for the card alone (a caution): an honest shop's own dialog opened after it (the bank's 3-D Secure step)
// should not sit under our card, which a modal makes unclickable. Between those moments the page can still cover
// us; the toolbar badge stays as the second signal.

import type { EarlyEvents } from '../platform/early-events';

/** The least time between two raises the periodic check and IntersectionObserver v2 cause, or answers past the budget. */
const MIN_RAISE_GAP_MS = 250;
/**
 * The most answers before paint (one a frame at most) in one second: a display's frame rate up to 144 Hz, so that a
 * page opening its cover every frame is answered in every one of them; past it, MIN_RAISE_GAP_MS.
 */
const FRAME_RAISES_PER_SECOND = 150;
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
  /** A `beforetoggle` heard on the window (the content script's early listener, or ours): see `answer`. */
  beforeToggle(event: Event): void;
}

/**
 * `raiseAgain` moves the host to the end of the top layer (painted last); `canRaise` says whether it can (the
 * browser has the Popover API, the host is attached).
 */
export function topLayerKeeper(
  doc: Document,
  host: Element,
  raiseAgain: () => void,
  canRaise: () => boolean,
  events: Pick<EarlyEvents, 'on'>,
): TopLayerKeeper {
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
  const win = doc.defaultView;
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

  // The answer before paint (see the top of this file). A "frame" here ends at our own animation-frame callback,
  // requested only after an answer: no callback runs while the page opens nothing. In a tab in the background no
  // frame comes, and nothing is painted: what the page opened meanwhile is answered at the first frame back.
  /** An answer was given since our last frame callback. */
  let answeredThisFrame = false;
  /** The page opened something after that answer: the next frame callback answers it. */
  let answerPending = false;
  let frameQueued = false;
  let answerQueued = false;
  /** Answers given in the second that began at budgetStart. */
  let budgetUsed = 0;
  let budgetStart = -Infinity;
  const takeBudget = (): boolean => {
    const now = Date.now();
    if (now - budgetStart >= 1000) {
      budgetStart = now;
      budgetUsed = 0;
    }
    if (budgetUsed >= FRAME_RAISES_PER_SECOND) return false;
    budgetUsed++;
    return true;
  };
  const canFrame = typeof requestAnimationFrame === 'function';
  const queueFrame = (): void => {
    if (frameQueued) return;
    frameQueued = true;
    requestAnimationFrame(onFrame);
  };
  /** Raises now if this frame and this second allow it, else later (the next frame, or MIN_RAISE_GAP_MS). */
  const raiseWithinBudget = (): void => {
    if (!kept) return;
    if (answeredThisFrame) {
      answerPending = true;
      return;
    }
    if (!takeBudget()) return queueToTop();
    answeredThisFrame = true;
    lastRaise = Date.now();
    toTop();
    queueFrame();
  };
  // Animation-frame callbacks all run before the frame is painted: an opening that came after this frame's answer
  // (the page's own frame callback, which ran before ours) is answered here, still in time.
  function onFrame(): void {
    frameQueued = false;
    answeredThisFrame = false;
    if (!answerPending) return;
    answerPending = false;
    raiseWithinBudget();
  }
  /** The page opens something in the top layer (or has just): go above it before the next paint. */
  const answer = (): void => {
    if (!kept) return;
    if (!canFrame) return queueToTop();
    // In a microtask: showPopover() fires beforetoggle before the popover is in the top layer, and the page may open
    // more in the same task; one raise goes above them all.
    if (answerQueued) return;
    answerQueued = true;
    queueMicrotask(() => {
      answerQueued = false;
      raiseWithinBudget();
    });
  };
  /** A page's popover or dialog about to open (a script's dispatchEvent is not trusted, and opens nothing). */
  const beforeToggle = (event: Event): void => {
    if (event.target !== host && event.isTrusted && (event as Event & { newState?: string }).newState === 'open') answer();
  };
  // A dialog's showModal() sets its `open` attribute; so does show() (not the top layer: toTop then does nothing).
  const topLayerObserver = new MutationObserver((records) => {
    if (records.some((r) => r.target !== host && (r.target as Element).hasAttribute('open'))) answer();
  });
  // Going fullscreen changes no attribute either; its event comes at once, through the window listener the every-frame
  // script added before any page script, and again first after a document.open() (early-events.ts; the periodic check
  // would see it later).
  const onFullscreen = (event: Event): void => {
    if (event.isTrusted && doc.fullscreenElement) answer();
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
  /** Ends the fullscreen subscription. */
  let fullscreen: AbortController | null = null;
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
      fullscreen = new AbortController();
      events.on('fullscreenchange', onFullscreen, fullscreen.signal);
      win?.addEventListener('beforetoggle', beforeToggle, true);
    } else {
      topLayerObserver.disconnect();
      fullscreen?.abort();
      win?.removeEventListener('beforetoggle', beforeToggle, true);
      answerPending = false;
    }
  };
  /**
   * A popover opened since the host last went on top (it changes no attribute, so only a look finds it). Those the
   * page has closed since drop out of `below`, so that opening one of them again counts as new. Else, something of
   * the page's over the banner that no look at the document finds (coveredByPage).
   */
  const check = (): void => {
    if (!kept || !canRaise()) return;
    // Again, in case a document.open() removed it (adding the same listener twice adds it once).
    win?.addEventListener('beforetoggle', beforeToggle, true);
    const open = pageTopLayer();
    if (open.some((el) => !below.includes(el))) queueToTop();
    else if (!seesOcclusion && coveredByPage(kept, open)) queueToTop(true);
    else below = open;
  };

  return { toTop: () => toTop(), keepOnTop, check, beforeToggle };
}
