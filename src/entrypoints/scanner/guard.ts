// The scanner's work in one frame, once the gate (src/entrypoints/guard.content/gate.ts) let it run.
//
//   gate says go ─▶ run(hello) ─▶ scan (sensor + classify, in page) ─ cs-bg-scan ─▶ { level, warning plan }
//                                   ▲                                                  │ (the background injects
//                                   │ one debounced MutationObserver (document +       ▼  the warning UI first)
//                                   │ open shadow roots), URL changes, typed card   focusin on a warned field
//                                                                                    → anchored warning
//   gate says stop (site now trusted) or the script is invalidated ─▶ stop(removeUi)
//
// Listeners: focusin, input, keydown, paste, pageshow and pointerdown as the every-frame script hears them first, on
// the window (platform/early-events.ts: a page cannot stop them before they reach us), and a capturing focusin on
// every shadow root scanned. All react to trusted events only. Everything is removed by stop().
//
// Closed shadow roots: a focus that lands on an element with a closed root (the event names the host, not the
// field) makes the guard ask the browser for that root (platform/closed-shadow-root.ts) and the ones nested
// under it along the focus, then scan again with them. A form hidden that way is caught when someone is about
// to type in it. Before that, each scan asks only about the body and a few elements just under it, where a page
// drawn whole in a closed root has it. A box standing in for an input (contenteditable, or an
// element that calls itself a text box: sensor/editable.ts) is added to the scans the same way, when it takes a
// focus; what it shows is tested for a card number at each scan, as an input's value is at each input event.
// A number pad the page drew itself (sensor/pin-pad.ts, read by the page readers) is added when someone presses one
// of its keys, and scanned as a password box; its warning shows beside it once the scan is answered, and again at
// later keys.
import type { CsBgPageReaders, CsBgScan, HelloResponse, ScanResponse, WarnedField, WarningPlan } from '@/messaging/protocol';
import { closedShadowRootReader, followFocus, shallowClosedRoots, type ShadowRootReader } from '@/platform/closed-shadow-root';
import type { ScriptContext } from '@/platform/content-context';
import type { EarlyEvents } from '@/platform/early-events';
import { CONTROL_TAGS } from '@/sensor/collect-controls';
import { boxText, isBox, keyBoxAfter, keyBoxBefore } from '@/sensor/editable';
import { PAD_PROMPT } from '@/sensor/pad-prompt';
import { setSeenText, textOf } from '@/sensor/dom-text';
import { warningUi } from '@/warning-ui/api';
import { pageReadersApi, type PageReadersApi } from '../page-readers/api';
import type { PageReaders } from './page-readers';
import { scanPageSliced, yieldToPage } from './page-facts';
import { debounced } from './scheduler';
import { looksLikeCodeSms, looksLikeTypedCard, splitCard } from './typed-card';
import { watchUrl } from './url-watch';

const QUIET_MS = 300;
const MAX_WAIT_MS = 2000;
/** How long a scan that found a sensitive field waits for the page readers (one injection) before it goes without. */
const READERS_WAIT_MS = 1000;
const MARK = 'fanzha-guard:scan';
/**
 * Attribute changes that bring a re-scan: every attribute a control's snapshot reads (control-attrs.ts; a unit test
 * keeps the two lists together), aria-describedby (the name of a control nothing else names, snapshot.ts), a label's
 * `for`, and aria-hidden and tabindex, with which a decoy (locked and hidden from people, analyse.ts isDecoy) becomes
 * a real field when the page unlocks or shows it.
 */
export const WATCHED_ATTRIBUTES = [
  'type', 'name', 'id', 'autocomplete', 'inputmode', 'placeholder', 'maxlength', 'pattern', 'title', 'aria-label',
  'aria-labelledby', 'aria-describedby', 'hidden', 'style', 'readonly', 'disabled', 'for', 'aria-hidden', 'tabindex',
  'contenteditable', 'role',
];

const mark = (name: string): void => void (typeof performance.mark === 'function' && performance.mark(name));
const measure = (name: string, start: string): void => void (typeof performance.measure === 'function' && performance.measure(name, start));

/** The element the event really started on, through open shadow roots (a closed root's host, for one inside it). */
function origin(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
}

/**
 * What `el` holds for the typed-value checks: an input's or textarea's value, or the text of a box
 * (sensor/editable.ts); null for anything else. The caller tests it and drops it; nothing else is ever read.
 */
const held = (el: Element): string | null =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : isBox(el) ? boxText(el) : null;

/**
 * The last digit a field's `value` shows before its `caret` (before its end, without one: a box, a number input),
 * fullwidth folded (an input method in fullwidth mode types １２…), or undefined: a digit key's own digit there, once
 * the page had its task, is that key shown. A count of digits is not enough: a kit writes a wrong digit for each key and draws the
 * real number over the field (red-team round 6); a mask that shows the last digit and earlier ones as • is honest.
 */
const digitAtCaret = (value: string, caret: number | null | undefined): string | undefined =>
  value.slice(0, caret ?? undefined).match(/[0-9０-９](?=[^0-9０-９]*$)/)?.[0].normalize('NFKC');

/**
 * How many digits a field's `value` holds. A key is shown only when this went up by one with it as well: a kit that
 * writes each key at the caret and turns the earlier ones into •, X, spaces or anything else (or shows the last digit
 * alone) shows every key's digit there and keeps none (red-team rounds 8 and 10). Two honest fields show a key without one more
 * digit (red-team round 9, B3, B4): an amount box shifting digits in from the right (0.00, 0.01, 0.12, 1.25: AMOUNT)
 * and a search box completing a number inline (the rest of it selected after the caret).
 */
const digitsIn = (value: string | null): number => value?.match(/[0-9０-９]/g)?.length ?? 0;
const AMOUNT = /^[¥￥$]?\d+\.\d\d$/;

/**
 * Whether `el` shows the digit key `key` it took while holding `n` digits (digitAtCaret, digitsIn). What it holds is
 * read once: a box's text is a walk of its nodes.
 */
function shows(el: Element, key: string, n: number): boolean {
  // Nothing held (no field): no digit at the caret, so not shown.
  const value = held(el) ?? '';
  const { selectionStart: at, selectionEnd: end } = el as HTMLInputElement;
  // A completion: digits selected after the caret (a kit's • or spaces selected there are none).
  return digitAtCaret(value, at) === key && (digitsIn(value) === n + 1 || AMOUNT.test(value) || (end! > at! && /^\d+$/.test(value.slice(at!))));
}

/**
 * Digit keys not shown that make a card number: all 16 of the shortest but its first, which a mask shows (its
 * digit is there, one more than before) until the second key turns it into •. A mask over 15 keys or more
 * hides a card number, an honest card field's or a kit's.
 */
const CARD_DIGITS = 15;
/** Controls read again per focus or click (recheck). */
const RECHECK_MAX = 300;

/** The event comes from inside our warning (its host, by identity: a page can name its own elements anything). */
function fromOurWarning(event: Event): boolean {
  const ui = warningUi();
  return ui !== undefined && event.composedPath().some((node) => ui.isHost(node));
}

/** One frame's guard: the gate runs it (again after a re-check) and stops it. */
export interface Guard {
  /**
   * Starts (or restarts) watching and scanning; resolves after the first scan was sent. `pageText`: send the
   * page's headings and text even without a field, from now on (the background asked: a frame of another site
   * below asks for something).
   */
  run(hello: HelloResponse, pageText?: boolean): Promise<void>;
  /** Stops listening and observing; `removeUi` also removes the warning (the site is trusted now, or we unload). */
  stop(removeUi: boolean): void;
}

/**
 * Sends the frame's scan (or its request for the page readers) to the background and resolves with its answer
 * (rejects when there is none). The gate passes its own sender (messaging/client.ts): one copy of the messaging code
 * in a page, in guard.js.
 */
export interface SendScan {
  /** Its answer is not read: the readers are looked for once it settles. */
  (message: CsBgPageReaders): Promise<unknown>;
  (message: CsBgScan): Promise<ScanResponse>;
}

export function createGuard(
  ctx: ScriptContext,
  doc: Document,
  sendScan: SendScan,
  events: EarlyEvents,
  readShadowRoot: ShadowRootReader = closedShadowRootReader(),
): Guard {
  let running: AbortController | null = null;
  let observer: MutationObserver | null = null;
  let observedRoots = new WeakSet<Node>();
  /** Controls that received a typed card number. Elements only: the values were never kept. */
  const typedCards = new WeakSet<Element>();
  /** Controls that received a verification SMS (typed-card.ts looksLikeCodeSms), kept the same way. */
  const typedCodes = new WeakSet<Element>();
  /**
   * Trusted digit keys each element took without showing that digit at its caret, one more digit than it held before,
   * a task later or at the next key (digitAtCaret, digitsIn: settleDigit): a count, never which digits. An honest
   * field shows each key (a chat box cleared after each message too); a page
   * that takes the keys and draws them elsewhere (over an empty field, as letters its font draws as digits, on a
   * canvas, over a wrong digit it wrote for each key) does not. Not reset at a focus: a page can move the focus away
   * and back after every key. Reset at a letter, Enter or Tab (onKeyDown).
   */
  const keyed = new WeakMap<Element, number>();
  /**
   * Whether each control showed a digit when a scan first found it (an order number or an amount the page shows in a
   * read-only box: never re-read, recheck). Only that, never what it held. A digit, not any text: a kit pads its box
   * with invisible characters, or writes an instruction into it, before its "一键粘贴" button writes the number.
   */
  const firstShown = new WeakMap<Element, boolean>();
  let elements: Element[] = [];
  /** The elements of the last scan's findings. */
  let found = new Set<Element>();
  let plan: WarningPlan | undefined;
  let warned = new Map<Element, WarnedField>();
  let lastSent = '';
  let generation = 0;
  let typedCheck = true;
  let watchingUrl = false;
  /** The document's history entry changed since the last scan sent (url-watch.ts): the next one says so. */
  let moved = false;
  /** Kept once asked for: dropping the text again would take the page's claims away from the frame below. */
  let pageText = false;
  /**
   * Shadow roots shown to the guard by a focus, by host: closed ones, and open ones the scan's walk did not reach
   * (past its cap, MAX_SHADOW_ROOTS: a page can put thousands of empty roots before its form). Kept across re-checks
   * (they are the page's, not a run's).
   */
  const shownRoots = new Map<Element, ShadowRoot>();
  /** The open shadow roots the last scans walked. */
  const walkedRoots = new WeakSet<ShadowRoot>();
  /** Editable boxes that took a focus (or a typed card), kept the same way. */
  const boxes = new Set<Element>();
  /** Number pads someone pressed a key of (sensor/pin-pad.ts), kept the same way. */
  const pads = new Set<Element>();
  /** The pad pressed last, until a field takes the focus: its warning shows once the scan answers. */
  let pressedPad: Element | null = null;

  /** The scanner's own text reader, record and box test, for the page readers (scanner/page-readers.ts ScannerDom). */
  const dom = { textOf, setSeenText, isBox };
  /**
   * The background's injection of the page readers (src/entrypoints/page-readers/): asked for once a frame, again only
   * after it failed or left them missing. Resolves with them, or undefined.
   */
  let readersAsked: Promise<unknown> | undefined;
  const readersIn = (): Promise<unknown> =>
    (readersAsked ??= sendScan({ type: 'cs-bg-page-readers' }).then(
      () => pageReadersApi() ?? (readersAsked = undefined),
      () => (readersAsked = undefined),
    ));

  /**
   * The page readers for a scan: at once when they are in; else asked for and waited for, READERS_WAIT_MS at most.
   * Without them (refused, failed, late) the scan goes out with its fields and title; readers that come late bring
   * a full scan after it, and a failed request is made again at the next scan.
   */
  const readersForScan = async (): Promise<PageReaders | null> => {
    if (!pageReadersApi()) {
      const asked = readersIn();
      await Promise.race([asked, new Promise<void>((resolve) => ctx.setTimeout(resolve, READERS_WAIT_MS))]);
      if (!pageReadersApi()) void asked.then(() => running && pageReadersApi() && scheduler.poke(true));
    }
    return pageReadersApi()?.readers(dom) ?? null;
  };

  /**
   * Runs `use` with the page readers: at once when they are in, else once the background has put them into this
   * frame at this first need (never when that failed: the next need asks again).
   */
  const withReaders = (use: (readers: PageReadersApi) => unknown): void => {
    const readers = pageReadersApi();
    if (readers) return void use(readers);
    void readersIn().then(() => running && pageReadersApi() && withReaders(use));
  };

  /**
   * `field`'s labels and row as a person sees them (sensor/seen-text.ts), where that is not what the DOM says (a word
   * broken by hidden letters, drawn by CSS), are what the next scan reads. The reader is one of the page readers; the
   * read happens once they are in, and the scan after it.
   */
  const see = (field: HTMLInputElement): void => withReaders((readers) => readers.seeField(field, dom) && scheduler.poke(true));

  /** The shadow root under `host` the guard may look into: open, or closed and already shown. */
  const shadowOf = (host: Element): ShadowRoot | null => host.shadowRoot ?? shownRoots.get(host) ?? null;

  /**
   * The focused element itself, down from `start` through open shadow roots and the closed ones already shown.
   * With `ask`, a host whose root is neither is asked about (platform/closed-shadow-root.ts) and a closed root it
   * has is kept for the scans; a form field hosts no shadow root, so an ordinary focus asks nothing.
   */
  const focused = (start: Element | null, ask = false): Element | null =>
    followFocus(start, (el) => {
      let root = shadowOf(el);
      if (!root && ask && !CONTROL_TAGS.has(el.tagName)) {
        root = readShadowRoot(el);
        if (root) shownRoots.set(el, root);
      }
      return root;
    });

  /**
   * The element a focus landed on (`focused`, asking about closed roots), remembered when it shows the scan
   * something new: a closed root, an open one the walk did not reach, or a box (sensor/editable.ts). `news` says
   * whether it did.
   */
  const learn = (start: Element | null): { target: Element | null; news: boolean } => {
    const known = shownRoots.size;
    const target = focused(start, true);
    // In an open root the scans have not walked (past the cap): kept like a closed one.
    const root = target?.getRootNode() as Partial<ShadowRoot> | undefined;
    if (root?.host && !walkedRoots.has(root as ShadowRoot) && !shownRoots.has(root.host)) shownRoots.set(root.host, root as ShadowRoot);
    let news = shownRoots.size > known;
    if (isBox(target) && !boxes.has(target)) {
      boxes.add(target);
      news = true;
    }
    return { target, news };
  };

  const scheduler = debounced(() => void scan(), QUIET_MS, MAX_WAIT_MS, {
    setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
    clearTimeout: (id) => clearTimeout(id),
    now: () => Date.now(),
  });

  /** Maps the plan's control indices onto the current elements. */
  const remap = (): void => {
    warned = new Map();
    for (const field of plan?.fields ?? []) {
      const element = elements[field.index];
      if (element) warned.set(element, field);
    }
  };

  /** Shows the anchored warning at `target` when the plan warns about it and it does not show already. */
  const warnAt = (target: Element | null): void => {
    const field = target ? warned.get(target) : undefined;
    const ui = warningUi();
    if (target && field && plan && ui && !ui.isShowingFor(target)) ui.showFieldWarning(target, plan, field);
  };

  const warnIfFocused = (): void => {
    // A pad takes no focus: the one pressed last stands in for the focused field. It was pressed after that
    // field's focus (a focus elsewhere forgets it), so it is where the person is now.
    if (pressedPad && warned.has(pressedPad)) return warnAt(pressedPad);
    warnAt(focused(doc.activeElement));
  };

  /** A scan in progress (sliced: it spans several tasks), and whether a change asked for another meanwhile. */
  let scanning = false;
  let scanAgain = false;

  async function scan(): Promise<void> {
    if (!running || ctx.isInvalid) return;
    if (scanning) {
      scanAgain = true;
      return;
    }
    scanning = true;
    try {
      await scanOnce();
    } catch {
      // A page built to break the sensor (or a bug of ours) costs this one scan, never the guard: the run still
      // ends, a scan asked for meanwhile still happens below, and the page's next change is scanned as usual.
    } finally {
      scanning = false;
    }
    // Changes came during the scan: look again (scan() itself checks that the guard still runs).
    if (scanAgain) {
      scanAgain = false;
      scheduler.poke(true);
    }
  }

  async function scanOnce(): Promise<void> {
    const mine = generation;
    const wanted = (): boolean => mine === generation && running !== null && !ctx.isInvalid;
    // Chrome made the background forget the tab at a history change, as at a new page: flagged, the scan tells it
    // this is still the same document, whose frames below are the ones it knew (handlers.ts puts them back). Taken
    // at the start: a change during this scan is the next scan's (scan() runs one after).
    const sameDocument = moved;
    moved = false;
    // Timed in the page's own performance timeline so the benchmark can read 'fanzha-guard:scan' entries
    // (start to end, the pauses between slices included).
    mark(`${MARK}:start`);
    // A host the page has removed holds nothing to scan, and is not kept alive by us either.
    for (const host of shownRoots.keys()) if (!host.isConnected) shownRoots.delete(host);
    // A page drawn whole in a closed root is scanned without waiting for a focus (platform/closed-shadow-root.ts).
    shallowClosedRoots(doc.body, readShadowRoot, shownRoots);
    // Nor is a box the page took away or made read-only again, or a pad it took away or redrew as something else.
    for (const box of boxes) if (!box.isConnected || !isBox(box)) boxes.delete(box);
    // (Pads come from the page readers, which stay once in: with none in, there is no pad.)
    const readers = pageReadersApi()?.readers(dom);
    for (const pad of pads) if (!pad.isConnected || !readers?.isPad(pad)) pads.delete(pad);
    // A box the page draws typed digits into itself fires no input event: what it shows is tested here (read,
    // tested, dropped), as an input's value is at each key.
    if (typedCheck) for (const box of boxes) typedNews(box, boxText(box as HTMLElement));
    const result = await scanPageSliced(doc, location.href, typedCards, {
      codes: typedCodes,
      pause: () => yieldToPage((handler, ms) => ctx.setTimeout(handler, ms)),
      wanted,
      closedRoots: [...shownRoots.values()],
      boxes: [...boxes],
      pageText,
      pads: [...pads],
      readers: readersForScan,
    });
    if (!result || !wanted()) return;
    measure(MARK, `${MARK}:start`);
    elements = result.elements;
    for (const el of elements) if (!firstShown.has(el)) firstShown.set(el, /\d/.test(held(el) ?? ''));
    found = new Set(result.facts.fields.map((field) => elements[field.index]!));
    remap();
    // The scan found the open shadow roots already (and took the closed ones it was shown): observe the new
    // ones without walking the tree again.
    for (const root of result.roots) {
      observe(root);
      walkedRoots.add(root);
    }
    const key = JSON.stringify(result.facts);
    // After a history change it is sent even unchanged (a replaceState to the same URL): the background forgot the tab.
    if (key === lastSent && !sameDocument) return;
    lastSent = key;
    try {
      const answer = await sendScan({ type: 'cs-bg-scan', facts: result.facts, sameDocument });
      if (mine !== generation || !running) return;
      plan = answer.warning;
      remap();
      if (!plan) warningUi()?.hideFieldWarning();
      else warnIfFocused();
    } catch {
      lastSent = ''; // the background did not take it (restarting, extension reloaded): try again on the next change
    }
  }

  /** Focus events seen already: one may reach both the document's listener and a shadow root's. */
  const seenFocus = new WeakSet<Event>();

  const onFocusIn = (event: FocusEvent): void => {
    if (!event.isTrusted || seenFocus.has(event) || fromOurWarning(event)) return;
    seenFocus.add(event);
    const { target, news } = learn(origin(event));
    // The focus moved on, maybe by the page's script once it had written what it took (recheck).
    recheck();
    // A key of the pad pressed last took the focus (a pad drawn with buttons): the pad's warning stays.
    if (pressedPad && target && pressedPad.contains(target)) return;
    pressedPad = null;
    // A field in a closed root, or a box, the guard had not seen: scan again with it; the warning
    // follows the answer.
    if (news) scheduler.poke(true);
    // A field that can take a number, in which the scan found nothing: read as shown (see), scanned again where that differs.
    if (target instanceof HTMLInputElement && /^(text|password|tel|number)$/.test(target.type) && !found.has(target)) see(target);
    const field = target ? warned.get(target) : undefined;
    const ui = warningUi();
    if (!ui) return;
    if (target && field && plan) ui.showFieldWarning(target, plan, field);
    else ui.hideFieldWarning();
  };

  /**
   * The typed-value checks of `el` on `text` (what it holds, or what was pasted into it: tested here, then dropped):
   * a card number (typed-card.ts), or a card number's worth of digit keys it did not show (keyed), or the last of the
   * boxes of one row a card number was typed across (splitCard: all of them become card fields); a verification
   * SMS. True when that makes `el` newly a card-number or an otp field.
   */
  const typedNews = (el: Element, text: string | null): boolean => {
    if (text === null) return false;
    const card = !typedCards.has(el) && (looksLikeTypedCard(text) || (keyed.get(el) ?? 0) >= CARD_DIGITS || splitCard(el, typedCards)) && !!typedCards.add(el);
    return (!typedCodes.has(el) && looksLikeCodeSms(text) && !!typedCodes.add(el)) || card;
  };

  /**
   * The typed-value checks of one element (typedNews on what it holds, or on `text`). At each trusted input event
   * and paste; and, since a page can take every key itself (beforeinput cancelled, the digits added by its script:
   * no input event ever fires), a task after each trusted keydown, once the page has written the key, and at each
   * pointerdown, for the field keeping the focus (a paste the page took, before the click that sends it).
   */
  const checkTyped = (target: Element | null, text?: string | null): void => {
    if (!typedCheck || !target || warned.get(target)?.kind === 'card-number' || !typedNews(target, text ?? held(target))) return;
    // A box typed into before its focus was seen (the guard started after it) is scanned from now on.
    if (isBox(target)) boxes.add(target);
    scheduler.poke(true);
  };

  /**
   * Every control the last scan found nothing in, checked again (checkTyped) at a trusted focus, pointerdown and Enter: a
   * page can write what it took later, into a field that no longer has the focus (a paste it cancelled, keys it
   * delayed, a "一键粘贴卡号" button reading the clipboard into a read-only box, red-team round 6). A hidden input is
   * no field a person fills; a read-only or disabled one that showed a digit when first found holds what the page
   * put there (an order number it shows: firstShown). At most RECHECK_MAX of those that hold something, in page
   * order: this runs on every click, and a page of thousands of filled controls is no kit; empty ones cost a read
   * and do not count (a kit's 300 hidden empty inputs before its form used the bound up).
   */
  const recheck = (): void => {
    let n = 0;
    for (const el of elements) {
      const input = el as HTMLInputElement;
      const value = !found.has(el) && input.type !== 'hidden' && held(el);
      if (!value || ((input.readOnly || input.disabled) && firstShown.get(el))) continue;
      if (++n > RECHECK_MAX) break;
      checkTyped(el, value);
    }
  };

  /** A trusted paste: what it brings is tested too (read, tested, dropped), whatever the page then does with it. */
  const onPaste = (event: ClipboardEvent): void => {
    if (event.isTrusted) checkTyped(focused(origin(event)), event.clipboardData?.getData('text'));
  };

  // Inside a known closed root the event names the host; the field being typed into is the focused one.
  const onInput = (event: Event): void => void (event.isTrusted && checkTyped(focused(origin(event))));

  /**
   * A key pressed on a number pad the page drew (sensor/pin-pad.ts): a new pad joins the scans; a pad already
   * warned about shows its warning, as a field does at its focus. The pad is found from the element pressed, by the
   * page readers: the frame's first press asks for them, and the pad is looked for once they are in (a pad is a
   * password field: its scan would wait for them anyway). Which key it was is not kept.
   */
  const onPointerDown = (event: Event): void => {
    if (!event.isTrusted || fromOurWarning(event)) return;
    // The last digit key's second look (settleDigit), before the click moves the caret or the focus.
    checkTyped(settleDigit());
    checkTyped(focused(doc.activeElement));
    recheck();
    const start = origin(event);
    withReaders((readers) => {
      const pad = readers.readers(dom).padOf(start, PAD_PROMPT);
      if (!pad) return;
      pressedPad = pad;
      if (pads.has(pad)) return warnAt(pad);
      pads.add(pad);
      scheduler.poke(true);
    });
  };

  /**
   * A trusted key on the focused element, looked at again a task later, once every page listener had its say: a
   * digit key taken by an element that is no field makes it a box (sensor/editable.ts key boxes), which joins the
   * scans; a digit key that `el` does not show at its caret is counted (keyed); and the typed-value checks run
   * (checkTyped). Enter re-reads every field at once (recheck).
   */
  const onKeyDown = (event: Event): void => {
    if (!event.isTrusted) return;
    const start = origin(event);
    const el = focused(start);
    if (!el) return;
    const { key } = event as KeyboardEvent;
    // Enter sends a form with no focus change or click: every field is read again now, as at those, before the page
    // hears the key (the early listener runs first).
    if (key === 'Enter') recheck();
    // The key before is settled first: the page has had its listeners for it, and not yet for this one.
    checkTyped(settleDigit());
    // What the count is about ends at a letter, Enter or Tab: a web input method's digit keys pick a candidate after
    // letters, a spreadsheet drawn on a canvas commits its cell with Enter or Tab, and a card number typed into a
    // kit's box has none of them in its middle (red-team round 8, B2). A key an input method composes is no digit typed.
    if (/^(Enter|Tab|[a-z])$/i.test(key)) keyed.delete(el);
    const digit = /^\d$/.test(key) && !(event as KeyboardEvent).isComposing ? { el, key, n: digitsIn(held(el)) } : null;
    pendingDigit = digit;
    const before = keyBoxBefore(el, event as KeyboardEvent);
    ctx.setTimeout(() => {
      if (before !== null) {
        keyBoxAfter(el, event as KeyboardEvent, before);
        if (learn(start).news) scheduler.poke(true);
      }
      // Counted or not, the key's element is checked once (settleDigit's element is `el`).
      if (digit && pendingDigit === digit) settleDigit();
      checkTyped(el);
    }, 0);
  };

  /**
   * The last digit key, with how many digits its element held before it (`n`): looked at a task after its keydown,
   * and again at the next trusted keydown or pointerdown, and counted in keyed at the first look that finds it not
   * shown (its digit not at the caret, or the digits not one more than `n`, but in an amount or a completion): then
   * its element is returned, for the caller to check (checkTyped: the key's own task checks it anyway, so that check
   * was done twice). Keys typed fast (a busy machine, an input tool) arrive before the first key's task runs: the next
   * key looks at it. The second look is for a page that takes the digit away later (a timer moves it out of the field,
   * red-team round 8): by a person's next key the page has had its timers.
   */
  let pendingDigit: { el: Element; key: string; n: number } | null = null;
  function settleDigit(): Element | null {
    const p = pendingDigit;
    if (!p || shows(p.el, p.key, p.n)) return null;
    pendingDigit = null;
    keyed.set(p.el, (keyed.get(p.el) ?? 0) + 1);
    return p.el;
  }

  const onPageShow = (event: PageTransitionEvent): void => {
    if (!event.isTrusted || !event.persisted) return;
    lastSent = ''; // back from the back/forward cache: the background forgot this tab on navigation
    scheduler.poke(true);
  };

  /**
   * The focus, input and pageshow subscriptions. Again is harmless: none is there twice.
   * The window's own early listeners are added again too: a document.open() before this run (a blank frame the
   * page wrote into) or during it removed every listener on the window.
   */
  function listen(): void {
    if (!running) return;
    events.relisten();
    events.on('focusin', onFocusIn as (event: Event) => void, running.signal);
    events.on('input', onInput, running.signal);
    events.on('pageshow', onPageShow as (event: Event) => void, running.signal);
    events.on('pointerdown', onPointerDown, running.signal);
    events.on('keydown', onKeyDown, running.signal);
    // On the window, first: a kit stops the paste there so that only its own script sees it (red-team round 6).
    events.on('paste', onPaste as (event: Event) => void, running.signal);
  }

  const onMutations = (records: MutationRecord[]): void => {
    // The document's own children changed: document.open() (a page rewriting itself) removed every listener on
    // the window and the document, ours too.
    if (records.some((record) => record.target === doc)) listen();
    // Our own warning host being attached or re-styled is not a page change.
    const ui = warningUi();
    const ours =
      ui !== undefined &&
      records.every(
        (record) =>
          ui.isHost(record.target) ||
          (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every((node) => ui.isHost(node))),
      );
    if (!ours) scheduler.poke();
  };

  function observe(root: Node): void {
    if (!observer || !running || observedRoots.has(root)) return;
    observedRoots.add(root);
    // characterData: frameworks change a label's text in place (a wizard's step 2 reusing step 1's box).
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    // Focus moving from one field to another inside the same shadow root never reaches the document: there the
    // event's target and related target would both be the host, and the browser stops it at the root. So each
    // shadow root the guard scans gets its own focus listener.
    if (root !== doc) root.addEventListener('focusin', onFocusIn as EventListener, { capture: true, passive: true, signal: running.signal });
  }

  function stop(removeUi: boolean): void {
    generation++;
    running?.abort();
    running = null;
    observer?.disconnect();
    observer = null;
    observedRoots = new WeakSet();
    scheduler.cancel();
    scanAgain = false;
    plan = undefined;
    warned = new Map();
    elements = [];
    found = new Set();
    pressedPad = null;
    lastSent = '';
    if (removeUi) warningUi()?.hideAll();
    else warningUi()?.hideFieldWarning();
  }

  async function run(hello: HelloResponse, withPageText = false): Promise<void> {
    stop(false);
    if (ctx.isInvalid) return;
    pageText ||= withPageText;
    typedCheck = hello.domainKind !== 'official' && hello.domainKind !== 'trusted';
    running = new AbortController();
    // Watched from the first time the gate lets the guard run (never on official/trusted sites: in browsers
    // without the Navigation API it is a poll every second), and kept: a later re-check may run it again.
    if (!watchingUrl) {
      watchingUrl = true;
      watchUrl(window, ctx, () => {
        if (!running) return;
        moved = true;
        scheduler.poke(true);
      });
    }
    listen();
    observer = new MutationObserver(onMutations);
    observe(doc);
    // A focus from before the guard ran (the one that started it early, or autofocus) is looked at too.
    learn(doc.activeElement);
    await scan();
  }

  return { run, stop };
}
