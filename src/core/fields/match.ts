// Text and id/name into the forms the word lists match against (the text matcher is lexicon.ts).
//
// Text: characters that render as nothing dropped (银<U+200B>行卡号 → 银行卡号, core/text/invisible.ts), NFKC
// (full-width ＣＶＶ → cvv), traditional characters folded to simplified (銀行卡號 → 银行卡号,
// core/text/han-fold.ts), lower case, whitespace collapsed, spaces and dot-like separators between CJK characters
// dropped (银行 卡号, 验·证·码, 银行卡.号, 银⠀行 → 银行卡号, 验证码, 银行卡号, 银行).
// Attributes: camelCase and separators split into tokens ("ccExpMonth" → cc exp month), and the tokens
// joined again for substring cues ("card_number" → cardnumber).

import { foldFieldText } from '../text/han-fold';
import { dropInvisible } from '../text/invisible';

/**
 * Spaces and the separators a page puts between a label's characters so that a person still reads the word and a
 * word list does not: a full stop (．is . after NFKC), the middle dots and the bullet (U+00B7 ·, U+2027 ‧, U+30FB ・,
 * U+2022 •; written as themselves, as escapes weigh more in the scanner) and the braille blank U+2800, which draws
 * as a space but is no whitespace. Only between two CJK characters, where Chinese has no use for them inside a
 * word; the sentence marks (，。：) stay, as they end one label and start the next.
 */
const CJK_SPACE = /([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])[\s.·•‧\u2800・]+(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])/g;

const ASCII = /^[\x20-\x7e]*$/;

export function normalizeText(text: string): string {
  // Invisible characters, NFKC and the traditional-to-simplified fold only matter outside printable ASCII
  // (a zero-width space, full-width ＣＶＶ, compatibility forms, 銀行卡號).
  return (ASCII.test(text) ? text : foldFieldText(dropInvisible(text).normalize('NFKC'))).toLowerCase().replace(/\s+/g, ' ').replace(CJK_SPACE, '$1').trim();
}

/** id/name split into tokens and re-joined. */
export interface AttrForms {
  tokens: string[];
  compact: string;
}

/**
 * Where a new token starts inside a word: camelCase (ccExp), the end of an upper-case run (CVVCode) and a
 * change between letters and digits (txtYzm1). One pass, not one replace per rule.
 */
const BOUNDARY = /(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-zA-Z])(?=\d)|(?<=\d)(?=[a-zA-Z])/g;

/**
 * id/name as tokens and compact form. Not cached: it is one pattern pass per value, analyse runs only for
 * controls the classifier's memo has not seen, and a cache of every name kept thousands of objects alive.
 */
export function attrForms(...values: (string | null)[]): AttrForms {
  const tokens: string[] = [];
  const compact: string[] = [];
  for (const v of values) {
    if (!v) continue;
    const split = v.replace(BOUNDARY, ' ').toLowerCase().split(/[^a-z0-9]+/);
    for (const t of split) if (t && !/^\d+$/.test(t)) tokens.push(t);
    compact.push(split.join(''));
  }
  // '|' keeps id and name from running into each other.
  return { tokens, compact: compact.join('|') };
}
