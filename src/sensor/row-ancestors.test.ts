// @vitest-environment jsdom
// The row readers and the wrapping-label lookup climb each control's ancestors as rowContext read them once a scan
// (rows.ts ancestorsOf) instead of reading every parent again: these pin that list to the live tree at the edges of
// each reader's reach, and the live read for a control the list was not built for.
import { describe, expect, it } from 'vitest';
import { collectControls, scanState, snapshotControl, snapshotPage } from './snapshot';

function controls(html: string) {
  document.body.innerHTML = html;
  return snapshotPage(document, 'https://example.test/').snapshot.controls;
}

describe('ancestors read once a scan', () => {
  it('a wrapping <label> counts as the parent or up to three levels above it, not four', () => {
    const wrap = (divs: number) => `<label>卡号${'<div>'.repeat(divs)}<input name="a">${'</div>'.repeat(divs)}</label>`;
    expect(controls(wrap(0))[0]!.labelText).toBe('卡号');
    expect(controls(wrap(3))[0]!.labelText).toBe('卡号');
    expect(controls(wrap(4))[0]!.labelText).toBe('');
  });

  it('the column heading for an input wrapped inside its cell (the cell is an ancestor, not the control)', () => {
    const [c] = controls('<table><thead><tr><th>银行卡号</th></tr></thead><tbody><tr><td><div><input name="a"></div></td></tr></tbody></table>');
    expect(c!.nearbyText).toBe('银行卡号');
  });

  it('a control snapshotted at an index the row context holds another control for is read from the live tree', () => {
    document.body.innerHTML = '<div><span>短信验证码</span><input name="a"><button>获取验证码</button></div><p><label>银行卡号<input name="b"></label></p>';
    const [a, b] = collectControls(document);
    const state = scanState([a!, b!]);
    const alone = snapshotControl(b!, 0, state);
    expect(alone).toMatchObject({ labelText: '银行卡号', nearbyText: '银行卡号', buttonText: '' });
    expect(snapshotControl(a!, 1, state)).toMatchObject({ labelText: '', nearbyText: '短信验证码', buttonText: '获取验证码' });
  });

  it('split boxes share a row key found through the list, a lone control keeps its own', () => {
    const cs = controls('<div><span>卡号</span><input name="a"><input name="b"></div><p><b><i><s><input name="c"></s></i></b></p>');
    expect(cs[0]!.rowKey).toBe(cs[1]!.rowKey);
    expect(cs[0]!.rowKey).toBeGreaterThan(0);
    expect(cs[2]!.rowKey).toBe(-3);
  });
});
