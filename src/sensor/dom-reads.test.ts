// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { getterOf, nextElementSiblingOf, nodeTypeOf, parentElementOf, tagNameOf } from './dom-reads';

describe('dom-reads', () => {
  it('reads through the DOM’s own getters, for any node kind they apply to', () => {
    document.body.innerHTML = '<p id="a">x<b>y</b></p><i></i>';
    const p = document.getElementById('a')!;
    expect([tagNameOf(p), nodeTypeOf(p), nodeTypeOf(p.firstChild!), parentElementOf(p.firstChild!)]).toEqual(['P', 1, 3, p]);
    expect(nextElementSiblingOf(p)?.tagName).toBe('I');
  });

  it('falls back to a plain property read when the prototypes have no such getter', () => {
    const read = getterOf(document.body, 'notADomProperty');
    expect(read.call({ notADomProperty: 7 } as unknown as Node)).toBe(7);
  });
});
