// The in-page warning: the card anchored to a sensitive field and the danger banner, in one guarded host
// (see host.ts). Created on first use; state lives in this page's memory only, so "dismiss" lasts for this
// page view and never silences a site: the next page load warns again.
//
// Dismissal is per level: after "dismiss" at caution, a later danger verdict on the same page warns again.
//
// Its window events (scroll and resize to follow the field, Escape, fullscreen) come from the every-frame script's
// early listeners (platform/early-events.ts): added before any page script, so a page's capture listener cannot stop
// them first, and added again first after a document.open(), inside the page's call. That open also erases the
// listeners on our host, its shadow root and its buttons: `reattach` puts them back (host.ts says how it knows).
import type { Level } from '../core/types';
import { earlyEvents, sharedEarlyEvents, type EarlyEvents } from '../platform/early-events';
import type { WarnedField, WarningPlan } from '../messaging/protocol';
import type { WarningUiApi } from './api';
import { bannerSide, coversField, fieldsToKeepClear, MIN_MOVE_GAP_MS, type BannerSide } from './banner-side';
import { createGuardedHost, isGuardedHost, type GuardedHost } from './host';
import { GAP, MARGIN, isGone, isOffscreen, placeCard, placeFree, wholeLinesHeight, type TextBlock } from './position';
import { markMore, renderBanner, renderFieldCard } from './render';

/** Less room than this for the explanation (one line at the compact size is 24px) and it is not shown at all. */
const MIN_LINES_HEIGHT = 20;

const RANK: Record<Level, number> = { none: 0, caution: 1, danger: 2 };

function silenced(dismissedAt: Level | null, level: Level): boolean {
  return dismissedAt !== null && RANK[level] <= RANK[dismissedAt];
}

/** The explanation's paragraphs as boxes inside the lines box (for ending a squeezed box on a whole line). */
function textBlocks(lines: HTMLElement): TextBlock[] {
  const view = lines.ownerDocument.defaultView;
  const top = lines.getBoundingClientRect().top - lines.scrollTop;
  return Array.from(lines.children, (p) => {
    const box = p.getBoundingClientRect();
    return { top: box.top - top, height: box.height, lineHeight: Number.parseFloat(view?.getComputedStyle(p).lineHeight ?? '') };
  });
}

/**
 * `events`: the frame's early window listeners, which the every-frame script shares (sharedEarlyEvents); without
 * them (a frame that script never ran in, tests) the UI adds its own. `onLost`: the page keeps our warning off
 * the page (host.ts), told once.
 */
export function createWarningUi(doc: Document, events: EarlyEvents | undefined = sharedEarlyEvents(), onLost?: () => void): WarningUiApi {
  const win = doc.defaultView ?? window;
  const early = events ?? earlyEvents(win);
  let host: GuardedHost | null = null;
  let card: HTMLElement | null = null;
  let banner: HTMLElement | null = null;
  let anchor: Element | null = null;
  let fieldDismissedAt: Level | null = null;
  let bannerDismissedAt: Level | null = null;
  let frame = 0;
  /** Render the card and the banner as last shown (again after a document.open() erased their buttons' listeners). */
  let drawCard = (): void => undefined;
  let drawBanner = (): void => undefined;
  /** The window subscriptions, while the card or the banner shows. */
  let listening: AbortController | null = null;
  /** Where the banner sits (banner-side.ts), when it last moved, and a layout queued for when it may move again. */
  let side: BannerSide = 'top';
  let lastMove = -Infinity;
  let moveTimer = 0;

  /** The host, attached and on top: every warning shown goes above a top-layer element the page opened since. */
  const ensureHost = (): GuardedHost => {
    // The host's periodic check also looks again at the fields under the banner: one the page moved or added there.
    if (!host) host = createGuardedHost(doc, early, onLost, () => bannerShows() && schedule());
    else host.ensure();
    host.toTop();
    return host;
  };

  /** Natural sizes of the card: whole, and without its case story (placement decides what to drop). */
  const measure = (el: HTMLElement, lines: HTMLElement | null): { width: number; height: number; storyHeight: number; linesHeight: number } => {
    el.classList.remove('no-story', 'scroll', 'no-lines');
    if (lines) {
      lines.style.maxHeight = '';
      lines.classList.remove('more');
    }
    const height = el.offsetHeight;
    el.classList.add('no-story');
    const withoutStory = el.offsetHeight;
    const linesHeight = lines?.offsetHeight ?? 0;
    el.classList.remove('no-story');
    return { width: el.offsetWidth, height, storyHeight: height - withoutStory, linesHeight };
  };

  const bannerShows = (): boolean => !!banner && !banner.hidden;
  const cardShows = (): boolean => !!card && !card.hidden;

  /**
   * Puts the banner at the top or the bottom of the window (banner-side.ts), clear of the field with the card, the
   * focused field, then as many fields as it can; returns the space it takes at the top and at the bottom.
   */
  const arrangeBanner = (): { top: number; bottom: number } => {
    if (!banner || banner.hidden) return { top: 0, bottom: 0 };
    const keep = fieldsToKeepClear(doc, cardShows() ? anchor : null, host?.element ?? null);
    banner.classList.remove('slim');
    let height = banner.offsetHeight;
    // `+ MARGIN`: a field right against the banner's edge counts as under it (its focus ring needs room).
    let wanted = bannerSide(height + MARGIN, win.innerHeight, keep, side);
    if (coversField(height + MARGIN, win.innerHeight, keep, wanted)) {
      // A field under it at either edge: its title line alone, which covers less (banner-side.ts).
      banner.classList.add('slim');
      height = banner.offsetHeight;
      wanted = bannerSide(height + MARGIN, win.innerHeight, keep, side);
    }
    const wait = lastMove + MIN_MOVE_GAP_MS - Date.now();
    if (wanted !== side && wait <= 0) {
      side = wanted;
      lastMove = Date.now();
    } else if (wanted !== side && !moveTimer) {
      moveTimer = win.setTimeout(() => {
        moveTimer = 0;
        schedule();
      }, wait);
    }
    banner.classList.toggle('bottom', side === 'bottom');
    return side === 'top' ? { top: height, bottom: 0 } : { top: 0, bottom: height };
  };

  /** The banner first, then the card beside its field in the room the banner leaves. */
  const layout = (): void => {
    frame = 0;
    const band = arrangeBanner();
    placeCardNow(band);
  };

  const placeCardNow = (band: { top: number; bottom: number }): void => {
    if (!card || !anchor || card.hidden) return;
    if (!anchor.isConnected) return hideField();
    const box = anchor.getBoundingClientRect();
    const view = { width: win.innerWidth, height: win.innerHeight };
    // A field with no box, or one wholly off the window, that is being typed into gets the card anyway, at the
    // top of the window (placeFree says why). Not typed into: a field with no box was hidden or removed, and
    // its card goes; one scrolled away keeps its card beside it, to come back with it.
    const typedInto = anchor.matches(':focus');
    const gone = isGone(box);
    if (gone && !typedInto) return hideField();
    const free = typedInto && (gone || isOffscreen(box, view));
    const lines = card.querySelector<HTMLElement>('.lines');
    const size = measure(card, lines);
    // The card keeps clear of the banner, at whichever edge it is (arrangeBanner).
    const viewport = { width: view.width, height: view.height - band.bottom };
    const place = free ? placeFree(size, viewport, band.top) : placeCard(box, size, viewport, band.top);
    card.style.top = `${place.top}px`;
    card.style.left = `${place.left}px`;
    for (const side of ['right', 'below', 'above', 'free'] as const) card.classList.toggle(side, place.side === side);
    card.classList.toggle('no-story', place.compact !== 'full');
    card.classList.toggle('scroll', place.compact === 'scroll');
    card.classList.remove('no-lines');
    if (lines && place.compact === 'scroll') {
      // Only the explanation lines scroll: the title, the one thing to do and the buttons stay in view, and the
      // arrow (outside the card's box) is not clipped as it would be by a scrolling card. The scroll class also
      // tightens the type, so what stays fixed is measured in that state. The box ends under a whole line, not
      // through one; less room than one line: the lines go (the banner or the popup still says why).
      const fixed = card.offsetHeight - lines.offsetHeight;
      const room = place.height - fixed;
      const cap = lines.scrollHeight <= room ? room : wholeLinesHeight(textBlocks(lines), room);
      if (cap < MIN_LINES_HEIGHT) card.classList.add('no-lines');
      else {
        lines.style.maxHeight = `${cap}px`;
        markMore(lines);
      }
      if (place.side === 'above') {
        // The tighter card may be shorter than planned: keep its arrow against the field.
        card.style.top = `${Math.max(MARGIN, Math.round(box.top - GAP - card.offsetHeight))}px`;
      }
    }
    const arrow = card.querySelector<HTMLElement>('.arrow');
    if (arrow) {
      arrow.style.left = place.side === 'right' ? '' : `${place.arrow}px`;
      arrow.style.top = place.side === 'right' ? `${place.arrow}px` : '';
    }
  };
  const schedule = (): void => {
    if (!frame) frame = win.requestAnimationFrame(layout);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (!event.isTrusted || event.key !== 'Escape') return;
    if (card && !card.hidden) hideField();
  };
  // Escape inside the banner (its button has focus) hides the banner. Listening on the shadow root sees
  // only events from inside our closed root.
  const onBannerKey = (event: KeyboardEvent): void => {
    if (event.isTrusted && event.key === 'Escape' && banner && !banner.hidden && banner.contains(event.target as Node)) {
      bannerDismissedAt = 'danger';
      hideBanner();
    }
  };
  /** On while the card or the banner shows: both follow the page's scroll and size, the banner also the focus. */
  const listen = (): void => {
    if (!cardShows() && !bannerShows()) {
      listening?.abort();
      listening = null;
    } else if (!listening) {
      listening = new AbortController();
      early.on('scroll', schedule, listening.signal);
      early.on('resize', schedule, listening.signal);
      early.on('focusin', schedule, listening.signal);
      early.on('keydown', onKey as (event: Event) => void, listening.signal);
    }
  };
  /**
   * At each document.open() of this frame (early-events.ts onReopen; only the main-world hook's private ring and the
   * guards' observers call it). Only when the open did erase our host's listeners: then the banner's Escape, and the
   * buttons of what shows, drawn again with theirs. The window events need nothing here: they are the early ones.
   */
  const reattach = (): void => {
    if (!host?.relisten()) return;
    if (banner) host.root.addEventListener('keydown', onBannerKey as EventListener);
    if (card && !card.hidden) drawCard();
    if (banner && !banner.hidden) drawBanner();
    // A card drawn again has lost its placement classes; its field may be gone with the old document.
    schedule();
  };
  early.onReopen(reattach);

  function hideField(): void {
    if (card && !card.hidden) {
      card.hidden = true;
      listen();
    }
    anchor = null;
    // Its field is no longer the one to keep clear (the focused one still is).
    if (bannerShows()) schedule();
  }

  const hideBanner = (): void => {
    if (banner) banner.hidden = true;
    listen();
    // Only the danger banner keeps itself above what the page opens later (top-layer.ts says why not the card).
    host?.keepOnTop(null);
    // The banner's space is free again: the card may go back to full size or move up.
    schedule();
  };

  const api: WarningUiApi = {
    version: 1,
    showFieldWarning(target: Element, plan: WarningPlan, field: WarnedField): void {
      if (silenced(fieldDismissedAt, plan.level)) return;
      const { root } = ensureHost();
      if (!card) {
        card = doc.createElement('div');
        card.hidden = true;
        root.append(card);
      }
      const shown = card;
      drawCard = () =>
        renderFieldCard(shown, plan, field, {
          onDismiss: () => {
            fieldDismissedAt = plan.level;
            hideField();
          },
          onClose: hideField,
        });
      drawCard();
      anchor = target;
      card.hidden = false;
      listen();
      layout();
    },
    hideFieldWarning: hideField,
    isShowingFor(target: Element): boolean {
      return anchor === target && !!card && !card.hidden;
    },
    showBanner(plan: WarningPlan): void {
      if (plan.level !== 'danger' || silenced(bannerDismissedAt, plan.level)) return;
      const { root } = ensureHost();
      if (!banner) {
        banner = doc.createElement('div');
        root.append(banner);
        root.addEventListener('keydown', onBannerKey as EventListener);
      }
      const shown = banner;
      drawBanner = () =>
        renderBanner(shown, plan, {
          onDismiss: () => {
            bannerDismissedAt = plan.level;
            hideBanner();
          },
          onClose: () => {
            bannerDismissedAt = plan.level;
            hideBanner();
          },
        });
      drawBanner();
      banner.hidden = false;
      host?.keepOnTop(banner);
      listen();
      // At once, before it is first painted over a field: the banner's side, then the card clear of it.
      layout();
    },
    hideAll(): void {
      hideField();
      hideBanner();
      host?.destroy();
      host = null;
      card = null;
      banner = null;
    },
    isHost(node: unknown): boolean {
      return host !== null && node === host.element;
    },
    beforeToggle(event: Event): boolean {
      // Our host's first opening comes while createGuardedHost runs, before `host` is set.
      if (isGuardedHost(event.target)) return true;
      host?.beforeToggle(event);
      return false;
    },
  };
  return api;
}
