// Test support: browser.i18n for fakeBrowser (which has none), answering from our real locale files so
// DOM tests see the words a user would see. Not imported by any entrypoint.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string }>;

export function readLocale(locale: 'zh_CN' | 'en'): Messages {
  const file = resolve(__dirname, '../../public/_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

/** Chrome's rule: `$n` is the n-th substitution, `$$` a literal dollar. */
export function format(message: string, subs?: string | string[]): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return message.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (list[Number(what) - 1] ?? '')));
}

/** Makes fakeBrowser.i18n answer in `locale`. Call in beforeEach (fakeBrowser.reset() does not undo it). */
export function useLocale(locale: 'zh_CN' | 'en'): void {
  const messages = readLocale(locale);
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, subs?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (key, subs) => {
    const entry = messages[key];
    return entry ? format(entry.message, subs) : '';
  };
  i18n.getUILanguage = () => (locale === 'en' ? 'en-US' : 'zh-CN');
}
