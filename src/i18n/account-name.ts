// Whose password a page asks for, in the words a warning says it back with (a password field's "QQ", "京东").

const NOT_LATIN = /[^\x00-\x7f]/;

/**
 * `name` when a reader of `lang` can read it: always in Chinese; in English only a Latin name ("QQ", "Steam").
 * A Chinese name (京东, 微博) in an English sentence is noise to whoever chose English: the caller says the
 * brand's English name instead.
 */
export function sayableAccountName(name: string | undefined, lang: 'zh' | 'en'): string | undefined {
  return name && (lang === 'zh' || !NOT_LATIN.test(name)) ? name : undefined;
}
