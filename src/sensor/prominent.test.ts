// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fileNameWords, prominentText } from './prominent';
import { sensorHeadings } from './snapshot';

function load(head: string, body: string): Document {
  document.title = '';
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

describe('prominentText', () => {
  it('reads the site name a page declares', () => {
    const doc = load('<meta property="og:site_name" content="Acme Mail"><meta name="application-name" content="Acme"><meta name="description" content="Not this">', '');
    expect(prominentText(doc)).toEqual(['Acme Mail', 'Acme']);
  });

  it.each([
    ['<span class="logo-text">Acme</span>', ['Acme']],
    ['<div class="Icon--logo"><a href="/"><img alt="acme" src="a.png"></a></div>', ['acme']],
    ['<a id="site-logo" title="Acme home" aria-label="Acme"></a>', ['Acme home', 'Acme']],
    ['<div class="form-logo"><img alt="logo" src="/img/acme_PNG19644.png"></div>', ['acme']],
    ['<img class="logo" alt="" src="https://cdn.example/acme-mail-logo.svg?v=3">', ['acme mail']],
  ])('reads a logo: %s → %j', (html, lines) => {
    expect(prominentText(load('', html))).toEqual(lines);
  });

  it('skips a logo block of running text and images without a name', () => {
    const long = 'A very long paragraph that sits inside a logo wrapper and is not a name at all';
    expect(prominentText(load('', `<div class="logo-row">${long}</div><img class="logo" alt="logo" src="data:image/png;base64,AAAA">`))).toEqual([]);
  });

  it('reads the heading lines of a form before its first text field, not links, buttons or labels', () => {
    const doc = load(
      '',
      `<form><button type="button">Sign in with Acme</button><a href="#">Help</a>
        <span class="form-title">Example Login</span><p>Enter the code we sent you</p><p>third line</p>
        <label for="c">Code</label><input id="c" name="code"><p>After the field</p></form>`,
    );
    expect(prominentText(doc)).toEqual(['Example Login', 'Enter the code we sent you']);
  });

  it('stops at the first text field even when a hidden input comes first', () => {
    const doc = load('', '<form><input type="hidden" name="t"><h4>Sign in to Example</h4><input type="password"><p>Forgot?</p></form>');
    expect(prominentText(doc)).toEqual(['Sign in to Example']);
  });

  it('reads the first lines of a page with no <form> before its first field (a Vue or uni-app page has none)', () => {
    const doc = load(
      '',
      `<div class="nav"><a href="/">首页</a></div><div class="hd">淘宝退款理赔</div><uni-view>请按提示填写</uni-view><p>第三行</p>
        <div class="row"><div class="uni-input-placeholder">请输入银行卡号</div><input type="number"></div>`,
    );
    expect(prominentText(doc)).toEqual(['淘宝退款理赔', '请按提示填写']);
  });

  it('leaves the body alone when the page has a <form> (a checkout’s first lines are its ways to pay)', () => {
    const doc = load('', '<span>Betal med Apple Pay</span><form><input name="q"></form><input name="card">');
    expect(prominentText(doc)).toEqual([]);
  });

  it('joins the snapshot headings right after the title, deduplicated', () => {
    const doc = load('<meta property="og:site_name" content="Example">', '<h1>Example</h1><form><p>Log in to Example</p><input></form>');
    document.title = 'Welcome';
    expect(sensorHeadings(doc)).toEqual(['Welcome', 'Example', 'Log in to Example']);
  });
});

describe('fileNameWords', () => {
  it.each([
    ['/img/acme_PNG19644.png', 'acme'],
    ['acme-mail-logo.svg', 'acme mail'],
    ['Acme%20Bank.jpg?x=1', 'Acme Bank'],
    ['data:image/png;base64,AAAA', ''],
    ['/i/12345.png', ''],
    ['/i/one-two-three-four.png', ''],
    ['', ''],
  ])('%j → %j', (src, words) => {
    expect(fileNameWords(src)).toBe(words);
  });
});
