// Look-alike code points folded to the characters they stand for, before page text is matched.
//
// Two kinds reach us. Full-width Latin letters and digits are ordinary Chinese typing (an input method in
// full-width mode writes ＥＴＣ, ＶＩＰ, ＱＱ, ２４小时), and a pattern that says "etc" or "[2-9]倍" should read them.
// Kangxi radicals and CJK compatibility ideographs draw as the common characters (⽀ is 支, ⾦ is 金) and are
// how spam dodges word lists: "⽀付宝". NFKC maps both to what a person reads. Only these: NFKC would also turn
// the full-width punctuation that the patterns end their sentences and clauses on (，！？：) into ASCII.

const COMPAT = /[\u2e80-\u2fdf\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]|\ud87e[\udc00-\ude1f]/;
const COMPAT_ALL = new RegExp(COMPAT.source, 'g');

/** `text` with full-width letters and digits, Kangxi radicals and compatibility ideographs in their common forms. */
export function foldCompatForms(text: string): string {
  return COMPAT.test(text) ? text.replace(COMPAT_ALL, (c) => c.normalize('NFKC')) : text;
}
