// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { snapshotPage } from './snapshot';

function controls(html: string) {
  document.body.innerHTML = html;
  return snapshotPage(document, 'https://example.test/').snapshot.controls;
}

// Every control sits in the same kind of row: text before it, a send-code button and an image after it.
const row = (control: string) => `<div><span>短信验证码</span>${control}<button type="button">获取验证码</button><img src="x.png" alt=""></div>`;

describe('snapshot: row walks only for controls the classifier can report', () => {
  it.each([
    ['text input', '<input name="a">'],
    ['tel input', '<input type="tel" name="a">'],
    ['password input', '<input type="password" name="a">'],
    ['number input', '<input type="number" name="a">'],
    ['select', '<select name="a"><option>01</option></select>'],
  ])('%s: nearby text, button text and the image beside it are read', (_name, html) => {
    const [c] = controls(row(html));
    expect(c).toMatchObject({ nearbyText: '短信验证码', buttonText: '获取验证码', hasImageNearby: true });
  });

  it.each([
    ['search', '<input type="search" name="a">'],
    ['email', '<input type="email" name="a">'],
    ['url', '<input type="url" name="a">'],
    ['date', '<input type="date" name="a">'],
    ['checkbox', '<input type="checkbox" name="a">'],
    ['hidden', '<input type="hidden" name="a">'],
  ])('%s (never a finding): no row walk, its own label is still read', (_name, html) => {
    const [c] = controls(`<label for="x">验证码</label>${row(html.replace('name="a"', 'name="a" id="x"'))}`);
    expect(c).toMatchObject({ nearbyText: '', buttonText: '', hasImageNearby: false, labelText: '验证码' });
  });

  // A text area can take the SMS received, asked for in a <p> just above it (core/fields/carriers.ts): its nearby text
  // is read, its buttons and images are not.
  it('textarea: its nearby text only', () => {
    const [c] = controls(row('<textarea name="a"></textarea>'));
    expect(c).toMatchObject({ nearbyText: '短信验证码', buttonText: '', hasImageNearby: false });
  });
});

describe('snapshot: words broken by <rp> letters (hidden by the browser itself) read whole', () => {
  it.each([
    ['in a <label for>', '<label for="a">银<rp>乙</rp>行<rp>乙</rp>卡<rp>乙</rp>号</label><input id="a">', 'labelText'],
    ['in the text right before the input', '<div>银<rp>乙</rp>行<rp>乙</rp>卡<rp>乙</rp>号 <input></div>', 'nearbyText'],
    ['in a span before the input', '<div><span>银<rp>乙</rp>行<rp>乙</rp>卡号</span><input></div>', 'nearbyText'],
  ])('%s', (_where, html, key) => {
    const [c] = controls(html);
    expect(c).toMatchObject({ [key]: '银行卡号' });
  });

  it('a send-code button broken the same way', () => {
    const [c] = controls('<div><input><button type="button">获<rp>乙</rp>取<rp>乙</rp>验<rp>乙</rp>证<rp>乙</rp>码</button></div>');
    expect(c!.buttonText).toBe('获取验证码');
  });
});
