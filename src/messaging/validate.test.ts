import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../core/types';
import { frameUrlOf, validateIncoming, type SenderLike } from './validate';

const self = { runtimeId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const contentSender: SenderLike = { id: 'our-id', url: 'https://alipay-refund.cn/pay', frameId: 0, tab: { id: 7 } };
const popupSender: SenderLike = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };

function facts(overrides: Partial<PageFacts> = {}): PageFacts {
  return {
    url: 'https://alipay-refund.cn/pay',
    title: '退款',
    headings: ['支付宝退款'],
    text: '请填写银行卡号',
    fields: [{ index: 0, kind: 'card-number', id: 'card', name: null, reasons: [{ code: 'label', detail: '银行卡号' }] }],
    ...overrides,
  };
}

describe('validateIncoming: well-formed messages from the right sender', () => {
  it('accepts a content-script hello and reports the tab, frame and URL', () => {
    const result = validateIncoming({ type: 'cs-bg-hello' }, contentSender, self);
    expect(result).toEqual({
      ok: true,
      message: { type: 'cs-bg-hello' },
      from: { kind: 'content', tabId: 7, frameId: 0, url: 'https://alipay-refund.cn/pay' },
    });
  });

  it('accepts a hello and a scan saying when their document began (protocol.ts DocumentBorn)', () => {
    const born = 1_700_000_000_123.4;
    expect(validateIncoming({ type: 'cs-bg-hello', hasScanner: true, born }, contentSender, self)).toMatchObject({ ok: true, message: { born } });
    expect(validateIncoming({ type: 'cs-bg-scan', facts: facts(), born }, contentSender, self)).toMatchObject({ ok: true, message: { born } });
  });

  it('accepts a scan with page facts', () => {
    const result = validateIncoming({ type: 'cs-bg-scan', facts: facts() }, { ...contentSender, frameId: 3 }, self);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.from).toMatchObject({ kind: 'content', frameId: 3 });
  });

  it('accepts a scan sent after a history change of its document (sameDocument)', () => {
    const result = validateIncoming({ type: 'cs-bg-scan', facts: facts(), sameDocument: true }, contentSender, self);
    expect(result.ok && result.message.type === 'cs-bg-scan' && result.message.sameDocument).toBe(true);
  });

  it('accepts a framed form’s scan with the page around it', () => {
    const around = { title: '中国人民银行 | 银行卡安全升级', headings: ['中国人民银行'], text: '否则将被冻结' };
    const result = validateIncoming({ type: 'cs-bg-scan', facts: facts({ around }) }, { ...contentSender, frameId: 3 }, self);
    expect(result.ok).toBe(true);
    if (result.ok && result.message.type === 'cs-bg-scan') expect(result.message.facts.around).toEqual(around);
  });

  it('accepts a password finding with its names', () => {
    const password = { index: 2, kind: 'password' as const, id: null, name: null, reasons: [], labels: ['QQ密码', '请输入密码'] };
    const result = validateIncoming({ type: 'cs-bg-scan', facts: facts({ fields: [password] }) }, contentSender, self);
    expect(result.ok).toBe(true);
    if (result.ok && result.message.type === 'cs-bg-scan') expect(result.message.facts.fields[0]?.labels).toEqual(['QQ密码', '请输入密码']);
  });

  it('accepts a split-box finding with the indices of its boxes', () => {
    const boxes = { index: 4, kind: 'otp' as const, id: null, name: null, reasons: [{ code: 'split-boxes', detail: '6 boxes' }], boxes: [4, 5, 6, 7, 8, 9] };
    const result = validateIncoming({ type: 'cs-bg-scan', facts: facts({ fields: [boxes] }) }, contentSender, self);
    expect(result.ok).toBe(true);
    if (result.ok && result.message.type === 'cs-bg-scan') expect(result.message.facts.fields[0]?.boxes).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it.each(['popup-bg-get-tab-state', 'popup-bg-recheck', 'popup-bg-trust-site'] as const)('accepts %s from the popup', (type) => {
    const result = validateIncoming({ type, tabId: 12 }, popupSender, self);
    expect(result).toMatchObject({ ok: true, message: { type, tabId: 12 }, from: { kind: 'extension-page' } });
  });

  it('accepts a popup message from the options page open in a tab', () => {
    const sender = { id: 'our-id', url: 'chrome-extension://our-id/options.html', tab: { id: 4 }, frameId: 0 };
    expect(validateIncoming({ type: 'popup-bg-get-tab-state', tabId: 1 }, sender, self).ok).toBe(true);
  });
});

describe('validateIncoming: forged and malformed messages', () => {
  it.each([
    ['not an object', 'cs-bg-hello'],
    ['null', null],
    ['no type', { facts: facts() }],
    ['unknown type', { type: 'cs-bg-steal' }],
    ['a direction we never receive', { type: 'bg-cs-recheck' }],
    ['extra key on hello', { type: 'cs-bg-hello', value: '6222020200112233445' }],
    ['hasScanner not a boolean', { type: 'cs-bg-hello', hasScanner: 'yes' }],
    ['born not a number', { type: 'cs-bg-hello', born: '1700000000000' }],
    ['a negative born', { type: 'cs-bg-scan', facts: facts(), born: -1 }],
    ['born on the request for the page readers', { type: 'cs-bg-page-readers', born: 1 }],
    ['scan without facts', { type: 'cs-bg-scan' }],
    ['sameDocument not a boolean', { type: 'cs-bg-scan', facts: facts(), sameDocument: 'yes' }],
    ['unknown field kind', { type: 'cs-bg-scan', facts: facts({ fields: [{ index: 0, kind: 'bitcoin', id: null, name: null, reasons: [] }] as never }) }],
    ['negative index', { type: 'cs-bg-scan', facts: facts({ fields: [{ index: -1, kind: 'otp', id: null, name: null, reasons: [] }] }) }],
    ['fractional index', { type: 'cs-bg-scan', facts: facts({ fields: [{ index: 1.5, kind: 'otp', id: null, name: null, reasons: [] }] }) }],
    ['a value smuggled into a finding', { type: 'cs-bg-scan', facts: facts({ fields: [{ index: 0, kind: 'otp', id: null, name: null, reasons: [], value: '123456' }] as never }) }],
    ['split boxes not an array', { type: 'cs-bg-scan', facts: facts({ fields: [{ index: 0, kind: 'otp', id: null, name: null, reasons: [], boxes: 3 }] as never }) }],
    ['an empty list of boxes', { type: 'cs-bg-scan', facts: facts({ fields: [{ index: 0, kind: 'otp', id: null, name: null, reasons: [], boxes: [] }] }) }],
    ['a negative box index', { type: 'cs-bg-scan', facts: facts({ fields: [{ index: 0, kind: 'otp', id: null, name: null, reasons: [], boxes: [0, -1] }] }) }],
    ['too many boxes', { type: 'cs-bg-scan', facts: facts({ fields: [{ index: 0, kind: 'otp', id: null, name: null, reasons: [], boxes: Array.from({ length: 17 }, (_, i) => i) }] }) }],
    ['names not a list', { type: 'cs-bg-scan', facts: facts({ fields: [{ index: 0, kind: 'password', id: null, name: null, reasons: [], labels: 'QQ密码' }] as never }) }],
    ['too many names', { type: 'cs-bg-scan', facts: facts({ fields: [{ index: 0, kind: 'password', id: null, name: null, reasons: [], labels: ['a', 'b', 'c', 'd', 'e'] }] }) }],
    ['a name over the cap', { type: 'cs-bg-scan', facts: facts({ fields: [{ index: 0, kind: 'password', id: null, name: null, reasons: [], labels: ['x'.repeat(201)] }] }) }],
    ['text over the cap', { type: 'cs-bg-scan', facts: facts({ text: 'x'.repeat(60_001) }) }],
    ['too many fields', { type: 'cs-bg-scan', facts: facts({ fields: Array.from({ length: 2001 }, (_, index) => ({ index, kind: 'otp' as const, id: null, name: null, reasons: [] })) }) }],
    ['title not a string', { type: 'cs-bg-scan', facts: { ...facts(), title: 5 } }],
    ['the page around a frame with a value smuggled in', { type: 'cs-bg-scan', facts: { ...facts(), around: { title: '', headings: [], text: '', value: '123456' } } }],
    ['the page around a frame with text over the cap', { type: 'cs-bg-scan', facts: facts({ around: { title: '', headings: [], text: 'x'.repeat(60_001) } }) }],
    ['the page around a frame without its headings', { type: 'cs-bg-scan', facts: { ...facts(), around: { title: '', text: '' } } }],
  ])('refuses %s as message-invalid', (_name, raw) => {
    const result = validateIncoming(raw, contentSender, self);
    expect(result).toMatchObject({ ok: false, error: { code: 'message-invalid' } });
  });

  it('names the offending path in the error detail', () => {
    const result = validateIncoming({ type: 'cs-bg-scan', facts: { ...facts(), title: 5 } }, contentSender, self);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.detail).toMatch(/^facts\.title/);
  });

  it.each([
    ['a negative tab id', { type: 'popup-bg-recheck', tabId: -1 }],
    ['a string tab id', { type: 'popup-bg-recheck', tabId: '3' }],
  ])('refuses a popup message with %s', (_name, raw) => {
    expect(validateIncoming(raw, popupSender, self)).toMatchObject({ ok: false, error: { code: 'message-invalid' } });
  });
});

describe('validateIncoming: wrong senders', () => {
  it.each([
    ['another extension', { ...contentSender, id: 'other-extension' }],
    ['no id at all', { ...contentSender, id: undefined }],
  ])('refuses a message from %s', (_name, sender) => {
    expect(validateIncoming({ type: 'cs-bg-hello' }, sender, self)).toMatchObject({ ok: false, error: { code: 'sender-not-this-extension' } });
  });

  it('refuses a content-script message that does not come from a tab frame', () => {
    expect(validateIncoming({ type: 'cs-bg-hello' }, popupSender, self)).toMatchObject({ ok: false, error: { code: 'sender-not-a-tab-frame' } });
    expect(validateIncoming({ type: 'cs-bg-hello' }, { ...contentSender, frameId: undefined }, self)).toMatchObject({ ok: false });
  });

  it('refuses a content-script message sent by one of our pages open in a tab', () => {
    const sender = { id: 'our-id', url: 'chrome-extension://our-id/options.html', tab: { id: 4 }, frameId: 0 };
    expect(validateIncoming({ type: 'cs-bg-hello' }, sender, self)).toMatchObject({ ok: false, error: { code: 'sender-is-extension-page' } });
  });

  it('refuses a popup message sent from a web page frame', () => {
    expect(validateIncoming({ type: 'popup-bg-trust-site', tabId: 7 }, contentSender, self)).toMatchObject({
      ok: false,
      error: { code: 'sender-not-extension-page' },
    });
  });

  it('refuses a popup message from a look-alike extension origin', () => {
    const sender = { id: 'our-id', url: 'chrome-extension://our-id-evil/popup.html' };
    expect(validateIncoming({ type: 'popup-bg-trust-site', tabId: 7 }, sender, self).ok).toBe(false);
  });

  it('refuses a content-script message from a frame with no web URL', () => {
    const sender = { id: 'our-id', url: 'about:blank', frameId: 2, tab: { id: 7 } };
    expect(validateIncoming({ type: 'cs-bg-hello' }, sender, self)).toMatchObject({ ok: false, error: { code: 'sender-no-web-url' } });
  });
});

describe('validateIncoming: a scan that fails its schema (red-team: oversized scans silenced the extension)', () => {
  const oversized = { type: 'cs-bg-scan', facts: facts({ url: `https://alipay-refund.cn/?t=${'0'.repeat(9000)}` }) };

  it('from a tab frame of ours: still refused, and the frame is named so the background judges it on its address', () => {
    expect(validateIncoming(oversized, { ...contentSender, frameId: 2 }, self)).toEqual({
      ok: false,
      error: { code: 'message-invalid', detail: expect.stringMatching(/^facts\.url/) },
      unreadableScan: { kind: 'content', tabId: 7, frameId: 2, url: 'https://alipay-refund.cn/pay' },
    });
  });

  it('the frame is named by what the browser says (the sender), never by the message', () => {
    const result = validateIncoming({ type: 'cs-bg-scan', facts: { ...facts({ url: 'https://www.alipay.com/' }), title: 5 } }, contentSender, self);
    expect(result).toMatchObject({ ok: false, unreadableScan: { url: 'https://alipay-refund.cn/pay' } });
  });

  it.each<[string, unknown, SenderLike]>([
    ['another extension', oversized, { ...contentSender, id: 'other-extension' }],
    ['one of our pages', oversized, popupSender],
    ['one of our pages open in a tab', oversized, { id: 'our-id', url: 'chrome-extension://our-id/options.html', tab: { id: 4 }, frameId: 0 }],
    ['a frame with no web URL', oversized, { id: 'our-id', url: 'about:blank', frameId: 2, tab: { id: 7 } }],
    ['a malformed hello', { type: 'cs-bg-hello', value: '1' }, contentSender],
    ['a malformed popup message', { type: 'popup-bg-recheck', tabId: -1 }, contentSender],
    ['no message at all', null, contentSender],
  ])('nothing to judge when it comes from %s', (_name, raw, sender) => {
    const result = validateIncoming(raw, sender, self);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('unreadableScan');
  });
});

describe('validateIncoming: the request for the page readers (cs-bg-page-readers)', () => {
  it('from a tab frame of ours: accepted, for the frame the browser names as its sender', () => {
    expect(validateIncoming({ type: 'cs-bg-page-readers' }, { ...contentSender, frameId: 3 }, self)).toEqual({
      ok: true,
      message: { type: 'cs-bg-page-readers' },
      from: { kind: 'content', tabId: 7, frameId: 3, url: 'https://alipay-refund.cn/pay' },
    });
  });

  it.each([
    ['another tab named in it', { type: 'cs-bg-page-readers', tabId: 9 }],
    ['another frame named in it', { type: 'cs-bg-page-readers', frameId: 0 }],
    ['a file named in it', { type: 'cs-bg-page-readers', file: '/scanner.js' }],
    ['a misspelt type', { type: 'cs-bg-page-readerss' }],
  ])('refuses one with %s as message-invalid', (_name, raw) => {
    expect(validateIncoming(raw, contentSender, self)).toMatchObject({ ok: false, error: { code: 'message-invalid' } });
  });

  it.each<[string, SenderLike, string]>([
    ['another extension', { ...contentSender, id: 'other-extension' }, 'sender-not-this-extension'],
    ['one of our pages', popupSender, 'sender-not-a-tab-frame'],
    ['one of our pages open in a tab', { id: 'our-id', url: 'chrome-extension://our-id/options.html', tab: { id: 4 }, frameId: 0 }, 'sender-is-extension-page'],
    ['a sender with no frame', { ...contentSender, frameId: undefined }, 'sender-not-a-tab-frame'],
    ['a frame with no web URL', { id: 'our-id', url: 'about:blank', frameId: 2, tab: { id: 7 } }, 'sender-no-web-url'],
  ])('refuses it from %s', (_name, sender, code) => {
    expect(validateIncoming({ type: 'cs-bg-page-readers' }, sender, self)).toMatchObject({ ok: false, error: { code } });
  });
});

describe('frameUrlOf', () => {
  it.each<[string, SenderLike, string | null]>([
    ['a web frame', { url: 'http://jd-refund.top/a?b=1' }, 'http://jd-refund.top/a?b=1'],
    ['about:blank with a Chrome origin', { url: 'about:blank', origin: 'https://pay.example.cn' }, 'https://pay.example.cn/'],
    ['about:srcdoc falling back to the tab', { url: 'about:srcdoc', tab: { url: 'https://x.example/p' } }, 'https://x.example/p'],
    ['an opaque origin falling back to the tab', { url: 'data:text/html,hi', origin: 'null', tab: { url: 'https://y.example/' } }, 'https://y.example/'],
    ['a blob frame', { url: 'blob:https://z.example/1234-5678' }, 'https://z.example/'],
    ['nothing usable', { url: 'about:blank' }, null],
    ['a file URL', { url: 'file:///home/a.html' }, null],
  ])('%s', (_name, sender, expected) => {
    expect(frameUrlOf(sender)).toBe(expected);
  });
});
