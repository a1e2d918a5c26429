import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS } from './message-keys';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Messages;
const zh = load('zh_CN');
const en = load('en');

describe('message keys used by the background and the warning', () => {
  it.each(MESSAGE_KEYS)('%s exists in zh_CN and en with the same placeholders', (key) => {
    expect(zh[key]?.message, `zh_CN ${key}`).toBeTruthy();
    expect(en[key]?.message, `en ${key}`).toBeTruthy();
    expect(Object.keys(zh[key]?.placeholders ?? {})).toEqual(Object.keys(en[key]?.placeholders ?? {}));
    for (const name of Object.keys(zh[key]?.placeholders ?? {})) {
      expect(zh[key]!.message.toLowerCase()).toContain(`$${name}$`);
      expect(en[key]!.message.toLowerCase()).toContain(`$${name}$`);
    }
  });
});
