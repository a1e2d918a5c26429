// Characters that take no space on the screen, dropped before matching.
//
// A fake page can write its label as 银<U+200B>行<U+200B>卡<U+200B>号: a person reads 银行卡号, a word list
// does not. The same goes for soft hyphens, joiners, direction marks, variation selectors, the byte-order mark
// and the Hangul fillers. NFKC leaves all of them in place, so they are removed here (Unicode's "default
// ignorable" code points, the ones a browser draws as nothing). What is shown to people keeps them.

// \p{DI} is that property: the list the browser's own Unicode tables give (with the code points still unassigned).
const INVISIBLE = /\p{DI}/u;
const INVISIBLE_ALL = /\p{DI}/gu;

/** `text` without the characters that render as nothing (unchanged, and not copied, when it has none). */
export function dropInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}
