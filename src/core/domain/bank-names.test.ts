import { describe, expect, it } from 'vitest';
import type { Brand } from '../../knowledge/types';
import { assessDomain } from './assess-domain';
import { buildBrandIndex, findLookalike } from './lookalike';

// Red-team round 9: A2 (a kit's prefix glued before a bank's name was spared as another bank's initials), A5 (a bank's
// code glued to "china"; a swap at a name's end beside a customer-service word). Our own small brand list pins the
// rules; the last blocks run the real knowledge data.
const bank = (id: string, hostTokens: string[], paired: string[] = []): Brand => ({
  id,
  category: 'bank',
  name: { zh: `${id}银行`, en: id },
  aliases: [],
  hostTokens,
  pairedHostTokens: paired,
  domains: [{ domain: `${id}.example`, source: 'test' }],
});
const index = buildBrandIndex(
  [
    bank('abc', ['abchina'], ['abc']),
    bank('cmb', ['cmb', 'cmbchina']),
    bank('cgb', ['cgbchina'], ['cgb']),
    bank('ccb', ['ccb']),
    bank('icbc', ['icbc']),
    bank('psbc', ['psbc']),
    bank('ping', ['pinganbank'], ['pingan']),
    bank('czb', ['czbank']),
    { ...bank('alipay', ['alipay']), category: 'payment' },
    { ...bank('venmo', ['venmo']), category: 'payment' },
  ],
  ['kefu', 'kf', 'jf', 'tuikuan'],
);
const find = (left: string) => findLookalike(left.split('.'), index);

describe('red team 9 (A2): a kit prefix or a service word glued before a bank name is no bank initials', () => {
  it.each([
    ['kfabchina', 'abc'],
    ['tkcmbchina', 'cmb'],
    ['appabchina', 'abc'],
    ['vipcmbchina', 'cmb'],
    ['zfabchina', 'abc'],
    ['jfcmbchina', 'cmb'],
    ['wapabchina', 'abc'],
    ['mycmbchina', 'cmb'],
    ['payczbank', 'czb'],
    ['www.kfcmbchina', 'cmb'],
    ['95abchina', 'abc'],
  ])('%s embeds %s', (left, brand) => {
    expect(find(left)).toMatchObject({ brand, how: 'embedded' });
  });

  it.each(['www.ccabchina', 'hkcmbchina', 'hzczbank', 'sdabchina', 'hkbchina', 'jsbchina'])(
    '%s stays another bank (its initials)',
    (left) => {
      expect(find(left)).toBeNull();
    },
  );
});

describe('red team 9 (A5): a bank code glued to "china" is the bank spelt out', () => {
  it.each([
    ['ccbchina', 'ccb', 'embedded', 'ccb in ccbchina'],
    ['icbcchina-kf', 'icbc', 'embedded', 'icbc in icbcchina-kf'],
    ['psbcchina', 'psbc', 'embedded', 'psbc in psbcchina'],
    ['abcchina', 'abc', 'embedded', 'abc in abcchina'],
    ['lcbcchina', 'icbc', 'homoglyph', 'lcbcchina looks like icbcchina'],
    ['abcchlna', 'abc', 'homoglyph', 'abcchlna looks like abcchina'],
    ['1cbcch1na', 'icbc', 'homoglyph', '1cbcch1na looks like icbcchina'],
  ])('%s imitates %s (%s)', (left, brand, how, detail) => {
    expect(find(left)).toMatchObject({ brand, how, reason: { detail } });
  });

  it.each([
    ['jcbcchina', 'a changed letter spells another code'],
    ['hxbchina', 'no bank here has this code'],
    ['pinganchina', 'a pinyin word (平安), not a code'],
    ['hsbcchinatown', 'not the end of the part'],
  ])('%s is not a lookalike (%s)', (left) => {
    expect(find(left)).toBeNull();
  });
});

describe('red team 9 (A5): a swap at the first or last letter counts beside a customer-service word', () => {
  it.each([
    ['alipya-kefu', 'alipya ~ alipay'],
    ['laipay-tuikuan', 'laipay ~ alipay'],
    ['kf-alipya', 'alipya ~ alipay'],
  ])('%s imitates alipay', (left, detail) => {
    expect(find(left)).toMatchObject({ brand: 'alipay', how: 'edit-distance', reason: { detail } });
  });

  it.each(['alipya', 'laipay-shop', 'venom-shop', 'venom', 'alipya.kefu-center'])('%s is not a lookalike', (left) => {
    expect(find(left)).toBeNull();
  });
});

describe('red team 9 on the real brand list', () => {
  it.each([
    ['kfabchina.com', 'abc'],
    ['tkcmbchina.com', 'cmb'],
    ['appabchina.com', 'abc'],
    ['vipcmbchina.com', 'cmb'],
    ['kfcmbchina.top', 'cmb'],
    ['zfabchina.com', 'abc'],
    ['ccbchina.top', 'ccb'],
    ['icbcchina.com', 'icbc'],
    ['bocchina.top', 'boc'],
    ['psbcchina.top', 'psbc'],
    ['lcbcchina.com', 'icbc'],
    ['abcchlna.com', 'abc'],
    ['alipya-kefu.com', 'alipay'],
    ['jingdogn-kefu.com', 'jd'],
  ])('%s is a lookalike of %s', (host, brand) => {
    expect(assessDomain(`https://${host}/`, [])).toMatchObject({ kind: 'lookalike', brand });
  });

  // Invented honest hosts: regional banks' initials before "china" or "bank", firms named "<initials>china", and
  // prefixes on such names. None may become a lookalike.
  it.each([
    'www.ccabchina.com', 'hkbchina.com', 'jsbchina.cn', 'qlbchina.com', 'lsbchina.com', 'zsbchina.com', 'hfbchina.com',
    'jxbchina.com', 'nbcb.com.cn', 'bjrcb.com', 'lzccb.com', 'jjccb.com', 'wzbank.cn', 'tzbank.com', 'zybank.com.cn',
    'qsbank.cc', 'gdnybank.com', 'xmbankonline.com', 'app.hkbchina.com', 'vip.jsbchina.cn', 'm.qlbchina.com',
    'ebank.jsbchina.cn', 'appchina.com', 'mybank.cn', 'vipchina.com', 'webchina.com', 'paychina.com', 'tkchina.com',
    'uobchina.com.cn', 'ocbcchina.com', 'dbschina.com', 'anzchina.com', 'ibmchina.com',
    'pwcchina.com', 'scbchina.com', 'icbchina.com', 'tdbank.com', 'foodbankchina.org',
    'indochina.travel', 'apphzbank.cn', 'myhkbchina.com', 'pinganchina.com', 'venom-shop.com', 'alipya.com',
  ])('%s stays unknown', (host) => {
    expect(assessDomain(`https://${host}/`, [])).toMatchObject({ kind: 'unknown' });
  });
});
