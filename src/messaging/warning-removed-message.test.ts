// cs-bg-warning-removed: the warning UI's report that a page keeps our warning off it. It carries nothing (the tab
// and frame are the sender's); the background takes it only from a tab frame of ours, as every cs-bg message.
import { describe, expect, it } from 'vitest';
import { validateIncoming, type SenderLike } from './validate';

const self = { runtimeId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const contentSender: SenderLike = { id: 'our-id', url: 'https://alipay-refund.cn/pay', frameId: 2, tab: { id: 7 } };
const message = { type: 'cs-bg-warning-removed' };

describe('validateIncoming: cs-bg-warning-removed', () => {
  it('is accepted from a tab frame of ours, for the sender’s own tab and frame', () => {
    expect(validateIncoming(message, contentSender, self)).toEqual({
      ok: true,
      message,
      from: { kind: 'content', tabId: 7, frameId: 2, url: 'https://alipay-refund.cn/pay' },
    });
  });

  it.each([
    ['a tab id of its own choosing', { ...message, tabId: 3 }],
    ['a frame id', { ...message, frameId: 0 }],
    ['an address', { ...message, url: 'https://www.alipay.com/' }],
    ['a level', { ...message, level: 'danger' }],
    ['a misspelt type', { type: 'cs-bg-warning-remove' }],
    ['no type', {}],
    ['not an object', 'cs-bg-warning-removed'],
  ])('is refused with %s', (_what, raw) => {
    const result = validateIncoming(raw, contentSender, self);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('message-invalid');
  });

  it.each([
    ['another extension', { ...contentSender, id: 'other-id' }, 'sender-not-this-extension'],
    ['one of our extension pages (the popup)', { id: 'our-id', url: 'chrome-extension://our-id/popup.html', frameId: 0, tab: { id: 7 } }, 'sender-is-extension-page'],
    ['no tab', { id: 'our-id', url: 'https://alipay-refund.cn/pay' }, 'sender-not-a-tab-frame'],
    ['a frame with no web address', { ...contentSender, url: 'chrome://settings/', origin: undefined, tab: { id: 7 } }, 'sender-no-web-url'],
  ] as const)('is refused from %s', (_what, sender, code) => {
    const result = validateIncoming(message, sender as SenderLike, self);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});
