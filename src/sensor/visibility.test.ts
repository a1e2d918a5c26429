// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { snapshotControls, snapshotPage } from './snapshot';

function visible(html: string): boolean[] {
  document.body.innerHTML = html;
  return snapshotPage(document, 'https://example.test/').snapshot.controls.map((c) => c.visible);
}

describe('visibility from markup (one query per root, then a set lookup per control)', () => {
  it.each<[string, string, boolean[]]>([
    ['nested hiding elements', '<div style="display:none"><div hidden><input></div><select></select></div><input>', [false, false, true]],
    ['a hidden sibling hides only its own subtree', '<p hidden><input></p><p><input></p><p style="color:red"><input></p>', [false, true, true]],
    ['visibility:hidden far up', '<div style="visibility: hidden"><table><tr><td><input></td></tr></table></div>', [false]],
    ['a style that hides nothing', '<div style="display:block;width:0"><textarea></textarea></div>', [true]],
    ['the hiding element is the control itself', '<input style="display:none"><input>', [false, true]],
  ])('%s', (_why, html, want) => expect(visible(html)).toEqual(want));

  it('looks inside a shadow root, and (as before) not at the host’s own style', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b" style="display:none"></div>';
    document.getElementById('a')!.attachShadow({ mode: 'open' }).innerHTML = '<div hidden><input></div><input>';
    document.getElementById('b')!.attachShadow({ mode: 'open' }).innerHTML = '<input>';
    const { controls } = snapshotPage(document, 'https://example.test/').snapshot;
    expect(controls.map((c) => c.visible)).toEqual([false, true, true]);
  });

  it('a detached tree: its top element counts as an ancestor', () => {
    const top = document.createElement('div');
    top.setAttribute('style', 'display: none');
    top.innerHTML = '<p><input></p>';
    expect(snapshotControls([top.querySelector('input')!])[0]?.visible).toBe(false);
  });
});
