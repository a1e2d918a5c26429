import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyFields } from './classify';
import { page } from './control-factory';

const kinds = (found: ReturnType<typeof classifyFields>): [number, string][] => found.map((f) => [f.index, f.kind]);

describe('card context', () => {
  it('month and year selects after a card number are the expiry', () => {
    const found = classifyFields(
      page(
        { labelText: 'Card number', rowKey: 1 },
        { tag: 'select', type: '', labelText: 'Month', options: ['MM', '01', '02', '03'], rowKey: 1 },
        { tag: 'select', type: '', options: ['YYYY', '2026', '2027', '2028'], rowKey: 1 },
        { labelText: 'Security code', maxLength: 4, rowKey: 1 },
      ),
    );
    expect(kinds(found)).toEqual([
      [0, 'card-number'],
      [1, 'card-expiry'],
      [2, 'card-expiry'],
      [3, 'card-cvv'],
    ]);
    expect(found[3]?.reasons).toContainEqual({ code: 'card-context', detail: 'card-expiry at 2' });
  });

  it('a phone box right after the card number stays a phone box, though its 号码 is a card-number cue', () => {
    const found = classifyFields(
      page(
        { placeholder: '请输入银行卡号', rowKey: 1 },
        { placeholder: '请输入银行预留手机号码', rowKey: 2 },
        { placeholder: '请输入短信验证码', buttonText: '获取验证码', rowKey: 3 },
      ),
    );
    expect(kinds(found)).toEqual([
      [0, 'card-number'],
      [1, 'phone'],
      [2, 'otp'],
    ]);
  });

  it('a box for the card\'s balance or a sum after the card number is no card number, though its 卡 is a card cue', () => {
    const found = classifyFields(
      page(
        { nearbyText: '卡号', rowKey: 1 },
        { nearbyText: '卡内余额', rowKey: 2 },
        { nearbyText: '信用卡额度', rowKey: 3 },
        { nearbyText: '转账金额', rowKey: 4 },
      ),
    );
    expect(kinds(found)).toEqual([[0, 'card-number']]);
  });

  it('the year box right after an expiry month pairs with it', () => {
    const found = classifyFields(page({ labelText: '有效期', name: 'month', maxLength: 2, rowKey: 3 }, { name: 'year', maxLength: 2, rowKey: 3 }));
    expect(kinds(found)).toEqual([
      [0, 'card-expiry'],
      [1, 'card-expiry'],
    ]);
    expect(found[1]?.reasons).toContainEqual({ code: 'pairs-with', detail: 'card-expiry at 0' });
  });

  it('"Number" beside an expiry field in the same row is the card number', () => {
    const found = classifyFields(page({ nearbyText: 'Number:', name: 'number', rowKey: 2 }, { nearbyText: 'Expiry:', name: 'expiry', rowKey: 2 }));
    expect(kinds(found)).toEqual([
      [0, 'card-number'],
      [1, 'card-expiry'],
    ]);
  });

  it.each<[string, ReturnType<typeof page>, [number, string][]]>([
    [
      'a "Security code" before the card number is not a CVV',
      page({ labelText: 'Security code', maxLength: 4, rowKey: 1 }, { labelText: 'Card number', rowKey: 1 }),
      [[1, 'card-number']],
    ],
    ['a house number beside the expiry stays ordinary', page({ nearbyText: 'House number:', rowKey: 2 }, { labelText: 'Expiry', rowKey: 2 }), [[1, 'card-expiry']]],
    [
      'a birth-year select beside a card number stays ordinary',
      page({ labelText: 'Card number', rowKey: 1 }, { tag: 'select', type: '', name: 'birth_year', options: ['1950', '1951', '1952'], rowKey: 1 }),
      [[0, 'card-number']],
    ],
    ['a coupon code after the card number stays ordinary', page({ labelText: 'Card number', rowKey: 1 }, { labelText: 'Coupon code', rowKey: 1 }), [[0, 'card-number']]],
    [
      '"Month" far from any card field stays ordinary',
      page({ labelText: 'Card number', rowKey: 1 }, {}, {}, {}, {}, { tag: 'select', type: '', labelText: 'Month', options: ['01', '02', '03'], rowKey: 9 }),
      [[0, 'card-number']],
    ],
  ])('%s', (_why, controls, want) => {
    expect(kinds(classifyFields(controls))).toEqual(want);
  });
});

describe('card context travels with the page readers (scanner/page-readers.ts)', () => {
  // In the page it is bundled into page-readers.js: a run-time import of analyse.ts, evidence.ts or the word lists
  // would bring all of them along (about 6 KB gzipped more, on every page with a card field).
  const runtimeImports = (file: string): string[] =>
    [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/^import (?!type )[^;]*? from '([^']+)';$/gm)].map((m) => m[1]!);

  it('imports at run time only the kinds (kinds.ts), which import only the kinds themselves', () => {
    expect(runtimeImports('./card-context.ts')).toEqual(['./kinds']);
    expect(runtimeImports('./kinds.ts')).toEqual(['../types']);
  });
});
