// The few browser differences we smooth over, in one place.
import { browser } from 'wxt/browser';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox MV2. */
export function toolbarAction(): typeof browser.action {
  return (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction);
}

/** 'zh' for Chinese UI languages, else 'en' (the two languages we ship). */
export function uiLang(): 'zh' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function translate(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

/** `moz-extension://…/` or `chrome-extension://…/`. */
export function extensionOrigin(): string {
  return browser.runtime.getURL('/');
}
