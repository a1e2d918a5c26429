// @vitest-environment jsdom
// The page's text past the cap (page-text-window.ts). Red-team round 4, finding 1: filler no one sees before the
// refund story pushed the story past the 50,000 characters the background gets, and the card page lost its "!!".
// jsdom has no layout: the tests give the walk their own looks (data-look attributes), and browserLooks is tried
// with stubbed boxes and checkVisibility.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sensorPageText } from './dom-text';
import { browserLooks, HEAD, type Looks, MIN_FONT_PX, NEAR_AFTER, pageTextNear, windowed } from './page-text-window';

const STORY = '您购买的商品存在质量问题，平台为您办理理赔，请填写收款银行卡号。';
/** Filler of `n` characters, in paragraphs of 1,000. */
const filler = (n: number, attrs = ''): string =>
  Array.from({ length: Math.ceil(n / 1000) }, () => `<p ${attrs}>${'协议条款说明。'.repeat(1000 / 7 + 1).slice(0, 1000)}</p>`).join('');

/** Looks from attributes: data-look="undrawn" (nothing in it shows), "unseen" (its own text does not), on a field too. */
const fakeLooks: Looks = {
  drawn: (el) => el.getAttribute('data-look') !== 'undrawn',
  textSeen: (el) => el.getAttribute('data-look') !== 'unseen',
  fieldSeen: (el) => !el.hasAttribute('data-look'),
};

const card = (): HTMLElement => document.getElementById('card')!;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('pageTextNear', () => {
  it('reads a page within the cap as sensorPageText does, asking nothing about its looks', () => {
    document.body.innerHTML = `<h2>理赔</h2><p>${STORY}</p><form><input id="card"></form>`;
    const asked: Looks = { drawn: () => { throw new Error('asked'); }, textSeen: () => { throw new Error('asked'); }, fieldSeen: () => { throw new Error('asked'); } };
    expect(pageTextNear(document, [card()], 50_000, null, [], asked)).toBe(sensorPageText(document));
  });

  it('filler before the story (no looks, as in the CLI): the story before the field is read; the old cap lost it', () => {
    document.body.innerHTML = `${filler(66_000)}<h2>理赔</h2><p>${STORY}</p><form><input id="card"><p>提交</p></form>`;
    expect(sensorPageText(document)).not.toContain(STORY);
    const text = pageTextNear(document, [card()], 50_000, null, [], null);
    expect(text).toContain(STORY);
    expect(text.length).toBeLessThanOrEqual(50_000);
    // The page's start is kept too, then the text near the field after a line break.
    expect(text.startsWith('协议条款说明。')).toBe(true);
    expect(text.indexOf('\n')).toBeGreaterThan(HEAD - 10);
    expect(text.endsWith(`${STORY} 提交`)).toBe(true);
  });

  it('undrawn filler between the story and the field and before it: left out, so the whole seen page fits', () => {
    document.body.innerHTML = `<div data-look="undrawn">${filler(55_000)}</div><p>${STORY}</p><div data-look="undrawn">${filler(40_000)}</div><input id="card">`;
    expect(sensorPageText(document)).not.toContain(STORY);
    expect(pageTextNear(document, [card()], 50_000, null, [], fakeLooks)).toBe(STORY);
  });

  it("text that is not seen is left out in the element it stands in, and a seen child's text kept", () => {
    document.body.innerHTML = `<div data-look="unseen">${'小字。'.repeat(20_000)}<span>${STORY}</span>${'小字。'.repeat(20_000)}</div><input id="card">`;
    expect(pageTextNear(document, [card()], 50_000, null, [], fakeLooks)).toBe(STORY);
  });

  it('empty elements and whitespace that count toward the walk but not the text: still past the cap', () => {
    document.body.innerHTML = `${'<div></div>'.repeat(2000)}${' '.repeat(2000)}<p>${STORY}</p><input id="card">`;
    expect(sensorPageText(document, 2000)).not.toContain(STORY);
    expect(pageTextNear(document, [card()], 2000, null, [], null)).toBe(STORY);
  });

  it('a hidden decoy card field early on is no anchor: the window is at the field a person sees', () => {
    document.body.innerHTML = `<input id="decoy" data-look="x">${filler(60_000)}<p>${STORY}</p><input id="card">`;
    const decoy = document.getElementById('decoy')!;
    expect(pageTextNear(document, [decoy, card()], 50_000, null, [], fakeLooks)).toContain(STORY);
    // Without a seen field the first one anchors, as a field the scan found is still what the page asks for.
    expect(pageTextNear(document, [decoy], 50_000, null, [], null)).not.toContain(STORY);
  });

  it('a field early in a long page gives its start, as the cap always did', () => {
    document.body.innerHTML = `<p>登录</p><input id="card">${filler(80_000)}`;
    expect(pageTextNear(document, [card()], 50_000, null, [], null)).toBe(sensorPageText(document));
  });

  it('keeps up to NEAR_AFTER after the field and stops reading past it', () => {
    document.body.innerHTML = `${filler(60_000)}<input id="card">${filler(30_000)}<p>页尾</p>`;
    const text = pageTextNear(document, [card()], 50_000, null, [], null);
    expect(text.length).toBeLessThanOrEqual(50_000);
    expect(text.length).toBeGreaterThan(49_000);
    expect(text).not.toContain('页尾');
  });

  it('leaves out what someone typed into a box, past the cap too', () => {
    document.body.innerHTML = `${filler(60_000)}<p>${STORY}</p><div id="box" contenteditable>6222020200001234</div><input id="card">`;
    const text = pageTextNear(document, [card()], 50_000, new Set([document.getElementById('box')!]), [], null);
    expect(text).toContain(STORY);
    expect(text).not.toContain('6222');
  });
});

describe('windowed: the cuts never split a quotation', () => {
  it('starts the window at the opening mark of a quotation it would cut into', () => {
    const before = 'a'.repeat(30_000) + '对方说：“' + 'b'.repeat(100) + '”' + 'c'.repeat(10_000);
    const out = windowed(before, '', HEAD + 2 + 10_050);
    // The window of `near` characters would start inside the quotation: it starts at its mark instead.
    expect(out.split('\n')[1]!.startsWith('“')).toBe(true);
  });

  it('ends the head before a quotation it would cut, so no half quote hangs open', () => {
    const before = 'a'.repeat(HEAD - 50) + '“' + 'b'.repeat(200) + '”' + 'c'.repeat(60_000);
    const head = windowed(before, 'd', 50_000).split('\n')[0]!;
    expect(head).toBe('a'.repeat(HEAD - 50));
  });

  it('keeps NEAR_AFTER of the text after the field, the rest before it', () => {
    const out = windowed('x'.repeat(100_000), 'y'.repeat(20_000), 50_000);
    expect(out.length).toBe(50_000);
    expect(out.match(/y/g)).toHaveLength(NEAR_AFTER);
  });
});

describe('browserLooks (stubbed layout)', () => {
  const proto = Element.prototype as unknown as { checkVisibility?: (o?: object) => boolean };
  const boxes = new Map<Element, Partial<DOMRect>>();
  const saved = Element.prototype.getBoundingClientRect;
  beforeEach(() => {
    proto.checkVisibility = function (this: Element) {
      return !this.closest('[data-none]');
    };
    Element.prototype.getBoundingClientRect = function (this: Element) {
      return { left: 0, top: 0, right: 100, bottom: 20, width: 100, height: 20, ...boxes.get(this) } as DOMRect;
    };
    document.body.style.fontSize = '16px';
    Object.defineProperty(document.documentElement, 'scrollWidth', { value: 1000, configurable: true });
  });
  afterEach(() => {
    delete proto.checkVisibility;
    Element.prototype.getBoundingClientRect = saved;
    boxes.clear();
  });

  it('is null without layout (jsdom, the CLI)', () => {
    delete proto.checkVisibility;
    expect(browserLooks(document)).toBeNull();
  });

  it(`drops text in a font under ${MIN_FONT_PX}px, off the page, or clipped by an empty box; keeps what escapes the clip`, () => {
    document.body.innerHTML =
      '<p id="tiny" style="font-size:2px">x</p><p id="off">x</p><div id="clip" style="overflow-y:hidden"><p id="inner">x</p><p id="abs" style="position:absolute">x</p></div><p id="ok">x</p>';
    const $ = (id: string) => document.getElementById(id)!;
    boxes.set($('off'), { left: -20_000, right: -19_000 });
    boxes.set($('clip'), { height: 0, bottom: 0 });
    const looks = browserLooks(document)!;
    expect(['tiny', 'off', 'inner', 'abs', 'ok'].map((id) => looks.textSeen($(id)))).toEqual([false, false, false, true, true]);
  });

  it('reads the text of a box-less element (a display:contents wrapper) as its parent shows it; a slot is drawn', () => {
    document.body.innerHTML = '<div id="p"><span id="c" style="display:contents">x</span></div><slot id="s"></slot><p data-none id="n">x</p>';
    const $ = (id: string) => document.getElementById(id)!;
    proto.checkVisibility = function (this: Element) {
      return !this.closest('[data-none]') && this.id !== 'c' && this.id !== 's';
    };
    const looks = browserLooks(document)!;
    expect(looks.textSeen($('c'))).toBe(true);
    expect(looks.drawn($('s'))).toBe(true);
    expect(looks.drawn($('n'))).toBe(false);
    expect(looks.textSeen($('n'))).toBe(false);
  });

  it('a field of no size is not seen', () => {
    document.body.innerHTML = '<input id="a"><input id="b">';
    boxes.set(document.getElementById('b')!, { width: 1, height: 1 });
    const looks = browserLooks(document)!;
    expect(looks.fieldSeen(document.getElementById('a')!)).toBe(true);
    expect(looks.fieldSeen(document.getElementById('b')!)).toBe(false);
  });
});
