import { describe, expect, it } from 'vitest';
import type { Brand } from '../../knowledge/types';
import type { DomainAssessment, DomainKind, FieldFinding, FieldKind, PageSignal } from '../types';
import { foldPageText } from '../text/han-fold';
import { asksForBankLogin, bankLoginLine, bankLoginPage, brandOfPasswordLabel, buildAccountMatchers, PASSWORD_FOR_BRAND, passwordLabelClaims, withPasswordLabelClaims } from './password-labels';

const brand = (id: string, aliases: string[], accountNames?: string[]): Brand => ({
  id,
  category: 'global',
  name: { zh: aliases[0]!, en: id },
  aliases,
  ...(accountNames ? { accountNames } : {}),
  hostTokens: [],
  domains: [],
});
// Made-up brands, so that these tests say what the rule does whatever the knowledge base holds.
const matchers = buildAccountMatchers([
  brand('penguin', ['企鹅安全中心', 'Penguin Chat'], ['PQ', '企鹅']),
  brand('lantern', ['Lantern', '灯笼商城']),
  brand('lantern-community', ['Lantern Community']),
]);
const brandOf = (label: string) => brandOfPasswordLabel(label, matchers)?.brand;

const domain = (kind: DomainKind): DomainAssessment => ({ host: 'h.example', registrableDomain: 'h.example', kind, insecure: false, reasons: [] });
const field = (labels: string[], kind: FieldFinding['kind'] = 'password'): FieldFinding => ({ index: 1, kind, id: null, name: null, reasons: [], labels });

describe('brandOfPasswordLabel', () => {
  it.each([
    ['PQ密码', 'penguin'],
    ['请输入PQ密码', 'penguin'],
    ['请输入您的企鹅账号密码', 'penguin'],
    ['PQ 邮箱密码', 'penguin'],
    ['Lantern password', 'lantern'],
    ['Enter your Lantern account password', 'lantern'],
    ['Password for Lantern', 'lantern'],
    ['灯笼商城登录密码：', 'lantern'],
    ['PQ密码（6-16位）', 'penguin'],
    // The longest name found speaks: the community's password, not the shop's.
    ['Lantern Community password', 'lantern-community'],
  ])('%s → %s', (label, id) => {
    expect(brandOf(label)).toBe(id);
  });

  it.each([
    // No password word: the account itself, asked for on many honest forms.
    ['PQ号码'],
    ['Lantern username'],
    // Advice on an honest sign-up form about that other password.
    ['设置密码（请勿与PQ密码相同）'],
    ['设置密码，不要使用PQ密码'],
    ['Do not reuse your Lantern password'],
    ['Not the same as your Lantern password'],
    // Short ones too, where the brand and the password word leave a single other word.
    ['非PQ密码'],
    ['勿用PQ密码'],
    ['Not your Lantern password'],
    // A name inside another word is not the name.
    ['PQRS password'],
    ['Lanterns password'],
    // A sentence around the name is an instruction, not the field's name.
    ['忘记PQ密码请联系客服找回'],
    // A password with no brand.
    ['登录密码'],
    ['WiFi password'],
  ])('%s → no brand', (label) => {
    expect(brandOf(label)).toBeUndefined();
  });
});

describe('passwordLabelClaims', () => {
  it('claims the brand of a password field named for it, naming the account as the knowledge base spells it', () => {
    expect(passwordLabelClaims([field(['', '请输入PQ密码'])], domain('unknown'), matchers)).toEqual([
      { kind: 'brand-claim', brand: 'penguin', reasons: [{ code: PASSWORD_FOR_BRAND, detail: 'PQ' }] },
    ]);
  });

  it('reads every name of the field: a placeholder that says only "6-16位" does not hide the text before it', () => {
    expect(passwordLabelClaims([field(['6-16位', 'PQ密码：'])], domain('unknown'), matchers).map((s) => s.brand)).toEqual(['penguin']);
  });

  it('claims each brand once', () => {
    const claims = passwordLabelClaims([field(['PQ密码']), field(['企鹅密码']), field(['Lantern password'])], domain('lookalike'), matchers);
    expect(claims.map((s) => [s.brand, s.reasons.length])).toEqual([
      ['penguin', 1],
      ['lantern', 1],
    ]);
  });

  it('reads at most 40 distinct names a page: thousands of password boxes cost no more than a few', () => {
    const boxes = (n: number) => [...Array.from({ length: n }, (_, i) => field([`密码${i}`, '密码'])), field(['PQ密码'])];
    // The same name on every box is read once; the 40th distinct name is still read, the 41st is not.
    expect(passwordLabelClaims(boxes(38), domain('unknown'), matchers).map((s) => s.brand)).toEqual(['penguin']);
    expect(passwordLabelClaims(boxes(39), domain('unknown'), matchers)).toEqual([]);
  });

  it('claims nothing on an official or trusted site, nor from a field of another kind', () => {
    expect(passwordLabelClaims([field(['PQ密码'])], domain('official'), matchers)).toEqual([]);
    expect(passwordLabelClaims([field(['PQ密码'])], domain('trusted'), matchers)).toEqual([]);
    expect(passwordLabelClaims([field(['PQ密码'], 'otp')], domain('unknown'), matchers)).toEqual([]);
    expect(passwordLabelClaims([{ ...field([]), labels: undefined as never }], domain('unknown'), matchers)).toEqual([]);
  });

  it('reads a label as the caller prepares page text (folded, invisible characters out)', () => {
    const readable = (t: string) => t.replace(/\u200b/g, '').replace('帳號', '账号');
    expect(passwordLabelClaims([field(['企\u200b鹅帳號密码'])], domain('unknown'), matchers, readable)).toEqual([
      { kind: 'brand-claim', brand: 'penguin', reasons: [{ code: PASSWORD_FOR_BRAND, detail: '企鹅' }] },
    ]);
  });
});

describe('withPasswordLabelClaims', () => {
  it('adds the field reason to a claim of the same brand, and the other brands after', () => {
    const title: PageSignal = { kind: 'brand-claim', brand: 'penguin', reasons: [{ code: 'claim-in-title', detail: '企鹅' }] };
    const script: PageSignal = { kind: 'scam-phrase', phrase: 'x', reasons: [] };
    const fromLabels = passwordLabelClaims([field(['PQ密码']), field(['Lantern password'])], domain('unknown'), matchers);
    const merged = withPasswordLabelClaims([title, script], fromLabels);
    expect(merged.map((s) => [s.brand ?? s.phrase, s.reasons.map((r) => r.code)])).toEqual([
      ['penguin', ['claim-in-title', PASSWORD_FOR_BRAND]],
      ['x', []],
      ['lantern', [PASSWORD_FOR_BRAND]],
    ]);
    // The heading's claim itself is left as it was.
    expect(title.reasons).toHaveLength(1);
  });
});

// Red-team round 8, A1 and B1: whose credentials a password field wants. An online bank's login makes a quoted refund
// script the page's own; a site's "用户名 / 密码" header login does not.
describe('asksForBankLogin', () => {
  const password = (labels: string[]): FieldFinding => ({ index: 0, kind: 'password', id: null, name: null, reasons: [], labels });

  it.each([
    ['请输入网银登录密码'],
    ['网上银行密码'],
    ['手机银行登录密码：'],
    ['电子银行密码'],
    ['Internet banking password'],
    ['Online Banking password'],
  ])('%j is an online bank login', (label) => {
    expect(asksForBankLogin([password(['', label])])).toBe(true);
  });

  it.each([
    ['密码'],
    ['登录密码'],
    ['请输入6-16位密码'],
    ['Password'],
    // Advice on a sign-up form, not a request for that password.
    ['设置密码（请勿与网银密码相同）'],
  ])('%j is no online bank login', (label) => {
    expect(asksForBankLogin([password([label])])).toBe(false);
  });

  it('reads only password fields, and the names as the page text is read (traditional folded)', () => {
    const phone: FieldFinding = { index: 0, kind: 'phone', id: null, name: null, reasons: [], labels: ['网银预留手机号'] };
    expect(asksForBankLogin([phone])).toBe(false);
    expect(asksForBankLogin([password(['網上銀行密碼'])], foldPageText)).toBe(true);
  });
});

// Red-team round 9, A1: more names of a bank's login, format notes in brackets, and a login named by the page only.
describe('asksForBankLogin: round 9', () => {
  const password = (labels: string[]): FieldFinding => ({ index: 0, kind: 'password', id: null, name: null, reasons: [], labels });

  it.each([
    ['掌上银行登录密码'],
    ['一网通登录密码'],
    ['直销银行密码'],
    ['E-Bank 登录密码'],
    ['ebank密码'],
    ['银行账户登录密码'],
    // A format note in brackets is no advice.
    ['网银登录密码（区分大小写，不含空格）'],
    ['网银密码(非首次登录)'],
    ['网上银行登录密码（与手机银行相同）'],
  ])('%j is an online bank login', (label) => {
    expect(asksForBankLogin([password([label])])).toBe(true);
  });

  it.each([
    // Shanghai's government portal, not 招行.
    ['一网通办登录密码'],
    // The bank named only inside a note of advice.
    ['设置密码（不要和网银密码一样）'],
    ['登录密码（不同于手机银行密码）'],
    // Advice outside brackets still turns it.
    ['请勿使用网银密码'],
    // An account number's box, not its login.
    ['银行账户'],
  ])('%j is no online bank login', (label) => {
    expect(asksForBankLogin([password([label])])).toBe(false);
  });
});

describe('bankLoginLine and bankLoginPage', () => {
  it.each([['网银登录 - 在线办理'], ['个人网银登录'], ['个人网上银行'], ['手机银行登录入口'], ['某某银行提醒：企业网银登录'], ['【温馨提示】个人网银'], ['网银登录（防诈骗保护）'], ['个人网银登录（安全提示）']])(
    '%j names a bank login',
    (line) => {
      expect(bankLoginLine(line)).toBe(true);
    },
  );

  it.each([['警惕冒充客服要你登录网银'], ['网银登录诈骗又出新招'], ['网银安全提示'], ['请登录网银完成退款'], ['我的博客 - 记一次退款电话'], ['个人网银注册'], ['网银登录密码重置']])(
    '%j names no bank login',
    (line) => {
      expect(bankLoginLine(line)).toBe(false);
    },
  );

  const field = (kind: FieldKind): Pick<FieldFinding, 'kind'> => ({ kind });
  it('needs one password box or two (a kit\'s "再次输入": red team 10), not three', () => {
    expect(bankLoginPage('退款', ['个人网银登录'], [field('phone'), field('password')])).toBe(true);
    expect(bankLoginPage('个人网银登录', [], [])).toBe(false);
    expect(bankLoginPage('个人网银登录', [], [field('password'), field('password')])).toBe(true);
    expect(bankLoginPage('个人网银登录', [], [field('password'), field('password'), field('password')])).toBe(false);
    expect(bankLoginPage('记一次诈骗电话', ['我的博客'], [field('password')])).toBe(false);
  });
});
