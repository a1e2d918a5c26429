// The few browser differences we smooth over, in one place.
import { browser } from 'wxt/browser';
import { uiLanguage } from '@/i18n/t';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox MV2. */
export function toolbarAction(): typeof browser.action {
  return (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction);
}

/**
 * 'zh' or 'en': the language of the locale file the browser actually loaded (the `uiLang` key, shared with the
 * extension pages), so knowledge text matches the i18n text around it. getUILanguage() can disagree with the
 * loaded locale (a French browser falls back to zh_CN), which mixed languages in one warning.
 */
export function uiLang(): 'zh' | 'en' {
  return uiLanguage();
}

export function translate(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

/** `moz-extension://…/` or `chrome-extension://…/`. */
export function extensionOrigin(): string {
  return browser.runtime.getURL('/');
}
