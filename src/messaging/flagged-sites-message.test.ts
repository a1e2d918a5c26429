// options-bg-flagged-sites: the options page asks which sites the open tabs flag now. It carries nothing (the typed
// domain stays on the options page), and only our own extension pages may ask: a web page must not learn which of its
// look-alikes another tab has open, and a content script has no business with the list.
import { describe, expect, it } from 'vitest';
import { validateIncoming, type SenderLike } from './validate';

const self = { runtimeId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const optionsSender: SenderLike = { id: 'our-id', url: 'chrome-extension://our-id/options.html' };
const message = { type: 'options-bg-flagged-sites' };

describe('validateIncoming: options-bg-flagged-sites', () => {
  it('is accepted from our options page', () => {
    expect(validateIncoming(message, optionsSender, self)).toEqual({
      ok: true,
      message,
      from: { kind: 'extension-page', url: 'chrome-extension://our-id/options.html' },
    });
  });

  it.each([
    ['a domain (what the user typed must not travel)', { ...message, domain: 'kf-lipei.top' }],
    ['a list of domains', { ...message, domains: ['kf-lipei.top'] }],
    ['a tab id', { ...message, tabId: 3 }],
    ['a misspelt type', { type: 'options-bg-flagged-site' }],
    ['no type', {}],
    ['null', null],
    ['not an object', 'options-bg-flagged-sites'],
  ])('is refused with %s', (_what, raw) => {
    const result = validateIncoming(raw, optionsSender, self);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('message-invalid');
  });

  it.each([
    ['another extension', { ...optionsSender, id: 'other-id' }, 'sender-not-this-extension'],
    ['a content script in a web page', { id: 'our-id', url: 'https://kf-lipei.top/', frameId: 0, tab: { id: 7 } }, 'sender-not-extension-page'],
    ['a page of another extension origin', { id: 'our-id', url: 'chrome-extension://other-id/options.html' }, 'sender-not-extension-page'],
  ] as const)('is refused from %s', (_what, sender, code) => {
    const result = validateIncoming(message, sender as SenderLike, self);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});
