// One control on its own: word evidence, then the autocomplete token, the format (type, inputmode,
// maxlength, pattern), the send-code button and the captcha rule, then a first choice of kind.
import type { ControlSnapshot, FieldKind } from '../types';
import { autocompleteCue } from './autocomplete';
import { codeCues, isImageCaptcha, type CodeCues } from './captcha';
import { add, type Evidence, labelSources, wordEvidence } from './evidence';
import { KIND_ORDER, SENSITIVE_KINDS } from './kinds';
import { scanText } from './lexicon';
import { attrForms } from './match';
import { carriedKind } from './carriers';
import { CARD_PHOTO_REASON, SMS_MESSAGE_REASON } from './carrier-reasons';
import { IGNORED_TYPES } from './words';

export interface ControlState {
  c: ControlSnapshot;
  ev: Evidence;
  code: CodeCues;
  /** Digits only: inputmode numeric/tel, type number/tel, or a digit pattern. */
  numeric: boolean;
  /** A select whose first options read as months (01–12, Jan…) or as years ahead. */
  monthOptions: boolean;
  yearOptions: boolean;
  /** The page's autocomplete says this is an ordinary field (name, address, email…). */
  ordinary: boolean;
  /** Kinds an excluded word ruled out: context never brings them back. */
  excluded: ReadonlySet<FieldKind>;
  kind: FieldKind | null;
  /** Set by split-boxes.ts on every box of a recognised group: the indices of all its boxes, in order. */
  boxes?: number[];
  /**
   * Set by split-boxes.ts on the single-character boxes behind a paste box (a box the page declares to take
   * the whole value): the paste box is the field and speaks for them, so they are not reported on their own.
   */
  shownBy?: number;
  /**
   * `ev` is shared with the classifier's memo (or another state): call writableEvidence (card-context.ts) before
   * changing it.
   * Set on memo hits (classify.ts), so a re-scan copies only the evidence that split boxes or card context
   * change.
   */
  shared?: boolean;
}

const IGNORED = new Set(IGNORED_TYPES);
const THRESHOLD = 3;
const DIGIT_PATTERN = /^\^?(\\d|\[0-9\])/;
/** Pages set maxlength=2147483647 or 524288 to mean "no limit". */
const NO_LIMIT = 64;
const MONTH_OPTION = /^(0?[1-9]|1[0-2])$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|^[0-9]{1,2}月$/i;
/** A placeholder that shows a 3–4 digit code (000, 123, •••): how CVV boxes often look. */
const CVV_PLACEHOLDER = /^(\d{3,4}|[•*x·]{3,4})$/i;
/**
 * A placeholder drawn as a whole card number: four groups of four (0000 0000 0000 0000, 1234-5678-9012-3456,
 * •••• •••• •••• ••••), maybe a short fifth for a 19-digit card. It shows the person what to type even when the
 * field has no words at all. No other number people type looks like it: a phone number is 11 digits, an ID
 * number 18 in other groups. X masks count only with spaces: "XXXX-XXXX-XXXX-XXXX" is as often a licence key.
 */
const MASK = '[\\d•●*·]';
const MASK_X = '[\\dx•●*·]';
const CARD_NUMBER_PLACEHOLDER = new RegExp(
  // Digits or dots, one separator throughout (\1) | digits, dots or X, spaces only.
  `^(?:${MASK}{4}([ -])${MASK}{4}\\1${MASK}{4}\\1${MASK}{4}(?:\\1${MASK}{1,3})?|(?:${MASK_X}{4} ){3}${MASK_X}{4}(?: ${MASK_X}{1,3})?)$`,
  'i',
);
/** Ids/names of fields that hold who the user is, where a send-code button sends the code *to*. */
const RECIPIENT_TOKENS = new Set(['user', 'username', 'email', 'mail', 'login', 'account', 'phone', 'mobile', 'tel', 'msisdn', 'name', 'sjh', 'shouji']);

/** autocomplete values pages use to bait autofill into a decoy ("fake-cc-number", "honeypot"). */
const DECOY_AUTOCOMPLETE = /\b(?:fake|decoy|honeypot|bait|dummy)\b/;

/**
 * A decoy no one can type into: readonly or disabled, and hidden from people (aria-hidden, a 0–1 px
 * tabindex=-1 box) or labelled a fake for autofill. A plain readonly box still counts: a scam page can set
 * readonly and remove it on click.
 */
export function isDecoy(c: ControlSnapshot): boolean {
  return (c.readOnly === true || c.disabled === true) && (c.hiddenFromPeople === true || DECOY_AUTOCOMPLETE.test(c.autocomplete));
}

/** The longest label a text area may have and still be read as a field: a name, not an instruction. */
const TEXTAREA_LABEL_MAX = 12;

/**
 * A text area is a comment or message box, and its text around is never read (snapshot.ts). But a page can ask
 * for a code or a card number in one just as well: one whose own label, placeholder or aria-label is a short
 * name ("短信验证码", "银行卡号") is read like a text input. A long one ("请描述问题，勿填写密码、验证码") is an
 * instruction on a message box, and stays out.
 */
function namedTextarea(c: ControlSnapshot): boolean {
  const name = c.labelText || c.ariaLabel || c.placeholder;
  return name.length > 0 && [...name].length <= TEXTAREA_LABEL_MAX;
}

/**
 * Controls that can never hold a card number, card code or one-time code. Except a text area, however long its
 * label, that asks for the SMS received, and a file upload that asks for a photo of a bank card (carriers.ts).
 */
export function isIgnored(c: ControlSnapshot): boolean {
  const plain = (c.tag === 'textarea' && !namedTextarea(c)) || (c.tag === 'input' && IGNORED.has(c.type));
  return (plain && !carriedKind(c)) || isDecoy(c);
}

function yearLike(options: readonly string[]): boolean {
  // Expiry years run from about now forwards; birth years run backwards from long ago.
  const years = options.map((o) => Number.parseInt(o.trim(), 10)).filter((n) => n >= 2000 && n <= 2100);
  const short = options.map((o) => o.trim()).filter((o) => /^\d{2}$/.test(o)).map(Number).filter((n) => n >= 15 && n <= 60);
  if (years.length >= 2) return years[1]! > years[0]!;
  return short.length >= 3 && short[1]! > short[0]!;
}

export function analyse(c: ControlSnapshot): ControlState {
  const attr = attrForms(c.id, c.name);
  const texts = labelSources(c);
  const button = scanText(c.buttonText);
  const { ev, excluded } = wordEvidence(texts, attr, c.name ?? c.id ?? '');
  const code = codeCues(c, [...texts.label, texts.nearby], attr, button);
  const numeric =
    c.inputmode === 'numeric' || c.inputmode === 'tel' || c.inputmode === 'decimal' || c.type === 'number' || c.type === 'tel' || DIGIT_PATTERN.test(c.pattern);
  const state: ControlState = {
    c,
    ev,
    code,
    numeric,
    monthOptions:
      c.tag === 'select' &&
      c.options.filter((o) => MONTH_OPTION.test(o.trim())).length >= 3 &&
      !c.options.some((o) => /^0+$/.test(o.trim())),
    yearOptions: c.tag === 'select' && yearLike(c.options),
    ordinary: false,
    excluded,
    kind: null,
    // Written here so every state has one shape (classify.ts copies states from its memo).
    shared: false,
  };
  const carried = carriedKind(c);
  if (carried) add(ev, carried, 10, { code: carried === 'otp' ? SMS_MESSAGE_REASON : CARD_PHOTO_REASON }, true);
  const ac = autocompleteCue(c.autocomplete);
  if (ac?.kind) {
    // Pages also misuse autocomplete to switch autofill off ("one-time-code" on a name field): a label
    // that plainly names an ordinary field wins over the token when nothing else backs the token.
    const ordinaryLabel = texts.label.some((t) => t.has('ordinary'));
    const backed = (ev[ac.kind]?.strong ?? false) || !ordinaryLabel;
    if (backed) add(ev, ac.kind, 10, { code: 'autocomplete', detail: ac.token }, true);
  }
  if (ac?.ordinary) state.ordinary = true;
  const recipient = attr.tokens.some((t) => RECIPIENT_TOKENS.has(t)) || /\+\d/.test(c.placeholder);
  applyFormat(state, button.get('apply') ?? null, recipient);
  state.kind = choose(state);
  return state;
}

function applyFormat(s: ControlState, apply: string | null, recipient: boolean): void {
  const { c, ev, code } = s;
  const ml = c.maxLength !== null && c.maxLength > NO_LIMIT ? null : c.maxLength;
  const placeholder = c.placeholder.trim();
  if (CARD_NUMBER_PLACEHOLDER.test(placeholder) && !s.excluded.has('card-number')) {
    add(ev, 'card-number', 3, { code: 'placeholder', detail: placeholder }, true);
  }
  const card = ev['card-number'];
  if (card) {
    if (ml !== null && ml >= 13 && ml <= 23) add(ev, 'card-number', 1, { code: 'format', detail: `maxlength=${ml}` });
    // Too short to hold a whole card number (unless split boxes, which are grouped later).
    if (ml !== null && ml <= 11) card.score -= 3;
    if (s.numeric && card.score > 0) add(ev, 'card-number', 1, { code: 'format', detail: 'digits' });
    // A weak cue (name=kh, "Card") on a digits-only box sized for 16–19 digits is a card number.
    if (s.numeric && ml !== null && ml >= 16 && ml <= 23) card.strong = true;
  }
  const cvv = ev['card-cvv'];
  if (cvv) {
    if (ml === 3 || ml === 4) add(ev, 'card-cvv', 1, { code: 'format', detail: `maxlength=${ml}` });
  }
  const pin = ev['card-pin'];
  if (pin) {
    const short = ml !== null && ml >= 4 && ml <= 6;
    if (c.type === 'password') add(ev, 'card-pin', 1, { code: 'input-type', detail: 'password' });
    if (short) add(ev, 'card-pin', 1, { code: 'format', detail: `maxlength=${ml}` });
    // "PIN" alone is a word many codes use; a hidden 4–6 digit box makes it a card PIN.
    const textPin = pin.reasons.some((r) => r.code !== 'attribute' && r.detail === 'pin');
    const textAny = pin.reasons.some((r) => r.code !== 'attribute' && r.code !== 'format' && r.code !== 'input-type');
    // 密码 in a login form is a password; in a 6-digit box it is a payment/card PIN.
    if ((textPin && c.type === 'password') || (textAny && short && (s.numeric || c.type === 'password'))) {
      pin.strong = true;
      pin.score += 1;
    }
    if (code.sms) pin.score -= 2;
  }
  if (CVV_PLACEHOLDER.test(placeholder) && !s.excluded.has('card-cvv')) add(ev, 'card-cvv', 1, { code: 'placeholder', detail: c.placeholder });
  // The send-code button sits beside the code field, or beside the phone/user field the code goes to.
  if (code.sendButton && !ev.phone && !recipient) add(ev, 'otp', 3, { code: 'send-code-button', detail: code.sendButton }, true);
  const otp = ev.otp;
  if (otp) {
    if (code.sms) add(ev, 'otp', 2, { code: 'sms-text', detail: code.sms });
    if (ml !== null && ml >= 4 && ml <= 8) {
      add(ev, 'otp', 1, { code: 'format', detail: `maxlength=${ml}` });
      // "Enter the code" on a short digits-only box reads as a sent code.
      if (s.numeric && !otp.strong && otp.reasons.some((r) => r.code !== 'attribute' && r.code !== 'format')) {
        otp.strong = true;
        otp.score += 1;
      }
    }
    if (isImageCaptcha(code) && otp.reasons[0]?.code !== 'autocomplete') ev.otp = undefined;
  }
  const expiry = ev['card-expiry'];
  if (expiry && (s.monthOptions || s.yearOptions)) add(ev, 'card-expiry', 1, { code: 'select-options', detail: s.monthOptions ? 'months' : 'years' });
  if (c.type === 'password') add(ev, 'password', 3, { code: 'input-type', detail: 'password' });
  if (c.type === 'tel' && ev.phone) add(ev, 'phone', 1, { code: 'input-type', detail: 'tel' });
  if (c.type === 'month' && expiry) add(ev, 'card-expiry', 1, { code: 'input-type', detail: 'month' });
  if (apply) {
    // An "Apply"/"Redeem" button: the field takes a voucher or gift-card code.
    for (const k of ['card-number', 'card-cvv', 'card-pin', 'otp'] as const) ev[k] = undefined;
  }
  if (c.tag === 'select') {
    // A select can be an expiry month or year; it is never a typed number or code.
    for (const k of KIND_ORDER) if (k !== 'card-expiry' && ev[k]) ev[k] = undefined;
  }
  if (s.ordinary) {
    for (const k of SENSITIVE_KINDS) {
      const e = ev[k];
      if (e && e.reasons[0]?.code !== 'autocomplete') e.score -= 4;
    }
  }
}

/** The best sensitive kind at or over the threshold; else the best other kind; else none. */
export function choose(s: ControlState): FieldKind | null {
  if (isIgnored(s.c)) return null;
  // A named text area counts only for what this extension guards (a card, its password, a code): read as a phone
  // or a password box it would change nothing for the better.
  return s.c.tag === 'textarea' ? best(s.ev, true) : (best(s.ev, true) ?? best(s.ev, false));
}

/** The highest-scoring strong kind at or over the threshold among the sensitive (or the other) kinds. */
function best(ev: Evidence, sensitive: boolean): FieldKind | null {
  let top: FieldKind | null = null;
  for (let i = 0; i < KIND_ORDER.length; i++) {
    const k = KIND_ORDER[i]!;
    const e = ev[k];
    // Weak words alone never fire, however many: a lone `code` or `pin` is not enough.
    if (e && e.strong && e.score >= THRESHOLD && SENSITIVE_KINDS.has(k) === sensitive && (!top || e.score > ev[top]!.score)) top = k;
  }
  return top;
}
