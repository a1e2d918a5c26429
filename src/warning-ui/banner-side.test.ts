// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bannerSide, fieldsToKeepClear, type BannerSide, type KeepClear, type Span } from './banner-side';

const span = (top: number, height = 30): Span => ({ top, bottom: top + height });
const keep = (must: Span[], fields: Span[] = []): KeepClear => ({ must, fields });

// A 122px banner (the desktop one) in an 800px window; a 160px one (a phone's) in 667.
describe('bannerSide', () => {
  it.each<[string, number, number, KeepClear, BannerSide, BannerSide]>([
    ['no field anywhere: stays at the top', 122, 800, keep([]), 'top', 'top'],
    ["the page's first line is a field (regression: it sat under the banner from load)", 122, 800, keep([], [span(12)]), 'top', 'bottom'],
    ['a field under the top band, one under the bottom band: a tie stays', 122, 800, keep([], [span(12), span(740)]), 'top', 'top'],
    ['two fields at the top, one at the bottom: fewer covered at the bottom', 122, 800, keep([], [span(12), span(60), span(740)]), 'top', 'bottom'],
    ['the focused field wins over any number of others', 160, 667, keep([span(40)], [span(560), span(600), span(630)]), 'top', 'bottom'],
    ['the focused field at the bottom keeps it at the top', 160, 667, keep([span(600)], [span(20), span(60)]), 'top', 'top'],
    ['at the bottom, the field it moved for scrolled away: it stays (no jumping while scrolling)', 122, 800, keep([], [span(300)]), 'bottom', 'bottom'],
    ['at the bottom, a field comes under it and none is at the top: back to the top', 122, 800, keep([], [span(700)]), 'bottom', 'top'],
    ['a field just below the band is not under it', 122, 800, keep([], [span(122)]), 'top', 'top'],
    ['a field with no height is not under it', 122, 800, keep([], [{ top: 20, bottom: 20 }]), 'top', 'top'],
    ['a banner taller than half the window covers the focused field on both sides: stays', 500, 667, keep([span(300)]), 'top', 'top'],
    ['a frame the whole window high is under both: stays', 122, 800, keep([], [{ top: 0, bottom: 800 }]), 'top', 'top'],
  ])('%s', (_name, height, viewHeight, fields, current, expected) => {
    expect(bannerSide(height, viewHeight, fields, current)).toBe(expected);
  });
});

describe('fieldsToKeepClear', () => {
  const boxes = (entries: Record<string, [number, number]>): void => {
    for (const [id, [top, height]] of Object.entries(entries)) {
      document.getElementById(id)!.getBoundingClientRect = () => new DOMRect(10, top, 200, height);
    }
  };

  it('the card field and the focused one are the ones that must stay clear; buttons, ticks and hidden inputs are no fields', () => {
    document.body.innerHTML = `<input id="card"><input id="sms"><textarea id="note"></textarea><iframe id="frame"></iframe>
      <input type="checkbox" id="tick"><button id="go">Go</button><input type="submit" id="submit"><input type="hidden" id="h">
      <div contenteditable id="box"></div><div contenteditable="false" id="off"></div>`;
    boxes({ card: [10, 30], sms: [60, 30], note: [100, 60], frame: [200, 100], tick: [300, 20], go: [330, 30], submit: [360, 30], h: [0, 0], box: [400, 40], off: [450, 40] });
    document.getElementById('sms')!.focus();
    const keep = fieldsToKeepClear(document, document.getElementById('card'), null);
    expect(keep.must).toEqual([span(10), span(60)]);
    expect(keep.fields).toEqual([span(100, 60), span(200, 100), span(400, 40)]);
  });

  it('the focus in our own warning (its button) is no field of the page', () => {
    document.body.innerHTML = '<input id="card"><div id="ours" tabindex="0"></div>';
    boxes({ card: [10, 30], ours: [0, 100] });
    const ours = document.getElementById('ours')!;
    ours.focus();
    expect(fieldsToKeepClear(document, null, ours)).toEqual({ must: [], fields: [span(10)] });
  });
});
