// Spaces between Chinese characters, dropped before page text is matched.
//
// Chinese is written without spaces, so a space between two Chinese characters is either a block boundary (the
// page text joins two elements side by side with one space) or a page spacing its words out so that word lists
// miss them: "您 的 快 递 丢 失 了", one character per element or typed that way. A person reads the same words
// either way. The field words do the same (core/fields/match.ts, in the content script, which keeps its own
// narrower rule). CJK punctuation and full-width forms count as Chinese here ("丢 失 了 ， 我 们" → "丢失了，我们");
// Latin, Korean and Japanese kana keep their spaces.

const HAN = '[\\u3001-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff01-\\uff60]';
const HAN_SPACE = new RegExp(`(${HAN})\\s+(?=${HAN})`, 'g');

/** `text` without the whitespace between two Chinese characters (unchanged, and not copied, when there is none). */
export function joinSpacedHan(text: string): string {
  return text.replace(HAN_SPACE, '$1');
}
