// The plain data that flows through Fanzha Guard.
//
//   DOM ──sensor──▶ PageSnapshot ──classifyFields──▶ FieldFinding[]
//                                 ──assessDomain───▶ DomainAssessment
//                                 ──pageSignals────▶ PageSignal[]
//                                 ──decide─────────▶ Verdict
//
// Everything here is JSON-safe so it can cross the extension's message boundary and be printed
// by the scan command. Nothing here ever holds what a user typed into a control.

/** What a control on a page asks for. */
export const FIELD_KINDS = [
  'card-number',
  'card-pin',
  'card-cvv',
  'card-expiry',
  'otp',
  'id-number',
  'phone',
  'password',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** Kinds that are about a bank card. */
export const CARD_KINDS: readonly FieldKind[] = ['card-number', 'card-pin', 'card-cvv', 'card-expiry'];

/**
 * Why something was decided. `code` is a stable identifier the popup translates;
 * `detail` is the evidence (an attribute value, a label, a brand id). `detail` may come from the
 * page, so it is always rendered as text, never as markup.
 */
export interface Reason {
  code: string;
  detail?: string;
}

/** One form control as the sensor saw it: attributes and nearby text only, never its value. */
export interface ControlSnapshot {
  /** Position in document.querySelectorAll('input, select, textarea') (open shadow roots follow the document). */
  index: number;
  tag: 'input' | 'select' | 'textarea';
  /** Lower-cased `type` attribute; 'text' when absent or unknown. '' for select/textarea. */
  type: string;
  id: string | null;
  name: string | null;
  /** Lower-cased autocomplete attribute, '' when absent. */
  autocomplete: string;
  inputmode: string;
  /** maxlength attribute when it is a positive number, else null. */
  maxLength: number | null;
  pattern: string;
  placeholder: string;
  title: string;
  /** aria-label and the text of aria-labelledby targets. */
  ariaLabel: string;
  /** Text of `<label for=id>` and of a wrapping `<label>` (without the text of other controls). */
  labelText: string;
  /**
   * Text just before the control in its row: the previous table cell, the list item or div row it sits in,
   * a preceding text node or sibling element. Trimmed and capped at 120 characters.
   */
  nearbyText: string;
  /** Text of buttons/links right after the control in its row (e.g. 获取验证码, "Send code"). Capped. */
  buttonText: string;
  /** An <img> or <canvas> sits in the control's row (image captchas). */
  hasImageNearby: boolean;
  /** For <select>: the first few option texts, to tell month/year selects apart. */
  options: string[];
  /**
   * Identifier of the row container (nearest ancestor that is a row: td/tr/li/p/div with few controls …).
   * Consecutive controls with the same key form candidate split boxes (four 4-digit card boxes, six 1-digit code boxes).
   */
  rowKey: number;
  /** The `readonly` attribute is present (inputs and textareas). Absent when not read. */
  readOnly?: boolean;
  /**
   * The control's own `disabled` attribute is present (a `<fieldset disabled>` around it is not read). Absent when
   * not read.
   */
  disabled?: boolean;
  /**
   * Hidden from people though not from the DOM: aria-hidden="true" on the control or a near ancestor, or
   * tabindex="-1" with an inline width or height of 0–1 px (autofill bait). Absent when not read.
   */
  hiddenFromPeople?: boolean;
}

/** The page as the sensor saw it. */
export interface PageSnapshot {
  url: string;
  title: string;
  /** Text of h1–h3, logo img alt/title, and other prominent text; each capped. */
  headings: string[];
  /** Visible body text, whitespace-collapsed and capped (50,000 characters). */
  text: string;
  controls: ControlSnapshot[];
}

export interface FieldFinding {
  index: number;
  kind: FieldKind;
  id: string | null;
  name: string | null;
  reasons: Reason[];
  /**
   * Split boxes (four 4-digit card boxes, six 1-character code boxes) are one value typed across several
   * controls: each box is reported and `boxes` lists the indices of every box of the group, the first
   * included. A paste box (declared by the page to take the whole value) is reported alone for its group.
   */
  boxes?: number[];
  /**
   * A password field's own names as the page shows them: its label, aria-label, placeholder and the text just
   * before it, each present one once. The background looks in them for whose account the password is ("QQ密码",
   * "Instagram password": core/signals/password-labels.ts). Other kinds carry none.
   */
  labels?: string[];
}

/**
 * `user-content`: a host of an official brand where anyone can publish (a form on 腾讯问卷, a shared 飞书 doc,
 * knowledge/user-content.ts). The address is the brand's own, so no lookalike or odd-address reason; the page is
 * judged as on a neutral host.
 */
export const DOMAIN_KINDS = ['official', 'trusted', 'user-content', 'lookalike', 'ip', 'unknown'] as const;
export type DomainKind = (typeof DOMAIN_KINDS)[number];

export interface DomainAssessment {
  host: string;
  /** Registrable domain (eTLD+1, PSL private domains on); null for IPs and bare suffixes. */
  registrableDomain: string | null;
  kind: DomainKind;
  /** For `official` and `user-content`: whose it is; for `lookalike`: the brand it imitates. Brand ids from src/knowledge. */
  brand?: string;
  /**
   * For `user-content`: the service anyone publishes on (an id from src/knowledge/user-content.ts). Also on a
   * `lookalike` there: a name its publisher chose imitates a brand (alipay-tuikuan.feishu.cn).
   */
  service?: string;
  /** For `lookalike`: how it imitates ('embedded' | 'homoglyph' | 'punycode' | 'edit-distance'). */
  how?: 'embedded' | 'homoglyph' | 'punycode' | 'edit-distance';
  /** Served over plain http. */
  insecure: boolean;
  reasons: Reason[];
}

export const SIGNAL_KINDS = ['brand-claim', 'scam-phrase', 'meeting-join'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface PageSignal {
  kind: SignalKind;
  /** brand-claim: the brand id claimed; meeting-join: the provider's brand id. */
  brand?: string;
  /** scam-phrase: the phrase-group id from src/knowledge. */
  phrase?: string;
  reasons: Reason[];
}

export const LEVELS = ['none', 'caution', 'danger'] as const;
export type Level = (typeof LEVELS)[number];

export interface Verdict {
  url: string;
  level: Level;
  fields: FieldFinding[];
  domain: DomainAssessment;
  signals: PageSignal[];
  /** Advice ids from src/knowledge/advice.ts, most important first. */
  advice: string[];
  /** Case ids from src/knowledge/cases.ts that this page resembles. */
  cases: string[];
  /** Why the level is what it is (policy rule ids), for the popup and for debugging. */
  rules: Reason[];
  /**
   * Scam scripts the page only reports (quoted, or after a speaker's label) and that did not count here; present
   * when there are any. The background passes a top page's to a frame of another site that asks for the card and
   * the code (Context.topReported, core/signals/page-signals.ts `countsReportedAround`).
   */
  reported?: PageSignal[];
}

/** Extra state the extension knows and a saved page does not. */
export interface Context {
  /** User-trusted registrable domains (already normalised). */
  trusted: readonly string[];
  /** A tab in this browser is sharing the screen right now (issue 4). */
  screenShared?: boolean;
  /** A meeting-join page was visited within the configured window (issue 4). */
  recentMeeting?: boolean;
  /**
   * What the same site asked for a few minutes before, on an earlier page of the same tab: the card step of a
   * staged fake page, whose next page asks only for the bank's SMS code (background/earlier-steps.ts).
   */
  earlierStep?: EarlierStep;
  /**
   * The brand claims and scam phrases of the tab's top page, for a frame that could not read the page around it
   * (PageFacts.around: the top page is of another origin). The background has them from the top frame's scan.
   */
  topSignals?: readonly PageSignal[];
  /** The scam scripts that top page only reports (Verdict.reported), for the same frame. */
  topReported?: readonly PageSignal[];
  /**
   * The scam stories told in the other frames of the page view, read as beside this frame's fields
   * (core/signals/frame-stories.ts): a kit's "在线客服" chat frame beside its card form. The background has them
   * from those frames' scans (background/frames-beside.ts).
   */
  besideSignals?: readonly PageSignal[];
}

/**
 * An earlier page's card fields (a card step), or its phone / ID-number fields when that page told a scam story
 * or posed as a brand's sign-in page (a story step); and whether it claimed a brand or told a scam story.
 */
export interface EarlierStep {
  kinds: readonly FieldKind[];
  claim: boolean;
  moneyClaim: boolean;
  script: boolean;
  /** The scam scripts (phrase-group ids) that page told: their advice and cases count on the next page too. */
  scripts?: readonly string[];
  /**
   * That page was on another site than this one (background/earlier-steps.ts passes such a step on only when
   * it was a card step that claimed a brand or told a scam story). Its claim, story and fields then say
   * nothing about this page; only that this code page comes right after it counts (decide.ts).
   */
  otherSite?: boolean;
}

/**
 * What the engine needs about a page once its fields are classified. The content script classifies
 * in the page (so only findings and a little text cross to the background); the CLI builds the same
 * from a PageSnapshot. `evaluateFindings(facts, context)` in src/core/engine.ts turns it into a Verdict.
 */
export interface PageFacts {
  url: string;
  title: string;
  headings: string[];
  text: string;
  fields: FieldFinding[];
  /**
   * The page around a frame: the top document's title, headings and text, when this is a subframe that may
   * read it (same origin, an about:blank or srcdoc frame). What a person sees of a framed form is the top
   * page: its tab title, its heading, its story. The CLI never sets it (it loads no frames).
   */
  around?: SurroundingPage;
}

export interface SurroundingPage {
  title: string;
  headings: string[];
  text: string;
}
