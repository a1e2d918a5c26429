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

describe('lightenHtml on markup that never ends', () => {
  it.each([
    ['an unclosed script keeps the rest as it is', '<script>var a;<input id=x>', '<script>var a;<input id=x>'],
    ['a later script is still emptied after an unclosed style', '<style>a{}<script>x</script>', '<style>a{}<script></script>'],
    ['an unclosed comment ends the walk', '<!-- <script>x</script>', '<!-- <script>x</script>'],
    ['a tag whose quote never closes ends the walk', '<script src="a.js><script>x</script>', '<script src="a.js><script>x</script>'],
  ])('%s', (_name, html, out) => {
    expect(lightenHtml(html)).toBe(out);
  });

  // A hostile page full of open tags that never close: each is searched past once, not to the end again. As one
  // regular expression (quadratic) these took about 20 s each at 400 KB and failed on the test timeout; the walk
  // takes milliseconds. The timeout is what fails if it goes quadratic again.
  it.each([
    ['unclosed scripts', '<script a="'],
    ['unclosed scripts with their tags closed', '<script>'],
    ['open tags with no end', '<title x=1 '],
  ])('stays linear on %s', (_name, unit) => {
    const html = `<input id=c>${unit.repeat(400_000 / unit.length)}">`;
    expect(lightenHtml(html).startsWith('<input id=c>')).toBe(true);
  });
});
