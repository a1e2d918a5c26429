import { describe, expect, it } from 'vitest';
import { lightenHtml } from './lighten-html';

describe('lightenHtml', () => {
  it.each([
    ['<style>.a{color:red}</style><input>', '<style></style><input>'],
    ['<STYLE type="text/css">x</STYLE>', '<STYLE type="text/css"></STYLE>'],
    ['<script src="a>b.js">var x = 1;</script><p>', '<script src="a>b.js"></script><p>'],
    ['<noscript><input name="n"></noscript>', '<noscript></noscript>'],
    ['<script>var s = "<style>"; var t = "</style>";</script><input>', '<script></script><input>'],
  ])('%j → %j', (html, out) => {
    expect(lightenHtml(html)).toBe(out);
  });

  it.each([
    '<!-- <style>a{}</style> --><input>',
    '<textarea><style>not css</style></textarea>',
    '<title>a <script> in a title</title>',
    '<p>plain</p><input type="text" placeholder="<style>">',
  ])('leaves %j as it is', (html) => {
    expect(lightenHtml(html)).toBe(html);
  });

  it('keeps every control outside the emptied elements, in order', () => {
    const html = '<input id=a><script>x</script><select id=b></select><style>y</style><textarea id=c></textarea>';
    expect(lightenHtml(html).match(/id=\w/g)).toEqual(['id=a', 'id=b', 'id=c']);
  });
});
