import { describe, expect, it } from 'vitest';
import type { ControlSnapshot } from '../types';
import { analyse } from './analyse';
import { analyseControl, classifyFields, findingsOf } from './classify';
import { page } from './control-factory';

// Pages where ignored controls (textarea, search, email, checkbox, hidden, date …, decoys) carry card or code words and
// sit between, before and after the fields that count: skipping their analysis must not change a finding.
const PAGES: [string, ControlSnapshot[]][] = [
  [
    'card form with a textarea note and a checkbox between the number and the expiry',
    page(
      { labelText: '银行卡号', inputmode: 'numeric' },
      { tag: 'textarea', type: '', labelText: '卡号备注 card number' },
      { type: 'checkbox', labelText: 'Save card number', rowKey: 5 },
      { tag: 'select', labelText: 'Month', options: ['MM', '01', '02', '03', '04'], rowKey: 5 },
      { tag: 'select', options: ['YYYY', '2026', '2027', '2028'], rowKey: 5 },
      { labelText: 'Security code', maxLength: 4, rowKey: 5 },
    ),
  ],
  [
    'code boxes after an email field that names a code, a hidden token in the row',
    page(
      { type: 'email', labelText: '验证码 email', autocomplete: 'one-time-code' },
      { type: 'hidden', name: 'sms_code_token', rowKey: 3 },
      ...[0, 1, 2, 3, 4, 5].map(() => ({ maxLength: 1, inputmode: 'numeric', rowKey: 3, nearbyText: '短信验证码' })),
      { type: 'search', labelText: 'CVV', buttonText: '获取验证码' },
    ),
  ],
  [
    'a date and a url field beside card fields, a password login after',
    page(
      { type: 'date', labelText: 'Expiry date', rowKey: 2 },
      { autocomplete: 'cc-number', rowKey: 2 },
      // A decoy: readonly and hidden from people, card words and all.
      { labelText: 'Card number', maxLength: 4, readOnly: true, hiddenFromPeople: true, rowKey: 2 },
      { type: 'url', labelText: 'CVV', rowKey: 2 },
      { maxLength: 3, placeholder: '123', rowKey: 2 },
      { type: 'password', labelText: '登录密码' },
      { type: 'radio', labelText: 'card PIN' },
    ),
  ],
];

describe('classification in steps (analyseControl per control, then findingsOf)', () => {
  it.each(PAGES)('%s: same findings as classifyFields, and as analysing every control in full', (_name, controls) => {
    const stepped = findingsOf(controls.map(analyseControl));
    expect(stepped).toEqual(classifyFields(controls));
    // The full analysis of every control, ignored ones included (what classifyFields did before it skipped them).
    expect(stepped).toEqual(findingsOf(controls.map((c) => analyse(c))));
    expect(stepped.length).toBeGreaterThan(0);
  });

  it.each<[string, Partial<ControlSnapshot>]>([
    ['textarea with a card word in a long instruction', { tag: 'textarea', type: '', labelText: '备注（请勿在此填写银行卡号）' }],
    ['email box with autocomplete cc-number', { type: 'email', autocomplete: 'cc-number' }],
    ['search box named cvv', { type: 'search', name: 'cvv' }],
    ['hidden input named card_number', { type: 'hidden', name: 'card_number' }],
  ])('%s is never a finding and is not analysed', (_name, over) => {
    const [c] = page(over);
    const state = analyseControl(c!);
    expect(state.kind).toBeNull();
    expect(state.ev).toEqual({});
    expect(classifyFields([c!])).toEqual([]);
  });

  it('a control that counts is analysed in full', () => {
    const [c] = page({ labelText: '银行卡号' });
    expect(analyseControl(c!).kind).toBe('card-number');
  });
});
