// Number pads with no digit in the DOM. A fake refund page draws its "secure keyboard" on a <canvas> (fillText), or
// shows it as one <img> or <svg>, or as an element's CSS background image, and reads the key pressed from the
// click's coordinates; the password dots are empty divs. pin-pad.ts, which reads the keys' digits, sees nothing.
//
// So at a press (never on a plain scan) the pressed element, or one of the two above it (a transparent key over
// a background image), is taken for such a pad when all of these hold:
// - it is drawn: a canvas, an image, an svg, or an element with no text whose background is an image;
// - it has a pad's size and proportions (3 × 4 keys, from a phone's full-width keyboard to a small square pad):
//   a captcha image (about 100 × 40) is too small and too flat, a banner too wide;
// - the words just before it, up to a heading, ask for a password (the field words: 密码, 支付密码, password,
//   card PIN …) in a short line, with no visible form control between (a login form before a chart: its own
//   password input speaks for it);
// - the password dots are beside it (a row of 4–6 equal small boxes showing at most one character each), or it is
//   a canvas. An image needs the dots: a tutorial's screenshot of a payment app under "输入支付密码" is clicked
//   to enlarge it, and has no dots in the DOM; a page drawing even its dots on a canvas has only the canvas.
// The pad then joins the scans as pin-pad.ts's pads do: a numeric password box whose kind its words decide
// (银行卡密码 → card-pin, 登录密码 → password), and whose warning shows at a press. A captcha canvas next to
// 验证码 is no pad (no password word, no pad shape): it is a code a person reads, not a secret the page takes.
//
// It runs in the page readers (scanner/page-readers.ts), with pin-pad.ts: the password words and the text folding are
// the scanner's, handed over (pad-prompt.ts), so that the readers' bundle carries no word list.

/** How far up from the pressed element the drawn pad may be (a transparent key, its row, the pad). */
const DRAWN_LEVELS = 3;
/** How far up from the pad the words may be, and how many elements before it at each level are read. */
const PROMPT_LEVELS = 3;
const PROMPT_SIBLINGS = 6;
/** A prompt is a line, not an article. */
const PROMPT_TEXT_MAX = 60;
/** Transparent keys over a background image: a 3 × 4 pad, or 4 × 4 with a column of 删除/确定. */
const KEYS_MAX = 16;
const DRAWN_TAGS = new Set(['CANVAS', 'IMG', 'svg']);
const VISIBLE_CONTROL = 'input:not([type=hidden]),select,textarea';

/** What a pad's prompt is read with: the words that ask for a password, and the fold its text gets before. */
export interface PadPrompt {
  /** The password and card-PIN field words (pad-prompt.ts). */
  words: readonly string[];
  /** The text folding the word lists are written for (core/fields/match.ts normalizeText). */
  normalize(text: string): string;
}

/**
 * Whether `el` shows a picture rather than text: a canvas, an image, an svg, or a text-less element with a
 * background image (with a few transparent keys at most: a page region is not read).
 */
function isDrawn(el: Element): boolean {
  return (
    DRAWN_TAGS.has(el.tagName) ||
    (el.childElementCount <= KEYS_MAX && !el.textContent?.trim() && getComputedStyle(el).backgroundImage.includes('url('))
  );
}

/** Whether a box of this size can be a pad of 3 × 4 keys. */
function padShaped(el: Element): boolean {
  const { width, height } = el.getBoundingClientRect();
  return width >= 120 && height >= 90 && width <= 900 && height <= 600 && width <= height * 2.5 && height <= width * 2;
}

/** Whether `el` is a row of 4–6 password dots: equal small boxes, each showing at most one character (● once typed). */
function isDotRow(el: Element): boolean {
  const dots = el.childElementCount > 3 && el.childElementCount < 7 ? [...el.children] : [];
  const width = dots[0]?.getBoundingClientRect().width ?? 0;
  return (
    width > 3 &&
    width < 65 &&
    dots.every((dot) => !dot.childElementCount && dot.textContent!.trim().length < 2 && Math.abs(dot.getBoundingClientRect().width - width) < 2)
  );
}

/**
 * Whether what is just before `pad` asks for a password in a short line, with a row of dots there (the element
 * itself or a child) unless the pad is a canvas. Read from the pad and its parents up, nearest first, to a
 * heading or a form control.
 */
function asksBefore(pad: Element, prompt: PadPrompt): boolean {
  let asks = false;
  let dots = pad.tagName === 'CANVAS';
  let node: Element | null = pad;
  search: for (let level = 0; node && level < PROMPT_LEVELS; level++, node = node.parentElement) {
    for (let sibling = node.previousElementSibling, i = 0; sibling && i < PROMPT_SIBLINGS; i++, sibling = sibling.previousElementSibling) {
      // A form control: the words before it are its own (a login form before a chart), and its own scan reads them.
      if (sibling.matches(VISIBLE_CONTROL) || sibling.querySelector(VISIBLE_CONTROL)) break search;
      // A long text (an article, a script) is no prompt, and is read no further than its length: passed over, so
      // that a page cannot hide a prompt behind one.
      const raw = sibling.textContent!;
      const text = raw.length > PROMPT_TEXT_MAX * 4 ? raw : prompt.normalize(raw);
      if (text.length > PROMPT_TEXT_MAX) continue;
      dots ||= [sibling, ...sibling.children].some(isDotRow);
      asks ||= prompt.words.some((word) => text.includes(word));
      // A heading starts the pad's section (it may be the prompt itself): what is above it belongs to something
      // else, as a carousel's dots above a tutorial's "输入支付密码" and its screenshot do.
      if (/^H\d$/.test(sibling.tagName)) break search;
    }
  }
  return asks && dots;
}

/** Whether `el` (a pad found at a press) still has a drawn pad's look, for the scans after the press. */
export const isDrawnPad = (el: Element): boolean => padShaped(el) && isDrawn(el);

/** The drawn pad (see the header) `start` lies in, or null. */
export function drawnPadOf(start: Element | null, prompt: PadPrompt): Element | null {
  let el = start;
  for (let level = 0; el && level < DRAWN_LEVELS; level++, el = el.parentElement) {
    if (isDrawnPad(el)) return asksBefore(el, prompt) ? el : null;
  }
  return null;
}
