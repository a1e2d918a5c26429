// Spaces between Chinese characters, dropped before page text is matched; and the dots and blanks a page puts there
// instead of spaces.
//
// Chinese is written without spaces, so a space between two Chinese characters is either a block boundary (the
// page text joins two elements side by side with one space) or a page spacing its words out so that word lists
// miss them: "您 的 快 递 丢 失 了", one character per element or typed that way. A person reads the same words
// either way. The field words do the same (core/fields/match.ts, in the content script, which keeps its own
// narrower rule). CJK punctuation and full-width forms count as Chinese here ("丢 失 了 ， 我 们" → "丢失了，我们");
// Latin, Korean and Japanese kana keep their spaces.
//
// A page can space its words with what is not whitespace to a regular expression and still reads as a space or a
// small dot to a person: the braille blank (U+2800, drawn empty), middle dots and bullets (您·的·快·递, 您•的•快•递),
// or a plain or full-width full stop (您.的.快.递). Between two Chinese characters none of them is part of a word:
// a middle dot there separates the parts of a transliterated name (约翰·史密斯, which then reads 约翰史密斯, harmless
// for matching), a full stop there ends a sentence, and a decimal point or a domain's dot stands between digits or
// Latin letters, which keep theirs. So they go as the spaces do; a full stop only alone between the two (您.的), so
// that "丢失了. 请…" keeps the sentence end the warning checks read (core/signals/warned-of.ts: a stop and a space).
// Not dashes, slashes or ellipses: they carry meaning (北京—上海, 男/女, 等等…), and a page spelling its words apart
// with stars or letters no longer reads as plain words to anyone.
//
// Linear: one left-to-right replace; a run of separators not followed by a Chinese character is read once from
// the character before it, and none of its own characters can start a match.

const HAN = '[\\u3001-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff01-\\uff60]';
/**
 * What stands for a space between two Chinese characters: whitespace, the braille blank, middle dots (Latin
 * U+00B7, Greek U+0387, katakana U+30FB and its half-width U+FF65, the hyphenation point U+2027, the word-separator
 * U+2E31, Canadian syllabics U+1427, Hangul U+318D), bullets and dot operators (U+2022, U+2219, U+22C5); or one full
 * stop (. or U+FF0E) alone.
 */
const SEPARATOR = '[\\s\\u2800\\u00b7\\u0387\\u30fb\\uff65\\u2027\\u2e31\\u1427\\u318d\\u2022\\u2219\\u22c5]';
const HAN_SPACE = new RegExp(`(${HAN})(?:${SEPARATOR}+|[.\\uff0e])(?=${HAN})`, 'g');

/**
 * `text` without the whitespace, and the blanks and dots that stand for it (see above), between two Chinese
 * characters (unchanged, and not copied, when there is none).
 */
export function joinSpacedHan(text: string): string {
  return text.replace(HAN_SPACE, '$1');
}
