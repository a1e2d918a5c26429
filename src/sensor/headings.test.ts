// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sensorHeadings } from './headings';

function load(html: string, title = ''): Document {
  document.head.innerHTML = '';
  document.title = title;
  document.body.innerHTML = html;
  return document;
}

describe('sensorHeadings: h1–h3 and logo images in document order', () => {
  it('keeps document order across h1, h2 and h3 (found by one query per tag)', () => {
    // (The empty form keeps the first lines of a formless page out: only the heading tags are tested here.)
    const doc = load('<h3>三</h3><div><h1>一</h1></div><h2>二</h2><h1>四</h1><h4>not this</h4><form></form>');
    expect(sensorHeadings(doc)).toEqual(['三', '一', '二', '四']);
  });

  it('stops at 30 lines: headings past them and logo images are left out', () => {
    const heads = Array.from({ length: 40 }, (_, i) => `<h2>Heading ${i}</h2>`).join('');
    const got = sensorHeadings(load(`<img src="/a/logo.png" alt="Brand">${heads}`, 'Title'));
    expect(got).toEqual(['Title', ...Array.from({ length: 29 }, (_, i) => `Heading ${i}`)]);
  });

  it('logo alt and title after the headings when there is room', () => {
    const doc = load('<img src="/x/logo.svg" alt="Brand" title="Brand home"><h1>Refund</h1><img src="/banner.png" alt="Sale">');
    expect(sensorHeadings(doc)).toEqual(['Refund', 'Brand', 'Brand home']);
  });
});
