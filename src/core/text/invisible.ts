// Characters that take no space on the screen, dropped before matching.
//
// A fake page can write its label as 银<U+200B>行<U+200B>卡<U+200B>号: a person reads 银行卡号, a word list
// does not. The same goes for soft hyphens, joiners, direction marks, variation selectors, the byte-order mark
// and the Hangul fillers. NFKC leaves all of them in place, so they are removed here (Unicode's "default
// ignorable" code points, the ones a browser draws as nothing). What is shown to people keeps them.

const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\ud82f[\udca0-\udca3]|\ud834[\udd73-\udd7a]|\udb40[\udc00-\udfff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** `text` without the characters that render as nothing (unchanged, and not copied, when it has none). */
export function dropInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}
