// One handler per message type, plus the navigation and re-check duties of the background.
// Every browser call arrives through BackgroundDeps, so the flows are unit-tested with fakes and the
// entrypoint (index.ts) stays wiring only.
import type { Context, DomainAssessment, Level, PageFacts, Reason, Verdict } from '@/core/types';
import { isAroundSignal, signalKey } from '@/core/signals';
import { framesMoneyClaimBrand } from '@/core/verdict/decide';
import type {
  CsBgMessage,
  FrameState,
  HelloResponse,
  PopupBgMessage,
  ResponseMap,
  ScanResponse,
  PageReadersResponse,
  TabState,
  TabStateResponse,
  TrustSiteResponse,
  WarningPlan,
} from '@/messaging/protocol';
import type { ValidMessage } from '@/messaging/validate';
import type { ShareService } from '@/share-guard/share-service';
import { noteOf, type StepNotes } from './earlier-steps';
import { framesBeside, withBeside, withStories } from './frames-beside';
import { combineFrames, isOlderDocument, sameTopOrigin, topFrameOf, withGate, withVerdict } from './tab-state';
import type { TabStore } from './tab-store';
import { flaggedSites } from './flagged-sites';
import { unreadableVerdict } from './unreadable-scan';
import { warningRemovedRule } from './warning-removed';

export interface BackgroundDeps {
  store: TabStore;
  /** The card page a site showed in the tab a few minutes ago (earlier-steps.ts). */
  steps: Pick<StepNotes, 'earlier' | 'note' | 'forget' | 'inherit'>;
  context(): Promise<Context>;
  assessDomain(url: string, trusted: readonly string[]): DomainAssessment;
  evaluate(facts: PageFacts, context: Context): Verdict;
  plan(verdict: Verdict, context: Context): WarningPlan | undefined;
  /** Puts the scanner into a frame the gate lets through (src/entrypoints/scanner/). */
  injectScanner(tabId: number, frameId: number): Promise<void>;
  /** Puts the page readers into a frame whose guard asked for them (src/entrypoints/page-readers/). */
  injectPageReaders(tabId: number, frameId: number): Promise<void>;
  injectWarningUi(tabId: number, frameId: number): Promise<void>;
  showBanner(tabId: number, frameId: number, plan: WarningPlan): Promise<void>;
  applyBadge(tabId: number, level: Level): Promise<void>;
  /** Asks one frame's content script to run its gate and scan again; resolves when it has (or gave up). */
  sendRecheck(tabId: number, frameId: number): Promise<void>;
  /** Asks every frame of the tab except the top one to report again (fire and forget). */
  recheckSubframes(tabId: number): void;
  /** Asks the top frame to report again with its headings and text, from now on (fire and forget). */
  askTopForPageText(tabId: number): void;
  /** Asks one frame below the top the same (frames-beside.ts: a frame beside a form). */
  askFrameForPageText(tabId: number, frameId: number): void;
  addTrusted(domain: string): Promise<{ ok: true; domain: string } | { ok: false; reason: Reason }>;
  now(): number;
  /** Reports failures of browser calls (never page data or values). */
  warn(message: string, error: unknown): void;
  /**
   * The window a tab is in, to tell a tab opened in a window of its own (`opened`). Chrome only: Firefox has no
   * Document Picture-in-Picture, and without it no tab lends its opener anything there.
   */
  windowIdOf?(tabId: number): Promise<number | undefined>;
  /** A danger page kept our warning off it: the popup's explanation of the tab in a window (warning-removed.ts). */
  openWarningWindow?(tabId: number): Promise<void>;
  /** Issue 4: the screen-share guard (src/share-guard), told about visits, tab changes and its own messages. */
  share?: Pick<ShareService, 'handle' | 'noteVisit' | 'tabUpdated' | 'tabClosed' | 'popupState'>;
}

function shareGuardOf(deps: BackgroundDeps): NonNullable<BackgroundDeps['share']> {
  if (!deps.share) throw new Error('share guard not wired');
  return deps.share;
}

/** Hosts where the content script stops after the gate. */
export function stopsAtGate(domain: DomainAssessment, context: Context): boolean {
  // Issue 4: while the screen is shared, even official pages keep the content script running, so the
  // share warning can appear on their sensitive fields (the policy decides the level there).
  if (context.screenShared) return false;
  // A user-content host (wj.qq.com, <name>.feishu.cn: the brand's real address, anyone's form) is neither: scanned.
  return domain.kind === 'official' || domain.kind === 'trusted';
}

/** The claims and scripts a top page's verdict carries, those it only reports too, as one comparable string. */
function aroundKey(verdict: Verdict | null): string {
  const reported = (verdict?.reported ?? []).map((s) => `reported-${signalKey(s)}`);
  return [...(verdict?.signals ?? []).filter(isAroundSignal).map(signalKey), ...reported].sort().join(' ');
}

/**
 * The context with the top page's claims and scam phrases added, when it has any, and the scripts it only reports
 * (quoted: they count in a frame that asks for the card and the code, core/engine.ts).
 */
function withTopSignals(context: Context, top: Verdict | null): Context {
  const topSignals = top?.signals.filter(isAroundSignal) ?? [];
  const topReported = top?.reported ?? [];
  if (topSignals.length === 0 && topReported.length === 0) return context;
  return {
    ...context,
    ...(topSignals.length > 0 ? { topSignals } : {}),
    ...(topReported.length > 0 ? { topReported } : {}),
  };
}

/** A frame below the top one that asks for something (a sensitive field). */
function subframeAsks(frame: FrameState): boolean {
  return frame.frameId !== 0 && (frame.verdict?.fields.length ?? 0) > 0;
}

/**
 * Whether two URLs are of one origin. An opaque origin ('null': about:blank, about:srcdoc, data:) is no one's, so
 * two of them are one only when the URLs are the same string (where the scan picks its URL, the browser's and the
 * guard's about:blank): two data: documents are two origins that cannot read each other, as in tab-state.ts.
 */
function sameOrigin(a: string, b: string): boolean {
  try {
    const origin = new URL(a).origin;
    return origin === new URL(b).origin && (origin !== 'null' || a === b);
  } catch {
    return false;
  }
}

export function createHandlers(deps: BackgroundDeps) {
  /**
   * Tabs whose current document already got the danger banner (the banner shows once per page load), and tabs whose
   * top page was asked for its text (once per page load). Forgotten when the top frame of a new document runs its
   * gate (its hello, without the scanner), not at the tab's `loading`: Chrome reports that at a history change of the
   * same document too (see `cleared`), and a handler that had stored its scan before such a clear and went on after
   * it found them gone: the top page asked for its text again (a re-check of it, and of the frames below it: see
   * `topRechecks`), the banner shown again.
   */
  const bannerShown = new Set<number>();
  const topTextAsked = new Set<number>();
  /**
   * What the last clear of each tab (navigated) took away: its frames. Chrome reports a history change of the top document (pushState, replaceState, even
   * to the same URL) as the tab `loading`, as it does a new page, so the tab is forgotten all the same; the top
   * frame's guard then re-sends its scan marked `sameDocument`. The frames below are the same ones then, with the
   * same verdicts: they are put back, instead of each being made to run its gate and scan again. A page rewriting
   * its query string every 50–100 ms had a card form in its iframe re-checked 14–26 times a second, its warning
   * hidden most of the time. Dropped when the top frame runs its gate in a new document (it says hello first, without
   * the scanner) and when the tab closes. In memory only: after the worker slept, the frames are asked again, as before.
   */
  const cleared = new Map<number, TabState>();
  /**
   * Tabs whose top frame runs its gate again in the same document (a re-check: the top page asked for its text, the
   * popup's "check again"), from its hello until its scan. Its hello says it has the scanner, which the background
   * puts into a document only after that document's first hello: a new document never has it. Its scan is not
   * marked `sameDocument` (the guard starts over), and Chrome's `loading` at the page's next history change can land
   * before the hello or between the two. Either way the re-check gets the tab's frames back, as the marked re-send
   * does. Taken for a new page, it wiped the tab, which asked every frame below to run its gate and scan again (a card
   * frame's warning hidden until each answer) and forgot that the top page had been asked for its text: asked again,
   * it re-checked again. A page churning its address kept that loop going for seconds on a busy machine.
   */
  const topRechecks = new Set<number>();
  const removed = warningRemovedRule(deps);
  /** The stories told in the frames beside a form (frames-beside.ts). */
  const beside = framesBeside(deps);

  /**
   * `s` with the frames the last clear of the tab took away put back (see `cleared`), those that reported since as
   * they are now; `s` itself when there is nothing to put back. `url`, `born`: the top frame's, of the cleared document.
   */
  function putBack(tabId: number, s: TabState | null, url: string, now: number, born: number | undefined): TabState | null {
    const kept = cleared.get(tabId);
    const keptTop = topFrameOf(kept ?? null);
    // A history change never leaves its document: frames kept from another one (a page back from the back/forward
    // cache, a new document whose gate came before the old one's clear) are not put back. Without `born`, its origin.
    const same = born !== undefined && keptTop?.born !== undefined ? keptTop.born === born : sameOrigin(keptTop?.url ?? '', url);
    if (!kept || !same) return s;
    cleared.delete(tabId);
    const since = s?.frames ?? [];
    return combineFrames(tabId, [...kept.frames.filter((f) => !since.some((g) => g.frameId === f.frameId)), ...since], now);
  }

  /**
   * A frame that cannot read the page around it (another site's, or a sandboxed one) and asks for something is
   * judged with the claims of the page around it, but a top page that asks for nothing itself reports only its
   * title: the story in its body ("您的账户涉嫌洗钱…") would go unread. So the top page is asked, once per page, to send its headings and text too. Asked only when its
   * content script has reported (its verdict is there), so the message has someone to reach.
   */
  function askTopForText(tabId: number, state: TabState | null): void {
    const top = topFrameOf(state);
    if (!state || !top?.verdict || top.verdict.fields.length > 0 || topTextAsked.has(tabId)) return;
    // A frame of the top page's own origin reads the page around it itself, unless the page sandboxed it (its
    // origin is then opaque behind a same-site address): what counts is whether its scan could.
    if (!state.frames.some((f) => subframeAsks(f) && (f.blind || !sameOrigin(f.url, top.url)))) return;
    topTextAsked.add(tabId);
    deps.askTopForPageText(tabId);
  }

  async function badge(tabId: number, level: Level): Promise<void> {
    try {
      await deps.applyBadge(tabId, level);
    } catch (error) {
      deps.warn('badge', error); // the tab may have closed meanwhile
    }
  }

  /**
   * The tab's badge: its own level, raised by what its windows lent it. A tab that is a window of its opener's lends
   * the opener its frames (while both are of one origin: the window is the page's own doing) and raises its badge.
   */
  async function shown(tabId: number, state: TabState | null): Promise<void> {
    await showBadge(tabId);
    const opener = state ? await deps.store.openerOf(tabId) : null;
    if (!state || opener === null || !sameTopOrigin(state, await deps.store.get(opener))) return;
    await deps.store.lend(opener, tabId, state);
    await showBadge(opener);
  }

  /**
   * Reads what the tab shows and sets its badge, in order with the tab's other such runs: the opener's own scan and
   * its window's lending land together (a form moved out of the page into the window), and the later read must win.
   */
  const badgeRuns = new Map<number, Promise<void>>();
  function showBadge(tabId: number): Promise<void> {
    const run = (badgeRuns.get(tabId) ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => badge(tabId, (await deps.store.shown(tabId))?.level ?? 'none'));
    badgeRuns.set(tabId, run);
    const forget = (): void => void (badgeRuns.get(tabId) === run && badgeRuns.delete(tabId));
    run.then(forget, forget);
    return run;
  }

  /** `born`: when the frame's document began (protocol.ts DocumentBorn), as its hello says. */
  async function hello(from: { tabId: number; frameId: number; url: string }, hasScanner: boolean, born?: number): Promise<HelloResponse> {
    // The top frame's gate: a re-check of its document (it has the scanner: see `topRechecks`), or a new document.
    const topRecheck = from.frameId === 0 && hasScanner;
    await deps.share?.noteVisit(from).catch((error: unknown) => deps.warn('meeting visit', error));
    const context = await deps.context();
    const domain = deps.assessDomain(from.url, context.trusted);
    const stops = stopsAtGate(domain, context);
    // The content script does nothing more on official and trusted hosts, but the URL alone still gets a
    // verdict here: a meeting-join page lives on the provider's official host and is `caution` by itself
    // (policy rule meeting-join-page), and the popup can say whose official site this is.
    const urlOnly = stops ? deps.evaluate({ url: from.url, title: '', headings: [], text: '', fields: [] }, context) : null;
    let wasEmpty = false;
    let older = false;
    const state = await deps.store.update(from.tabId, (before) => {
      // A late hello of a document its frame or its tab has gone past: nothing of it is kept (tab-state.ts).
      older = isOlderDocument(before, from.frameId, born);
      if (older) return before;
      if (topRecheck) topRechecks.add(from.tabId);
      else if (from.frameId === 0) {
        cleared.delete(from.tabId);
        topRechecks.delete(from.tabId);
        bannerShown.delete(from.tabId);
        topTextAsked.delete(from.tabId);
      }
      const s = topRecheck ? putBack(from.tabId, before, from.url, deps.now(), born) : before;
      wasEmpty = s === null;
      const gated = withGate(s, from.tabId, from.frameId, from.url, domain, deps.now(), { born, recheck: hasScanner });
      return urlOnly ? withVerdict(gated, from.tabId, from.frameId, from.url, urlOnly, deps.now(), false, born) : gated;
    });
    // Its document is gone or going: it runs nothing more (a re-check of the page it left asks the new one).
    if (older) return { proceed: false, domainKind: domain.kind };
    // A new page of another site in the tab: what the last site's windows lent it goes (tab-state.ts `withLent`).
    if (from.frameId === 0) await deps.store.keepLentFor(from.tabId, from.url).catch((error: unknown) => deps.warn('lent', error));
    await shown(from.tabId, state).catch((error: unknown) => deps.warn('badge', error));
    if (wasEmpty && from.frameId === 0) deps.recheckSubframes(from.tabId);
    // The content script runs the scanner as soon as this answer arrives: it has to be in the frame first.
    // Without it (frame gone, injection refused) the frame stays unscanned; the failure is logged, never the page.
    // A re-check (popup, trusted list, a single-page app's new URL re-asking every subframe) finds it there already.
    if (!stops && !hasScanner) await deps.injectScanner(from.tabId, from.frameId).catch((error: unknown) => deps.warn('inject scanner', error));
    return { proceed: !stops, domainKind: domain.kind };
  }

  /**
   * `unreadable`: the frame's scan failed validation (unreadable-scan.ts); `facts` is then its address alone, and the
   * verdict is made at least a caution.
   */
  async function scan(from: { tabId: number; frameId: number; url: string }, facts: PageFacts, sameDocument = false, unreadable = false, born?: number): Promise<ScanResponse> {
    const base = await deps.context();
    // The frame's URL comes from the browser (sender); the content script's own URL is only used for the path
    // after a same-origin history change, never to move the page to another host.
    const url = sameOrigin(facts.url, from.url) ? facts.url : from.url;
    // A card page just before this one (of this site, or a fake one of another site): a code page here is its next step.
    const now = deps.now();
    const earlier = await deps.steps
      .earlier(from.tabId, () => deps.assessDomain(url, base.trusted).registrableDomain, now)
      .catch((error: unknown) => (deps.warn('earlier step', error), null));
    const own: Context = earlier ? { ...base, earlierStep: earlier } : base;
    // A frame that could not read the top page (another origin) is judged with what the top page claimed.
    // That claim is read in the same tab update that stores this frame's verdict: read before it, the top page's
    // own scan could land in between, find no frame with fields yet, and never ask this one to report again.
    const needsTop = from.frameId !== 0 && !facts.around;
    let wasEmpty = false;
    let older = false;
    /** The top frame's verdict before this one replaced it (read in the same update, not a second read). */
    let topBefore: Verdict | null = null;
    // Assigned by the update below, which always runs its change before it resolves.
    let context!: Context;
    let verdict!: Verdict;
    const state = await deps.store.update(from.tabId, (before) => {
      // A late scan of a document its frame or its tab has gone past: not judged, not kept (tab-state.ts).
      older = isOlderDocument(before, from.frameId, born);
      if (older) return before;
      // The top document after its own history change, or at the end of its re-check (see `cleared`, `topRechecks`):
      // its frames back as they were before the clear, those that reported since as they are now.
      const ownDocument = from.frameId === 0 && (topRechecks.delete(from.tabId) || sameDocument);
      const s = ownDocument ? putBack(from.tabId, before, from.url, now, born) : before;
      wasEmpty = s === null;
      topBefore = topFrameOf(s)?.verdict ?? null;
      context = withBeside(needsTop ? withTopSignals(own, topBefore) : own, s, from.frameId, facts.fields);
      verdict = deps.evaluate({ ...facts, url }, context);
      if (unreadable) verdict = unreadableVerdict(verdict, s?.frames.find((f) => f.frameId === from.frameId)?.verdict ?? null);
      return withStories(withVerdict(s, from.tabId, from.frameId, url, verdict, now, needsTop, born), from.frameId, { ...facts, url }, verdict.domain, now);
    });
    if (older) return { level: 'none' };
    const topSite = topFrameOf(state)?.domain.registrableDomain ?? null;
    const note = noteOf(verdict, base, now, topSite);
    if (note) await deps.steps.note(from.tabId, note).catch((error: unknown) => deps.warn('note step', error));
    await shown(from.tabId, state).catch((error: unknown) => deps.warn('badge', error));
    // A tab whose page kept our warning off it, now at danger: the warning window (not waited for).
    if (state?.frames.some((frame) => frame.warningRemoved)) void removed.warnOutside(from.tabId);
    // The top frame reporting into a forgotten tab without its frames back (a page back from the back/forward cache,
    // or `cleared` lost while the worker slept) asks its iframes, which saw no change, to report again.
    if (wasEmpty && from.frameId === 0) deps.recheckSubframes(from.tabId);
    // Frames usually report before their top page (its load waits for theirs): when the top page's claims or
    // scripts change and a frame below has sensitive fields, the frames report again to be judged with them.
    else if (from.frameId === 0 && aroundKey(verdict) !== aroundKey(topBefore) && state?.frames.some(subframeAsks)) {
      deps.recheckSubframes(from.tabId);
    }
    askTopForText(from.tabId, state);
    beside.tell(from.tabId, state);

    const plan = deps.plan(verdict, context);
    if (!plan) return { level: verdict.level };
    if (verdict.level === 'danger' && !bannerShown.has(from.tabId)) {
      bannerShown.add(from.tabId);
      // The banner goes to the top of the tab, whichever frame found the danger.
      deps.showBanner(from.tabId, 0, plan).catch((error: unknown) => deps.warn('banner', error));
    }
    // No field warning for an unreadable scan: a verdict kept from before it names controls by the indices of an
    // older scan, which the frame's elements may no longer match.
    if (plan.fields.length === 0 || unreadable) return { level: verdict.level };
    try {
      await deps.injectWarningUi(from.tabId, from.frameId);
    } catch (error) {
      deps.warn('inject', error);
      return { level: verdict.level };
    }
    return { level: verdict.level, warning: plan };
  }

  /**
   * The page readers, into the frame that asked and no other: its tab and frame are the sender's, which the
   * browser reports (validate.ts); the message names none. A failed injection answers an error: the guard sends its
   * scan without them and asks again at its next scan or focus.
   */
  async function pageReaders(from: { tabId: number; frameId: number }): Promise<PageReadersResponse> {
    await deps.injectPageReaders(from.tabId, from.frameId);
    return { done: true };
  }

  async function recheckTab(tabId: number): Promise<void> {
    const state = await deps.store.get(tabId);
    const frameIds = state?.frames.map((frame) => frame.frameId) ?? [0];
    await Promise.all(frameIds.map((frameId) => deps.sendRecheck(tabId, frameId).catch((error: unknown) => deps.warn('recheck', error))));
  }

  async function trustSite(tabId: number): Promise<TrustSiteResponse> {
    // As the popup shows it: a form in a window of the page's counts (handlers `shown`).
    const state = await deps.store.shown(tabId);
    const top = topFrameOf(state);
    if (!state || !top) return { ok: false, error: { code: 'trust-unknown-tab', detail: String(tabId) } };
    const { domain } = top;
    // A host that imitates a brand is exactly what a caller would talk someone into trusting; it can still be
    // added by hand on the options page, with time to think.
    if (domain.kind === 'lookalike') return { ok: false, error: { code: 'trust-lookalike', detail: domain.brand ?? domain.host } };
    // The same for any page judged dangerous: the popup hides the button there, and a stale or forged
    // popup request is refused here too.
    if (state.level === 'danger') return { ok: false, error: { code: 'trust-danger', detail: domain.host } };
    // And for a page that poses as a bank, wallet, courier or authority (the caution step of a staged fake page).
    const posesAs = framesMoneyClaimBrand(state.frames);
    if (posesAs) return { ok: false, error: { code: 'trust-impersonation', detail: posesAs } };
    if (!domain.registrableDomain) return { ok: false, error: { code: 'trust-no-domain', detail: domain.host } };
    if (domain.kind === 'official' || domain.kind === 'trusted') return { ok: true, domain: domain.registrableDomain };
    const result = await deps.addTrusted(domain.registrableDomain);
    return result.ok ? { ok: true, domain: result.domain } : { ok: false, error: result.reason };
  }

  async function tabState(tabId: number): Promise<TabStateResponse> {
    return { state: await deps.store.shown(tabId) };
  }

  return {
    async handle(valid: ValidMessage): Promise<ResponseMap[keyof ResponseMap]> {
      if (valid.from.kind === 'content') {
        const message = valid.message as CsBgMessage;
        switch (message.type) {
          case 'cs-bg-hello':
            return hello(valid.from, message.hasScanner === true, message.born);
          case 'cs-bg-scan':
            return scan(valid.from, message.facts, message.sameDocument === true, false, message.born);
          case 'cs-bg-page-readers':
            return pageReaders(valid.from);
          case 'cs-bg-warning-removed':
            return removed.reported(valid.from);
          case 'cs-bg-share-started':
          case 'cs-bg-share-ended':
          case 'cs-bg-share-frame-gone':
            return shareGuardOf(deps).handle(valid.from, message);
        }
      }
      const message = valid.message as PopupBgMessage;
      switch (message.type) {
        case 'popup-bg-get-tab-state':
          return tabState(message.tabId);
        case 'popup-bg-recheck':
          await recheckTab(message.tabId);
          return tabState(message.tabId);
        case 'popup-bg-trust-site':
          return trustSite(message.tabId);
        case 'popup-bg-get-share-state':
          return shareGuardOf(deps).popupState();
        case 'options-bg-flagged-sites':
          return { sites: await flaggedSites(deps.store) };
      }
    },

    /** A scan from a tab frame of ours that failed validation: the frame is judged on its address (unreadable-scan.ts). */
    unreadableScan(from: { tabId: number; frameId: number; url: string }): Promise<ScanResponse> {
      return scan(from, { url: from.url, title: '', headings: [], text: '', fields: [] }, false, true);
    },

    /** A tab started loading a new document: forget it and clear its badge. */
    async navigated(tabId: number): Promise<void> {
      // Kept until the top frame says whether its document stayed (see `cleared`). A second clear before it
      // does (the tab forgotten already) keeps the first one's.
      await deps.store.update(tabId, (state) => {
        if (state) cleared.set(tabId, state);
        return null;
      });
      await badge(tabId, 'none');
      // A share does not survive its document, but Chrome also reports `loading` for same-document changes:
      // ask the tab's sharing frames instead of forgetting their shares.
      await deps.share?.tabUpdated(tabId).catch((error: unknown) => deps.warn('share verify', error));
    },

    /**
     * A page opened a tab (target=_blank, window.open): the new tab may hold the next step of a staged page. Opened in a
     * window of its own (`windowId`, Chrome: a Document Picture-in-Picture window has no toolbar), the tab is noted as
     * its opener's window (`shown`). The opener is the browser's word (tabs.onCreated), never the page's.
     */
    async opened(tabId: number, openerTabId: number, windowId?: number): Promise<void> {
      await deps.steps.inherit(tabId, openerTabId).catch((error: unknown) => deps.warn('inherit step', error));
      if (windowId === undefined || !deps.windowIdOf) return;
      try {
        const openerWindow = await deps.windowIdOf(openerTabId);
        if (openerWindow === undefined || openerWindow === windowId) return;
        await deps.store.linkWindow(tabId, openerTabId);
        // Its page may have reported before this: lend what it found now.
        const state = await deps.store.get(tabId);
        if (state) await shown(tabId, state);
      } catch (error) {
        deps.warn('link window', error); // the opener may have closed meanwhile
      }
    },

    async closed(tabId: number): Promise<void> {
      bannerShown.delete(tabId);
      topTextAsked.delete(tabId);
      cleared.delete(tabId);
      topRechecks.delete(tabId);
      beside.forget(tabId);
      // What its windows lent it goes with it; a window closing leaves its opener what it lent (tab-state.ts).
      await Promise.all([deps.store.clear(tabId), deps.store.forgetWindows(tabId)]);
      await deps.steps.forget(tabId).catch((error: unknown) => deps.warn('forget step', error));
      await deps.share?.tabClosed(tabId).catch((error: unknown) => deps.warn('share close', error));
    },

    /** The trusted list (or issue 4's context) changed: every known tab checks again. */
    async recheckAllTabs(): Promise<void> {
      await Promise.all((await deps.store.tabIds()).map((tabId) => recheckTab(tabId)));
    },

    recheckTab,
  };
}
