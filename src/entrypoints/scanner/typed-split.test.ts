// @vitest-environment jsdom
// A card number typed across the boxes of one row (red-team round 8, A2(e): four boxes with no maxlength, the page
// moving the focus on after four digits, the card's label an image), and one typed-value check per digit key (task T9).
// The harness is guard-harness.ts: trusted events through jsdom, a fake background that records scans.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { WARNING_UI_GLOBAL } from '@/warning-ui/api';
import { dispatchTrusted } from '@/warning-ui/test-events';
import { startGate } from '@/entrypoints/guard.content/gate';
import { earlyEvents } from '@/platform/early-events';
import { clearInjected, click, fakeBackground, findings, input, key, resetSent, scans, sent, settle } from './guard-harness';
import * as typedCard from './typed-card';
import { splitCard } from './typed-card';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
vi.mock('@/platform/content-browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
// The SMS test runs once per typed-value check: counted to see how many checks a key costs.
vi.mock('./typed-card', async (actual) => {
  const real = await actual<typeof import('./typed-card')>();
  return { ...real, looksLikeCodeSms: vi.fn(real.looksLikeCodeSms) };
});

const CARD = '6222021234567890';
let ctx: ContentScriptContext;

async function start(): Promise<void> {
  fakeBackground();
  startGate(ctx, document, earlyEvents(window));
  await settle();
}

/** `digits` typed into the boxes `ids`, as the page has it: each key written, the focus moved on once a box is full. */
async function typeIntoBoxes(ids: readonly string[], sizes: readonly number[], digits: string): Promise<void> {
  let at = 0;
  for (const [i, id] of ids.entries()) {
    const box = input(id);
    box.focus();
    for (const d of digits.slice(at, at + sizes[i]!)) {
      key(box, d);
      box.value += d;
      dispatchTrusted(box, new InputEvent('input', { bubbles: true, composed: true }));
      await settle();
    }
    at += sizes[i]!;
  }
  await settle();
}

const boxes = (n: number, wrap = (html: string) => html) =>
  Array.from({ length: n }, (_, i) => wrap(`<input id="b${i}" size="4" autocomplete="off">`)).join(' ');

beforeEach(() => {
  fakeBrowser.reset();
  resetSent();
  vi.mocked(typedCard.looksLikeCodeSms).mockClear();
  document.title = '售后服务中心';
  (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] = undefined;
  ctx = new ContentScriptContext('typed-split-test');
});
afterEach(() => {
  ctx.abort();
  clearInjected();
});

describe('a card number typed across the boxes of one row (red-team round 8, A2(e))', () => {
  const cardBoxes = (n: number) => Array.from({ length: n }, (_, i) => `#b${i} card-number typed-card-number`);

  it.each<[string, string, number[]]>([
    ['four boxes in one <p>, the label an image', `<p><img src="card.svg"> ${boxes(4)}</p>`, [4, 4, 4, 4]],
    ['each box wrapped in a component of its own', `<div class="row"><img src="card.svg">${boxes(4, (h) => `<div class="cell"><span>${h}</span></div>`)}</div>`, [4, 4, 4, 4]],
    ['five boxes of 4, 3, 3, 3 and 3 digits', `<p>${boxes(5)}</p>`, [4, 3, 3, 3, 3]],
    ['a 19-digit number in boxes of 4, 5, 5 and 5', `<p>${boxes(4)}</p>`, [4, 5, 5, 5]],
  ])('%s: every box is a card field', async (_name, html, sizes) => {
    document.body.innerHTML = `<h2>售后服务中心</h2><form>${html}<p><label>手机号 <input id="tel"></label></p></form>`;
    await start();
    expect(findings()).toEqual(['#tel phone label']);
    const number = sizes.reduce((a, b) => a + b) === 16 ? CARD : '6222020200112233445';
    await typeIntoBoxes(sizes.map((_, i) => `b${i}`), sizes, number);
    // Then the phone number, whose first three digits would be a fifth box of 62… (19 digits) if its row were theirs.
    await typeIntoBoxes(['tel'], [11], '13812345678');
    expect(findings()).toEqual([...cardBoxes(sizes.length), '#tel phone label']);
    // Read in place and dropped: no digit of it goes out.
    expect(JSON.stringify(sent)).not.toMatch(/6222|1234|7890/);
  });

  // Honest rows: none makes a card field.
  it.each<[string, string, string[], number[], string]>([
    ['a phone number in three boxes', boxes(3), ['b0', 'b1', 'b2'], [3, 4, 4], '13812345678'],
    ['a date in three boxes', boxes(3), ['b0', 'b1', 'b2'], [4, 2, 2], '20241124'],
    ['an IP address in four boxes', boxes(4), ['b0', 'b1', 'b2', 'b3'], [3, 3, 1, 3], '1921681100'],
    ['a 4×4-digit key that fails Luhn and does not start with 62', boxes(4), ['b0', 'b1', 'b2', 'b3'], [4, 4, 4, 4], '1234567812345678'],
    ['a phone number\'s box then a 6-digit code\'s: 17 digits, 62… (the 11 digits are no box of a card)', boxes(2), ['b0', 'b1'], [11, 6], '62812345678482913'],
  ])('%s: no card field', async (_name, html, ids, sizes, digits) => {
    document.body.innerHTML = `<h2>在线服务</h2><p>${html}</p>`;
    await start();
    await typeIntoBoxes(ids, sizes, digits);
    click();
    await settle();
    expect(scans().at(-1)!.facts.fields.filter((f) => f.kind === 'card-number')).toEqual([]);
  });
});

describe('splitCard', () => {
  const typed = () => new WeakSet<Element>();
  const row = (html: string, values: string[]) => {
    document.body.innerHTML = html;
    const all = [...document.querySelectorAll('input')];
    values.forEach((v, i) => (all[i]!.value = v));
    return all;
  };

  it('adds every box of the run and only those', () => {
    const all = row('<p><input id="x"> <input> <input> <input> <input> <input id="y"></p>', ['abc', '6222', '0212', '3456', '7890', '']);
    const set = typed();
    expect(splitCard(all[4]!, set)).toBe(true);
    expect(all.map((box) => set.has(box))).toEqual([false, true, true, true, true, false]);
  });

  it.each<[string, string, string[]]>([
    ['a box that holds letters in the middle', '<p><input><input><input><input></p>', ['6222', '02a2', '3456', '7890']],
    ['an empty box in the middle', '<p><input><input><input><input><input></p>', ['6222', '0212', '', '3456', '7890']],
    ['boxes of 2 digits', '<p><input><input><input><input><input><input><input><input></p>', ['62', '22', '02', '12', '34', '56', '78', '90']],
    ['a password box among them', '<p><input><input type="password"><input><input></p>', ['6222', '0212', '3456', '7890']],
    ['more than 19 digits', '<p><input><input><input><input><input></p>', ['6222', '0212', '3456', '7890', '1234']],
    // The limit of "one row": each pair is a row of its own (a kit can split its boxes so; the sensor's split boxes
    // do not join them either).
    ['two boxes in each of two spans', '<p><span><input><input></span>-<span><input><input></span></p>', ['6222', '0212', '3456', '7890']],
    ['boxes whose common ancestor is five levels up', '<div><div><div><div><p><input><input></p></div></div></div><p><input><input></p></div>', ['6222', '0212', '3456', '7890']],
  ])('not from %s', (_name, html, values) => {
    const all = row(html, values);
    // The first box of the last pair (the deepest, in the case of the five levels).
    expect(splitCard(all.at(-3)!, typed())).toBe(false);
  });

  // Its first three digits would make 19 with the four boxes, 62…: but its row is the whole form, not theirs.
  it('not from a phone box under a row of card boxes', () => {
    const all = row('<form><div><input><input><input><input></div><p><input></p></form>', ['6222', '0212', '3456', '7890', '138']);
    const set = typed();
    expect(splitCard(all[4]!, set)).toBe(false);
    expect(splitCard(all[3]!, set)).toBe(true);
  });

  it('nor from a run whose last boxes sit in a row of their own, and none of its boxes is marked', () => {
    const all = row('<p><input><input><span><input><input></span></p>', ['6222', '0212', '3456', '7890']);
    const set = typed();
    expect(splitCard(all[0]!, set)).toBe(false);
    expect(all.some((box) => set.has(box))).toBe(false);
  });

  it('a hidden input between the boxes is passed over', () => {
    const all = row('<p><input><input type="hidden" value="x"><input><input><input></p>', ['6222', 'x', '0212', '3456', '7890']);
    expect(splitCard(all.at(-1)!, typed())).toBe(true);
  });

  it('fullwidth digits (an input method in fullwidth mode)', () => {
    const all = row('<p><input><input><input><input></p>', ['６２２２', '０２１２', '３４５６', '７８９０']);
    expect(splitCard(all.at(-1)!, typed())).toBe(true);
  });

  // The false alarm left: a licence key of four 4-digit groups passes when its digits pass Luhn (one in ten) or
  // start with 62 (one in a hundred of the rest): about 10.9 % of random all-digit keys.
  it('a 4×4-digit key that passes Luhn is taken for a card number (the false alarm left)', () => {
    const all = row('<p><input><input><input><input></p>', ['4111', '1111', '1111', '1111']);
    expect(splitCard(all.at(-1)!, typed())).toBe(true);
  });
});

describe('one typed-value check per digit key (task T9, review of settleDigit)', () => {
  it('a key the field does not show is checked once, not by settleDigit and again by its own task', async () => {
    document.body.innerHTML = '<p><img src="a.svg"> <input id="f1"></p>';
    await start();
    const card = input('f1');
    card.focus();
    vi.mocked(typedCard.looksLikeCodeSms).mockClear();
    // A mask: each key's digit at the caret, earlier ones turned into •: every key but the first is counted.
    for (const d of CARD) {
      key(card, d);
      card.value = `${'•'.repeat(card.value.length)}${d}`;
      await settle();
    }
    expect(vi.mocked(typedCard.looksLikeCodeSms)).toHaveBeenCalledTimes(CARD.length);
    click();
    await settle();
    expect(findings()).toEqual(['#f1 card-number typed-card-number']);
  });
});
