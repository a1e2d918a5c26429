// The one way extension pages get their words: browser.i18n reads public/_locales/<browser language>,
// falling back to zh_CN (the manifest's default_locale). Keys are typed from the zh_CN file, so a
// misspelt key is a type error; i18n.test.ts checks that en has the same keys and that every t('…')
// in the source exists.
import { browser } from 'wxt/browser';
import type zhMessages from '../../public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof zhMessages;

// WXT also types getMessage from the locale files, but only as of the last `wxt prepare`; going through
// a plain signature keeps a freshly added key usable before that.
type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** The message in the browser's language; `$1`… in the message are replaced by `subs`. */
export function t(key: MessageKey, subs?: string | string[]): string {
  const getMessage = browser.i18n.getMessage as GetMessage;
  // An empty answer means the key is missing from the loaded locale: show the key rather than nothing,
  // so the gap is visible and the page still makes sense to whoever reports it.
  return getMessage(key, subs) || key;
}

/**
 * 'zh' or 'en': which text of a knowledge entry ({ zh, en }) to show. Read from the locale file the browser
 * actually loaded (key `uiLang`), so a French browser, which falls back to zh_CN, also gets Chinese here.
 */
export function uiLanguage(): 'zh' | 'en' {
  return t('uiLang') === 'en' ? 'en' : 'zh';
}
