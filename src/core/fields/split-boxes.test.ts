import { describe, expect, it } from 'vitest';
import type { ControlSnapshot } from '../types';
import { classifyFields } from './classify';
import { page } from './control-factory';

const boxes = (n: number, over: Partial<ControlSnapshot>, first: Partial<ControlSnapshot> = {}): Partial<ControlSnapshot>[] =>
  Array.from({ length: n }, (_, i) => ({ rowKey: 5, ...over, ...(i === 0 ? first : {}) }));

describe('split boxes', () => {
  it('four 4-digit boxes after 银行卡号 are one card number, each box reported', () => {
    const found = classifyFields(page(...boxes(4, { maxLength: 4 }, { nearbyText: '银行卡号' })));
    expect(found.map((f) => f.kind)).toEqual(['card-number', 'card-number', 'card-number', 'card-number']);
    expect(found[2]?.reasons[0]).toEqual({ code: 'split-boxes', detail: '3 of 4' });
  });

  it('four numeric 4-digit boxes with no words are still a card number', () => {
    const found = classifyFields(page(...boxes(4, { maxLength: 4, inputmode: 'numeric' })));
    expect(found).toHaveLength(4);
    expect(new Set(found.map((f) => f.kind))).toEqual(new Set(['card-number']));
  });

  it('an Amex-style 4-6-5 split across rows joined by "-" is one card number', () => {
    const found = classifyFields(
      page(
        { maxLength: 4, rowKey: 1, nearbyText: 'Card number:' },
        { maxLength: 6, rowKey: 2, nearbyText: '-' },
        { maxLength: 5, rowKey: 2, nearbyText: '-' },
      ),
    );
    expect(found.map((f) => f.kind)).toEqual(['card-number', 'card-number', 'card-number']);
  });

  it('six 1-character boxes are one code', () => {
    const found = classifyFields(page(...boxes(6, { maxLength: 1 })));
    expect(found.map((f) => f.kind)).toEqual(Array(6).fill('otp'));
    expect(found[5]?.reasons[0]).toEqual({ code: 'split-boxes', detail: '6 of 6' });
  });

  it('four 1-digit numeric boxes are a code', () => {
    expect(classifyFields(page(...boxes(4, { maxLength: 1, type: 'tel' }))).map((f) => f.kind)).toEqual(Array(4).fill('otp'));
  });

  it('six 1-character password boxes under 支付密码 are a card PIN', () => {
    const found = classifyFields(page(...boxes(6, { maxLength: 1, type: 'password' }, { nearbyText: '支付密码' })));
    expect(found.map((f) => f.kind)).toEqual(Array(6).fill('card-pin'));
  });

  it.each<[string, Partial<ControlSnapshot>[]]>([
    ['a 3-3-4 phone number', [{ maxLength: 3, rowKey: 1 }, { maxLength: 3, rowKey: 1 }, { maxLength: 4, rowKey: 1 }]],
    ['day / month / year', [{ maxLength: 2, rowKey: 1 }, { maxLength: 2, rowKey: 1 }, { maxLength: 4, rowKey: 1 }]],
    ['four 4-character boxes that are not digits and have no card words', boxes(4, { maxLength: 4 })],
    ['six 1-character boxes in different rows', Array.from({ length: 6 }, (_, i) => ({ maxLength: 1, rowKey: i + 1, nearbyText: `Q${i}` }))],
    ['three 1-character boxes', boxes(3, { maxLength: 1, inputmode: 'numeric' })],
  ])('not split boxes: %s', (_why, controls) => {
    expect(classifyFields(page(...controls))).toEqual([]);
  });
});
