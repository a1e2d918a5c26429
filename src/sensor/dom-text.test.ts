// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse, sensorPageText, setSeenText, tailTextOf, textOf } from './dom-text';

describe('collapse', () => {
  it.each([
    ['', ''],
    ['Card number', 'Card number'],
    ['  银行卡号 ', '银行卡号'],
    ['a\n\tb', 'a b'],
    ['a  b', 'a b'],
    ['a\u00a0b', 'a b'],
    ['a\u3000b', 'a b'],
    ['\n', ''],
  ])('%j → %j', (text, want) => expect(collapse(text)).toBe(want));

  // The tidy-string shortcut must give exactly what the full replace-and-trim gives.
  it('equals replace(/\\s+/g, " ").trim() for any mix of letters and whitespace', () => {
    const chars = fc.constantFrom('a', '卡', ' ', '\n', '\t', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(collapse(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('ruby: the words a person reads', () => {
  const el = (html: string): Element => {
    document.body.innerHTML = `<div>${html}</div>`;
    return document.body.firstElementChild!;
  };

  it.each([
    // Red-team page: <rp> is hidden by the browser's own style sheet, so letters in it break a word only for the DOM.
    ['<rp> letters between the letters of a word', '银<rp>乙</rp>行<rp>乙</rp>卡<rp>乙</rp>号', '银行卡号'],
    ['ruby annotations (pinyin above each letter)', '<ruby>银<rt>yín</rt>行<rt>háng</rt>卡<rt>kǎ</rt>号<rt>hào</rt></ruby>', '银行卡号'],
    ['ruby with fallback parentheses', '<ruby>密<rp>(</rp><rt>mì</rt><rp>)</rp>码</ruby>', '密码'],
    ['a word half in a ruby: no space where the ruby starts', '银行<ruby>卡<rt>kǎ</rt></ruby>号', '银行卡号'],
  ])('%s', (_why, html, want) => {
    const root = el(html);
    expect(textOf(root)).toBe(want);
    expect(tailTextOf(root)).toBe(want);
    expect(sensorPageText(document)).toBe(want);
  });
});

describe('setSeenText: what people see of an element, in place of its DOM text', () => {
  it('is read instead of the DOM text while the element\'s text is unchanged, then no more', () => {
    document.body.innerHTML = '<label>银<i>乙</i>行卡号</label><p>卡号</p>';
    const [label, other] = [document.querySelector('label')!, document.querySelector('p')!];
    expect(textOf(label)).toBe('银乙行卡号');
    setSeenText(label, ' 银行卡号 ');
    expect(textOf(label)).toBe('银行卡号');
    expect(tailTextOf(label, 3)).toBe('行卡号');
    expect(textOf(other)).toBe('卡号');
    // Not the page's text: that is read as it is.
    expect(sensorPageText(document)).toBe('银乙行卡号 卡号');
    // The page rewrote the label (a wizard's next step): what was seen then no longer says anything.
    label.textContent = '姓名';
    expect(textOf(label)).toBe('姓名');
  });

  it('an element seen as nothing reads as nothing (a letter hidden by a style sheet)', () => {
    document.body.innerHTML = '<span>乙</span>';
    const span = document.querySelector('span')!;
    setSeenText(span, '');
    expect(textOf(span)).toBe('');
  });
});
