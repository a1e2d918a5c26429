// @vitest-environment jsdom
// The typed-value checks against a page that keeps the number out of the field while the guard reads it (red-team
// round 5, finding 2), and the verification SMS pasted into a message box (finding 1). Each test names the rule it
// pins; guard.test.ts has the plain typed-card cases.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { WARNING_UI_GLOBAL } from '@/warning-ui/api';
import { dispatchTrusted } from '@/warning-ui/test-events';
import { startGate } from '@/entrypoints/guard.content/gate';
import { earlyEvents } from '@/platform/early-events';
import { CARD, clearInjected, fakeBackground, findings, focusIn, input, key, resetSent, scans, sent, settle } from './guard-harness';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
vi.mock('@/platform/content-browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const SMS = '【中国银行】您的验证码为482913，您正在进行转账验证，请勿泄露。';
let ctx: ContentScriptContext;

/** A trusted paste of `text` (jsdom has no ClipboardEvent: an Event with the clipboard's one getter used). */
function paste(el: Element, text: string, cancel = false): void {
  const event = new Event('paste', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => (type === 'text' ? text : '') } });
  // The page's own listener, as a kit's: it cancels the paste (and writes the text later, or never).
  if (cancel) el.addEventListener('paste', (e) => e.preventDefault(), { once: true });
  dispatchTrusted(el, event);
}

/** `official`: a page of an official site the guard still scans (the background says go with the typed checks off). */
async function start(domainKind: 'unknown' | 'official' = 'unknown'): Promise<void> {
  fakeBackground({ domainKind, proceed: true });
  startGate(ctx, document, earlyEvents(window));
  await settle();
}

beforeEach(() => {
  fakeBrowser.reset();
  resetSent();
  document.title = '理赔中心';
  // Labels the classifier cannot read (a kit draws them as images): the fields ask for nothing by their words.
  document.body.innerHTML =
    '<h2>售后理赔</h2><p><img src="a.svg"> <input id="f1" name="f1"></p><p><img src="b.svg"> <input id="f2" name="f2"></p>' +
    '<input type="hidden" id="order" name="order"><button id="go" type="button">提交</button>';
  (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] = undefined;
  ctx = new ContentScriptContext('guard-typed-test');
});
afterEach(() => {
  ctx.abort();
  clearInjected();
});

describe('a card number the page writes into the field after the guard looked', () => {
  it('is found at the trusted focus the page moves on with (paste cancelled, written later, focus to the next box)', async () => {
    await start();
    focusIn(input('f1'));
    paste(input('f1'), 'not a number', true);
    await settle();
    const before = scans().length;
    // 80 ms later the kit writes the number and moves the focus: a script's focus() is still a trusted event.
    input('f1').value = CARD;
    input('f2').focus();
    focusIn(input('f2'));
    await settle();
    expect(scans().length).toBe(before + 1);
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
    expect(JSON.stringify(sent)).not.toContain('6222');
  });

  it('is found at a trusted pointerdown with the focus elsewhere (a "一键粘贴卡号" button filled it)', async () => {
    await start();
    (document.getElementById('go') as HTMLButtonElement).focus();
    input('f1').value = '4111 1111 1111 1111';
    dispatchTrusted(document.getElementById('go')!, new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    await settle();
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
  });

  it('is not looked for in a hidden input (no field a person fills)', async () => {
    await start();
    input('order').value = CARD;
    dispatchTrusted(document.body, new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    await settle();
    expect(scans()).toHaveLength(1);
  });

  it('is not looked for in a read-only or disabled field that showed a number when first found (an order number the page shows)', async () => {
    input('f1').readOnly = true;
    input('f1').value = CARD;
    input('f2').disabled = true;
    input('f2').value = '订单 4111 1111 1111 1111';
    await start();
    dispatchTrusted(document.body, new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    await settle();
    expect(scans()).toHaveLength(1);
  });

  // Red-team round 6, finding 3: a read-only box a "一键粘贴" button fills, or that a kit makes read-only once it wrote
  // the pasted number into it.
  it.each([
    ['empty', ''],
    ['holding invisible characters', '\u200b'.repeat(20)],
    ['holding an instruction without a digit', '点击右侧按钮粘贴'],
  ])('is found in a read-only box %s when first found, filled later by the page', async (_name, first) => {
    input('f1').readOnly = true;
    input('f1').value = first;
    await start();
    input('f1').value = CARD;
    dispatchTrusted(document.getElementById('go')!, new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    await settle();
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
  });

  it('is found in a box the page made read-only (or disabled) after writing the number', async () => {
    await start();
    input('f1').value = CARD;
    input('f1').disabled = true;
    input('f2').focus();
    focusIn(input('f2'));
    await settle();
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
  });

  it('reads at most 300 filled controls per click, in page order (a page of thousands of filled controls is no kit)', async () => {
    // 300 filled fields before the one with the number: it is the 301st control with something in it.
    document.body.insertAdjacentHTML('beforeend', '<input value="x">'.repeat(300) + '<input id="late">');
    await start();
    input('late').value = CARD;
    dispatchTrusted(document.body, new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    await settle();
    expect(scans()).toHaveLength(1);
    // Within the bound it is read.
    input('f2').value = CARD;
    dispatchTrusted(document.body, new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    await settle();
    expect(findings()).toEqual(['#f2 card-number typed-card-number']);
  });

  // Red-team round 6, finding 4: 300 empty decoys before the form used the bound up.
  it('counts no empty control towards the bound: 300 hidden empty inputs before the form do not hide the number', async () => {
    document.body.insertAdjacentHTML('afterbegin', `<div style="display:none">${'<input>'.repeat(300)}</div>`);
    document.body.insertAdjacentHTML('beforeend', '<input id="late">');
    await start();
    input('late').value = CARD;
    dispatchTrusted(document.body, new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    await settle();
    expect(findings()).toEqual(['#late card-number typed-card-number']);
  });
});

describe('a pasted card number', () => {
  it('makes the field a card-number field even when the page cancels the paste and the field stays empty', async () => {
    await start();
    input('f1').focus();
    focusIn(input('f1'));
    paste(input('f1'), '6222 0202 0011 2233 445', true);
    await settle();
    expect(input('f1').value).toBe('');
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
    expect(JSON.stringify(sent)).not.toContain('6222');
  });
});

describe('a paste the page stops at the window (red-team round 6, finding 1)', () => {
  /** A page script's capture listener on the window, added after the every-frame script's: it stops every paste. */
  const stopAtWindow = (event: Event) => event.stopImmediatePropagation();
  afterEach(() => window.removeEventListener('paste', stopAtWindow, true));

  it.each([
    ['a card number', '6222 0202 0011 2233 445', '#f1 card-number typed-card-number'],
    ['the bank\'s SMS', SMS, '#f1 otp typed-code'],
  ])('is still tested: %s', async (_name, text, finding) => {
    await start();
    window.addEventListener('paste', stopAtWindow, true);
    input('f1').focus();
    paste(input('f1'), text, true);
    await settle();
    expect(findings()).toEqual([finding]);
    expect(JSON.stringify(sent)).not.toContain('482913');
    expect(JSON.stringify(sent)).not.toContain('6222');
  });
});

describe('digit keys a page takes and does not show', () => {
  /** Trusted digit keys, each written (or not) by the page's own listener, a task apart as a person types. */
  const typeKeys = async (el: HTMLInputElement, digits: string, write: (d: string) => void = () => {}) => {
    for (const d of digits) {
      key(el, d);
      write(d);
      await settle();
    }
  };

  it('16 digit keys into a field that stays empty (the digits drawn over it) make it a card-number field', async () => {
    await start();
    const card = input('f1');
    card.focus();
    focusIn(card);
    await typeKeys(card, '4111111111111111');
    await settle();
    expect(card.value).toBe('');
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
  });

  it('so do 16 digit keys the page rewrites as letters its font draws as digits', async () => {
    await start();
    const card = input('f1');
    card.focus();
    await typeKeys(card, '6222021234567890', (d) => (card.value += String.fromCharCode(97 + Number(d))));
    await settle();
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
  });

  it('but not when the field shows what was typed: 16 digits that are no card number, or fullwidth ones', async () => {
    await start();
    const card = input('f1');
    card.focus();
    await typeKeys(card, '1234567890123456', (d) => (card.value += d));
    const tel = input('f2');
    tel.focus();
    // A Chinese input method in fullwidth mode writes １２… for the keys 12…
    await typeKeys(tel, '1234567890123456', (d) => (tel.value += String.fromCharCode(0xff10 + Number(d))));
    await settle();
    expect(scans()).toHaveLength(1);
  });

  it('nor in a chat box that shows each key and is cleared after each message', async () => {
    await start();
    const chat = input('f1');
    chat.focus();
    for (const message of ['13812345678', '20241124', '1234567']) {
      await typeKeys(chat, message, (d) => (chat.value += d));
      chat.value = '';
    }
    dispatchTrusted(document.body, new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    await settle();
    expect(scans()).toHaveLength(1);
  });

  // 15 hidden keys are a card number's (CARD_DIGITS: a mask shows all but one of the shortest card's 16, red-team round 8).
  it('nor below 15 keys (a phone number typed into a field that hides it)', async () => {
    await start();
    const card = input('f1');
    card.focus();
    await typeKeys(card, '13812345678000');
    await settle();
    expect(scans()).toHaveLength(1);
  });
});

describe('an ID number typed into the ID field', () => {
  it.each([
    ['a Gansu number (62…, as UnionPay cards)', '620102199003071248'],
    ['one that passes Luhn', '440106199212121231'],
  ])('%s stays an ID number, with no card finding', async (_name, id) => {
    document.body.innerHTML = '<label>姓名 <input id="name"></label><label>身份证号 <input id="idno"></label>';
    await start();
    expect(findings()).toEqual(['#idno id-number label']);
    const idno = input('idno');
    idno.focus();
    idno.value = id;
    dispatchTrusted(idno, new InputEvent('input', { bubbles: true, composed: true }));
    dispatchTrusted(document.body, new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    await settle();
    expect(scans().flatMap((m) => m.facts.fields.map((f) => f.kind))).not.toContain('card-number');
  });
});

describe('a verification SMS in a box that is no code field ("paste the whole SMS here")', () => {
  beforeEach(() => {
    // The instruction drawn as an image: its words (typed-holes.test.ts) would make the box an SMS field before any paste.
    document.body.innerHTML = '<label>手机号 <input id="tel"></label><p><img src="sms.svg"></p><textarea id="sms"></textarea>';
  });

  it('pasted: the box becomes an otp field (typed-code), whatever the page does with the paste', async () => {
    await start();
    const sms = document.getElementById('sms')!;
    sms.focus();
    paste(sms, SMS, true);
    await settle();
    expect(findings()).toEqual(['#tel phone label', '#sms otp typed-code']);
    expect(JSON.stringify(sent)).not.toContain('482913');
  });

  it('typed or dropped in: tested at the input event', async () => {
    await start();
    const sms = document.getElementById('sms') as HTMLTextAreaElement;
    sms.value = '482913是您的动态密码，请勿告诉他人';
    dispatchTrusted(sms, new InputEvent('input', { bubbles: true, composed: true }));
    await settle();
    expect(findings()).toEqual(['#tel phone label', '#sms otp typed-code']);
  });

  it('in a box the page padded with 500 invisible characters: found at the input event (red-team round 6)', async () => {
    await start();
    const sms = document.getElementById('sms') as HTMLTextAreaElement;
    sms.value = `${'\u200b'.repeat(500)}【交通银行】您的动态口令：４８２９１３，请勿向任何人提供。`;
    dispatchTrusted(sms, new InputEvent('input', { bubbles: true, composed: true }));
    await settle();
    expect(findings()).toEqual(['#tel phone label', '#sms otp typed-code']);
  });

  it('a text with no code in it is nothing', async () => {
    await start();
    const sms = document.getElementById('sms')!;
    sms.focus();
    paste(sms, '【中国银行】您尾号1234的卡于11月24日消费', true);
    await settle();
    expect(scans()).toHaveLength(1);
  });

  it('is not looked for where the typed checks are off (a page of an official site that the guard still scans)', async () => {
    await start('official');
    const sms = document.getElementById('sms')!;
    sms.focus();
    paste(sms, SMS);
    await settle();
    expect(scans()).toHaveLength(1);
  });
});
