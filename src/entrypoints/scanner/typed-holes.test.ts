// @vitest-environment jsdom
// Typed values a page keeps from the guard, left open by red-team rounds 5 and 6 (task F1): a kit that writes a WRONG
// digit into the field for each key and draws the real number over it (the key count saw a digit arrive for each
// key), a form sent with Enter, with no focus change or click to re-read the field the page wrote the number into,
// and a bare text area under a <p> that asks for the SMS (an SMS field only after the paste). The harness (guard-harness.ts): trusted events through jsdom, a fake background that records scans.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { WARNING_UI_GLOBAL } from '@/warning-ui/api';
import { dispatchTrusted } from '@/warning-ui/test-events';
import { startGate } from '@/entrypoints/guard.content/gate';
import { earlyEvents } from '@/platform/early-events';
import { CARD, clearInjected, click, fakeBackground, findings, input, key, resetSent, scans, sent, settle } from './guard-harness';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
vi.mock('@/platform/content-browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let ctx: ContentScriptContext;

async function start(): Promise<void> {
  fakeBackground();
  startGate(ctx, document, earlyEvents(window));
  await settle();
}

/** Trusted digit keys into `el`, each handled by the page (`write`) as its own keydown listener would, a task apart. */
async function typeKeys(el: HTMLInputElement, digits: string, write: (d: string) => void): Promise<void> {
  el.focus();
  for (const d of digits) {
    key(el, d);
    write(d);
    await settle();
  }
}

/** A card-number finding on #f1 from the keys, as findings() reads it. */
const CARD_FIELD = '#f1 card-number typed-card-number';

/** The guard started, a card number's digit keys into #f1 (each written by the page as `write` does), a click: the findings. */
async function findingsAfterCardKeys(write: (card: HTMLInputElement, d: string) => void): Promise<string[]> {
  await start();
  const card = input('f1');
  await typeKeys(card, '6222021234567890', (d) => write(card, d));
  click();
  await settle();
  return findings();
}

beforeEach(() => {
  fakeBrowser.reset();
  resetSent();
  document.title = '理赔中心';
  // Labels drawn as images: only what is typed tells the guard what the field is.
  document.body.innerHTML =
    '<h2>售后理赔</h2><form id="form"><p><img src="a.svg"> <input id="f1" name="f1"></p><p><img src="b.svg"> <input id="f2" name="f2"></p>' +
    '<button id="go">提交</button></form>';
  (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] = undefined;
  ctx = new ContentScriptContext('typed-holes-test');
});
afterEach(() => {
  ctx.abort();
  clearInjected();
});

describe('digit keys the field shows as other digits (red-team round 6, finding 2)', () => {
  it('a wrong digit written for each key, the real number drawn over the field: a card-number field', async () => {
    await start();
    const card = input('f1');
    // The kit's scramble: (d + 3) % 10, so the value is no card number (no 62, no Luhn) and holds a digit per key.
    await typeKeys(card, '6222021234567890', (d) => (card.value += String((Number(d) + 3) % 10)));
    await settle();
    expect(card.value).toBe('9555354567890123');
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
    expect(JSON.stringify(sent)).not.toMatch(/6222|9555/);
  });

  it('the same with the caret put back at the end after each write (as a value write does)', async () => {
    await start();
    const card = input('f1');
    await typeKeys(card, '6222021234567890', (d) => {
      card.value += String((Number(d) + 1) % 10);
      card.setSelectionRange(card.value.length, card.value.length);
    });
    await settle();
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
  });

  // On a busy machine (CI's, with a second browser running) the keys came before the first key's task: each key read
  // the last digit written, and the one key whose digit that was went uncounted (15 of 16, "!" only).
  it('the same with the keys arriving faster than our tasks (no task runs between two keys)', async () => {
    await start();
    const card = input('f1');
    card.focus();
    for (const d of '6222021234567890') {
      key(card, d);
      card.value += String((Number(d) + 3) % 10);
    }
    await settle();
    click();
    await settle();
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
  });

  it('honest typing as fast: no card field from 18 digit keys that are no card number', async () => {
    await start();
    const card = input('f1');
    card.focus();
    for (const d of '123456789012345678') {
      key(card, d);
      card.value += d;
    }
    await settle();
    click();
    await settle();
    expect(scans()).toHaveLength(1);
  });

  // Honest pages: each key's digit is the last digit before the caret once the page had its task.
  it.each<[string, (el: HTMLInputElement, d: string) => void]>([
    ['plain typing', (el, d) => (el.value += d)],
    ['a formatter that groups the digits by four, a space after each group', (el, d) => {
      const digits = el.value.replace(/\D/g, '') + d;
      el.value = digits.replace(/(\d{4})/g, '$1 ');
    }],
    ['a formatter that puts the caret after the space it inserted', (el, d) => {
      const digits = el.value.replace(/\D/g, '') + d;
      el.value = `${digits.replace(/(\d{4})(?=\d)/g, '$1 ')} `;
    }],
    ['a fullwidth input method', (el, d) => (el.value += String.fromCharCode(0xff10 + Number(d)))],
  ])('no card field from 18 digit keys that are no card number: %s', async (_name, write) => {
    await start();
    const card = input('f1');
    await typeKeys(card, '123456789012345678', (d) => write(card, d));
    click();
    await settle();
    expect(scans()).toHaveLength(1);
  });

  it('nor from digits typed in the middle of what the field holds (the caret there)', async () => {
    await start();
    const card = input('f1');
    card.value = '13800000000';
    await typeKeys(card, '1234567890123456', (d) => {
      // The browser's own insertion at the caret, two characters from the start.
      card.value = `${card.value.slice(0, 2)}${d}${card.value.slice(2)}`;
      card.setSelectionRange(3, 3);
    });
    await settle();
    expect(scans()).toHaveLength(1);
  });

  it('a password box (the browser draws • but the value holds the digits): no card field', async () => {
    await start();
    const pin = input('f1');
    pin.type = 'password';
    await typeKeys(pin, '123456123456123456', (d) => (pin.value += d));
    await settle();
    expect(scans()).toHaveLength(1);
  });
});

describe('digit keys shown at the caret and then taken away (red-team round 8, A2)', () => {

  // The key's digit at the caret, every earlier one turned into •: each key is "shown", and the field never holds
  // more than one digit. Honest or not, a mask over a card number's worth of keys hides a card number. The other marks
  // a kit may draw its mask with are below (red-team rounds 9 and 10).
  it('a mask that shows each key at the caret and earlier ones as •: a card-number field', async () => {
    expect(await findingsAfterCardKeys((card, d) => (card.value = `${'•'.repeat(card.value.length)}${d}`))).toEqual([CARD_FIELD]);
  });

  it('each digit moved out of the field after the page\'s own timer: a card-number field by the next key', async () => {
    await start();
    const card = input('f1');
    card.focus();
    for (const d of '6222021234567890') {
      key(card, d);
      card.value += d;
      await settle(); // our look a task later: the digit is still there
      card.value = ''; // the page's timer, 30 ms later, before a person's next key
    }
    click();
    await settle();
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
  });

  it('the hidden card typed and sent at once with Enter (no task between): still counted before the reset', async () => {
    await start();
    const card = input('f1');
    card.focus();
    for (const d of '6222021234567890') {
      key(card, d);
      card.value += String((Number(d) + 3) % 10);
    }
    key(card, 'Enter');
    await settle();
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
  });
});

describe('keys shown at the caret without one more digit in the field (red-team round 9, B3, B4): no card field', () => {
  it('an amount box that shifts each key in from the right (0.00, 0.01, 0.12 …), twenty keys with clicks between', async () => {
    await start();
    const amount = input('f1');
    let cents = 0;
    const show = () => (amount.value = (cents / 100).toFixed(2));
    show();
    for (const entry of ['1250', '3880', '999', '2600', '15000']) {
      await typeKeys(amount, entry, (d) => {
        cents = cents * 10 + Number(d);
        show();
      });
      // 添加一笔: the entry is kept and the box shows 0.00 again.
      click();
      cents = 0;
      show();
      await settle();
    }
    expect(scans()).toHaveLength(1);
  });

  it('a search box that completes a 15-digit number inline at the first key and selects the rest', async () => {
    await start();
    const search = input('f1');
    const known = '773123456789012';
    let typed = '';
    await typeKeys(search, known, (d) => {
      typed += d;
      search.value = known;
      search.setSelectionRange(typed.length, known.length);
    });
    click();
    await settle();
    expect(scans()).toHaveLength(1);
  });

  it('an amount box with a currency sign and thousands marks (¥1,234.56): no card field either', async () => {
    await start();
    const amount = input('f1');
    let cents = 0;
    await typeKeys(amount, '1234567890123456', (d) => {
      cents = (cents * 10 + Number(d)) % 1e9;
      amount.value = `¥${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    });
    click();
    await settle();
    expect(scans()).toHaveLength(1);
  });

  // The mask rule of round 8 holds whatever the kit draws its mask with, spaces and an amount's marks too (round 10).
  for (const mark of ['X', '-', '·', '○', '.', '\u3000', ' ', '元', ',']) {
    it(`but a mask of "${mark}" (earlier keys turned into it): still a card-number field`, async () => {
      expect(await findingsAfterCardKeys((card, d) => (card.value = `${mark.repeat(card.value.length)}${d}`))).toEqual([CARD_FIELD]);
    });
  }
});

describe('masks an amount box or a completion is no excuse for (red-team round 10, A3): a card-number field', () => {
  it('the last digit alone, each key replacing the one before', async () => {
    expect(await findingsAfterCardKeys((card, d) => (card.value = d))).toEqual([CARD_FIELD]);
  });

  it('• selected after the caret, as a completion selects its digits', async () => {
    const found = await findingsAfterCardKeys((card, d) => {
      card.value = `${d}••••`;
      card.setSelectionRange(1, 5);
    });
    expect(found).toEqual([CARD_FIELD]);
  });
});

describe('keys an input method or an editor takes (red-team round 8, B2): no card field', () => {
  const hidden = (el: HTMLInputElement) => el.setAttribute('style', 'opacity:0');

  it('a web input method: letters, then a digit key that picks a Chinese word', async () => {
    await start();
    const box = input('f1');
    box.focus();
    for (let i = 0; i < 20; i++) {
      for (const k of 'ni') key(box, k);
      key(box, '1');
      box.value += '你';
      await settle();
    }
    await settle();
    expect(scans()).toHaveLength(1);
  });

  it.each(['Enter', 'Tab'])('a spreadsheet drawn on a canvas, its hidden box committed with %s: never holds a digit', async (commit) => {
    await start();
    const proxy = input('f1');
    hidden(proxy);
    proxy.focus();
    for (let i = 0; i < 6; i++) {
      for (const d of '1280') {
        key(proxy, d);
        await settle();
      }
      key(proxy, commit);
      await settle();
    }
    expect(scans()).toHaveLength(1);
  });

  it('digit keys an input method composes (isComposing)', async () => {
    await start();
    const box = input('f1');
    box.focus();
    for (const d of '123456789012345678') {
      dispatchTrusted(box, new KeyboardEvent('keydown', { key: d, isComposing: true, bubbles: true, composed: true, cancelable: true }));
      await settle();
    }
    await settle();
    expect(scans()).toHaveLength(1);
  });
});

describe('a form sent with Enter (no focus change, no click)', () => {
  it('re-reads the fields: the number the page wrote into another box after the focus left it is found', async () => {
    await start();
    const card = input('f1');
    const tel = input('f2');
    // The kit moved the focus to the phone box at the paste, then wrote the number into the card box.
    tel.focus();
    card.value = CARD;
    await typeKeys(tel, '13812345678', (d) => (tel.value += d));
    const before = scans().length;
    key(tel, 'Enter');
    await settle();
    expect(scans().length).toBe(before + 1);
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
  });

  it('an untrusted Enter (the page\'s own) re-reads nothing', async () => {
    await start();
    input('f2').focus();
    input('f1').value = CARD;
    input('f2').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle();
    expect(scans()).toHaveLength(1);
  });

  it('other keys re-read only the focused field', async () => {
    await start();
    input('f2').focus();
    input('f1').value = CARD;
    key(input('f2'), 'Tab');
    key(input('f2'), 'a');
    await settle();
    expect(scans()).toHaveLength(1);
  });
});

describe('a bare text area under a <p> asking for the SMS (red-team round 6, finding 1)', () => {
  it('is an SMS field at the first scan, before anything is pasted', async () => {
    document.body.innerHTML = '<label>手机号 <input id="tel"></label><p>请把您刚收到的短信完整复制粘贴到下面</p><textarea id="box1"></textarea>';
    await start();
    expect(findings()).toEqual(['#tel phone label', '#box1 otp sms-message']);
  });

  it.each([
    ['a help desk', '<p>请描述您遇到的问题，客服将尽快回复</p><textarea id="box1"></textarea>'],
    ['a feedback box that says not to paste the SMS code', '<p>意见反馈（请勿粘贴短信验证码）</p><div><textarea id="box1"></textarea></div>'],
  ])('but not %s', async (_name, html) => {
    document.body.innerHTML = `<label>手机号 <input id="tel"></label>${html}`;
    await start();
    expect(findings()).toEqual(['#tel phone label']);
  });
});
