// The one message protocol of the extension. Types only: this file is imported by the content script,
// so it must never import zod or anything heavy (the zod schemas live in ./schemas.ts, background only).
//
// Names say the direction (Dark Reader's habit):
//   cs-bg-…     content script → background   (validated: comes from a tab frame of our own extension)
//   popup-bg-…  extension page → background   (validated: sender URL is one of our extension pages)
//   options-bg-… the options page → background (validated as popup-bg-…)
//   bg-cs-…     background → content script   (runtime messages to a content script only come from us)
//
//   content script                      background
//   ── cs-bg-hello ───────────────────▶ assess the frame's host (official / trusted?)   ◀── gate
//   ◀─────────────── { proceed } ─────  (when it proceeds, the scanner is injected into the frame first)
//   ── cs-bg-scan (PageFacts) ────────▶ evaluateFindings → store per frame → badge
//   ◀──── { level, warning plan } ────  (injects the warning UI first when the level needs it)
//   ── cs-bg-page-readers ────────────▶ injects the page readers into the sender's own frame (once a frame)
//   ◀──────────────── { done } ───────
//   ◀── bg-cs-recheck ─────────────────  popup "check again", trusted list changed
//   ── cs-bg-warning-removed ─────────▶ the page keeps our warning off it: noted on the frame; a danger tab
//   ◀──────────────── { done } ───────  gets the popup's explanation in a window of its own (warning-removed.ts)
//
// Nothing here ever carries what a user typed: a typed card number is reported as a FieldFinding
// (index + kind + reason code), never as a value.

import type { DomainAssessment, FieldFinding, FieldKind, Level, PageFacts, Reason, Verdict } from '../core/types';
import type { FrameStories } from '../core/signals/frame-stories';
// Issue 4 (screen-share guard): its message types live beside its code and join the unions here.
import type { BgCsShareVerify, PopupBgGetShareState, ShareCsBgMessage, ShareResponseMap } from '../share-guard/share-protocol';

// ───────────────────────────── content script → background ─────────────────────────────

/** First message of every frame: may I keep going here? The background reads the URL from the sender. */
export interface CsBgHello {
  type: 'cs-bg-hello';
  /** The frame has the scanner already (a re-check): the background does not inject it again. */
  hasScanner?: boolean;
  /** When the frame's document began (see {@link DocumentBorn}). */
  born?: DocumentBorn;
}

/**
 * When a frame's document began: the wall clock at its time origin (`Date.now() - performance.now()`, read once at
 * document_start), the same in every message of that document and another in the next one. Not
 * `performance.timeOrigin`: Chrome converts it to wall time with an offset each renderer process takes once, which
 * drifts apart between processes after the computer slept, and frames of other sites run in other processes. The
 * background tells an old document's late message from the new one's by it (background/tab-state.ts `isOlderDocument`):
 * Firefox gives no `sender.documentId`.
 */
export type DocumentBorn = number;

/** The frame's classified page. Sent after the first scan and whenever a re-scan changes it. */
export interface CsBgScan {
  type: 'cs-bg-scan';
  facts: PageFacts;
  /**
   * Sent because the document's history entry changed (pushState, replaceState, a fragment): the same document
   * still, which Chrome reported as the tab `loading` all the same (the background puts its frames back).
   */
  sameDocument?: boolean;
  /** When the frame's document began (see {@link DocumentBorn}): added by the gate, not the scanner. */
  born?: DocumentBorn;
}

/**
 * Put the page readers (src/entrypoints/page-readers/) into this frame: its guard found a sensitive field (or was asked
 * for the page's text) and reads the page's headings and text with them, or has a focused field the scan found
 * nothing in, whose labels are to be read as shown (src/sensor/seen-text.ts). Nothing else: the background injects
 * into the sender's own tab and frame only, which it takes from the sender, never from the message.
 */
export interface CsBgPageReaders {
  type: 'cs-bg-page-readers';
}

/**
 * Sent by the warning UI (never the scanner) when the page's own script keeps removing our warning's host as fast as
 * it is put back (src/warning-ui/host.ts): the warning cannot be seen in the page. Nothing else: the tab and frame
 * are the sender's, which the browser reports (validate.ts); anything more is refused.
 */
export interface CsBgWarningRemoved {
  type: 'cs-bg-warning-removed';
}

export type CsBgMessage = CsBgHello | CsBgScan | CsBgPageReaders | CsBgWarningRemoved | ShareCsBgMessage;

// ───────────────────────────── extension pages → background ─────────────────────────────

/** Popup: what do you know about this tab? */
export interface PopupBgGetTabState {
  type: 'popup-bg-get-tab-state';
  tabId: number;
}

/** Popup: check this tab again now (all its frames re-run the gate and a scan). */
export interface PopupBgRecheck {
  type: 'popup-bg-recheck';
  tabId: number;
}

/** Popup: the user trusts the site shown in this tab (its registrable domain is added to the trusted list). */
export interface PopupBgTrustSite {
  type: 'popup-bg-trust-site';
  tabId: number;
}

/**
 * Options page: which sites do the open tabs show as risky now, or did earlier in this browser session (closed or
 * moved on since: background/flag-memory.ts)? Asked before a domain joins the trusted list, so one a caller names
 * after its page was flagged is not added without a second question. Nothing more: the typed domain
 * never leaves the options page (it matches the answer itself).
 */
export interface OptionsBgFlaggedSites {
  type: 'options-bg-flagged-sites';
}

export type PopupBgMessage = PopupBgGetTabState | PopupBgRecheck | PopupBgTrustSite | PopupBgGetShareState | OptionsBgFlaggedSites;

/** Everything the background accepts. */
export type ToBackgroundMessage = CsBgMessage | PopupBgMessage;
export type ToBackgroundType = ToBackgroundMessage['type'];

// ───────────────────────────── background → content script ─────────────────────────────

/** Run the gate and a scan again (trusted list changed, or the popup asked). Answered with {@link RecheckAck}. */
export interface BgCsRecheck {
  type: 'bg-cs-recheck';
  /**
   * Sent to the whole tab when its top frame reports into an empty tab state (after a navigation or a
   * single-page app's history change cleared it): the frames below re-report, the top frame ignores it.
   */
  subframesOnly?: boolean;
  /**
   * Sent to the top frame when a frame of another site below it asks for something: the top page sends its
   * headings and text from now on even with no field of its own, so that frame is judged with the story the
   * page around it tells (a frame of another site cannot read it itself).
   */
  pageText?: boolean;
}

export type BgCsMessage = BgCsRecheck | BgCsShareVerify;

// ───────────────────────────── answers ─────────────────────────────

export interface HelloResponse {
  /** False on official and trusted hosts: the content script stops there. True: the scanner is in the frame. */
  proceed: boolean;
  /** How the background saw the frame's host (for debugging and tests). */
  domainKind: DomainAssessment['kind'];
}

/** One sensitive control of the frame that the warning anchors to. */
export interface WarnedField {
  index: number;
  kind: FieldKind;
  /** "This is the 'SMS verification code' box." — resolved in the user's language by the background. */
  what: string;
  /** The one thing to do at this field when it differs from the plan's (a photo upload: "do not upload"). */
  action?: string;
}

/**
 * What the in-page warning shows. All text is resolved by the background (i18n + knowledge), so the
 * warning UI carries no data and no browser API. Text that names a brand comes from our knowledge base,
 * never from the page; the UI still renders everything with textContent.
 */
export interface WarningPlan {
  level: Exclude<Level, 'none'>;
  fields: WarnedField[];
  /** Headline, e.g. 危险：这很可能是诈骗网页. */
  title: string;
  /** The main reason this site is risky, one sentence. */
  why: string;
  /** The one thing to do now, one sentence. */
  action: string;
  /** Optional one-line "this looks like case X" story. */
  story?: string;
  /** Button labels and the accessible name of the warning. */
  labels: { dismiss: string; close: string; name: string };
}

export interface ScanResponse {
  /** This frame's level. */
  level: Level;
  /** Present when level is caution/danger; the warning UI has been injected into the frame already. */
  warning?: WarningPlan;
}

export interface RecheckAck {
  done: true;
}

/** The page readers are in the frame. */
export interface PageReadersResponse {
  done: true;
}

/** The report was taken (whether a window opened is the background's business). */
export interface WarningRemovedResponse {
  done: true;
}

/** How the background knows one frame of a tab. */
export interface FrameState {
  frameId: number;
  /** The frame's URL as the browser reported it (sender.url / origin fallback for about:blank). */
  url: string;
  /** The gate's assessment of the frame's host. */
  domain: DomainAssessment;
  /** Null when the frame stopped at the gate (official/trusted) or has not sent a scan yet. */
  verdict: Verdict | null;
  /**
   * A frame below the top that could not read the page around it at its last scan (no `around` in its facts): one
   * of another origin, or one its page sandboxed (an opaque origin behind a same-site address).
   */
  blind?: true;
  /** The frame's document kept our in-page warning off the page (cs-bg-warning-removed); until its next document. */
  warningRemoved?: true;
  /** When the frame's document began, as its messages said (protocol {@link DocumentBorn}; absent when they did not). */
  born?: DocumentBorn;
  /**
   * `born` came from that document's first hello (without the scanner), which a document sends before anything else:
   * a message of an older document in this frame is a late one (background/tab-state.ts `isOlderDocument`).
   */
  greeted?: true;
  /**
   * The scam stories of a frame below the top that sent its text (it asks for something, or the background asked
   * it: a frame beside a form), both readings (core/signals/frame-stories.ts). Background/frames-beside.ts.
   */
  stories?: FrameStories;
}

/** Per-tab state: kept in storage.session so it survives the service worker sleeping. */
export interface TabState {
  tabId: number;
  /** Highest level over all frames. */
  level: Level;
  /** Top frame first, then by frameId. */
  frames: FrameState[];
  /** Every sensitive field of every frame, tagged with its frame. */
  fields: (FieldFinding & { frameId: number })[];
  updatedAt: number;
}

export interface TabStateResponse {
  /** Null when nothing is known about the tab (not an http(s) page, or not scanned yet). */
  state: TabState | null;
}

export interface TrustSiteResponse {
  ok: boolean;
  /** The registrable domain added, when ok. */
  domain?: string;
  /** Why it was refused, when not ok (e.g. `trust-no-domain`, `trust-lookalike`). */
  error?: Reason;
}

/** A site (registrable domain) a tab shows, or showed in this browser session, at caution or danger: its highest level. */
export interface FlaggedSite {
  domain: string;
  level: Exclude<Level, 'none'>;
}

export interface FlaggedSitesResponse {
  sites: FlaggedSite[];
}

/** The answer type for each message type. */
export interface ResponseMap extends ShareResponseMap {
  'cs-bg-hello': HelloResponse;
  'cs-bg-scan': ScanResponse;
  'cs-bg-page-readers': PageReadersResponse;
  'cs-bg-warning-removed': WarningRemovedResponse;
  'popup-bg-get-tab-state': TabStateResponse;
  'popup-bg-recheck': TabStateResponse;
  'popup-bg-trust-site': TrustSiteResponse;
  'options-bg-flagged-sites': FlaggedSitesResponse;
}

export type ResponseOf<M extends ToBackgroundMessage> = ResponseMap[M['type']];

/** Every answer may instead be an error (message rejected by validation, handler failure). */
export interface ErrorResponse {
  error: Reason;
}
