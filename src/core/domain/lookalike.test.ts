import { describe, expect, it } from 'vitest';
import type { Brand } from '../../knowledge/types';
import { buildBrandIndex, findLookalike } from './lookalike';

// A small brand list of our own, so these tests pin the matching rules, not the knowledge data.
const brand = (id: string, hostTokens: string[], domains: string[], zh: string): Brand => ({
  id,
  category: 'payment',
  name: { zh, en: id },
  aliases: [zh, id],
  hostTokens,
  domains: domains.map((domain) => ({ domain, source: 'test' })),
});
const index = buildBrandIndex([
  brand('alipay', ['alipay'], ['alipay.com'], '支付宝'),
  brand('jd', ['jd', 'jingdong'], ['jd.com'], '京东'),
  { ...brand('icbc', ['95588', 'icbc'], ['icbc.com.cn'], '工商银行'), category: 'bank' },
  { ...brand('ccb', ['95533', 'ccb'], ['ccb.com'], '建设银行'), category: 'bank' },
  { ...brand('cmb', ['95555', 'cmb'], ['cmbchina.com'], '招商银行'), category: 'bank' },
  brand('paypal', ['paypal'], ['paypal.com'], '贝宝'),
  brand('google', ['google'], ['google.com'], '谷歌'),
  brand('sf-express', ['sf-express', 'sfexpress'], ['sf-express.com'], '顺丰速运'),
  brand('vipshop', ['vipshop'], ['vip.com'], '唯品会'),
  brand('twitter', ['twitter'], ['t.co'], '推特'),
  brand('amex', ['amex'], ['americanexpress.com'], '美国运通'),
  brand('dhl', ['dhl'], ['dhl.com'], '敦豪'),
]);
const labels = (left: string) => left.split('.');
const toAscii = (unicodeHost: string) => new URL(`https://${unicodeHost}/`).hostname;

describe('findLookalike', () => {
  it.each([
    ['alipay-refund', 'alipay', 'embedded', 'host-embeds-brand'],
    ['www.jd.com.vip-cancel', 'jd', 'embedded', 'host-embeds-official-domain'],
    ['icbc-cn', 'icbc', 'embedded', 'host-embeds-brand'],
    ['95588-service', 'icbc', 'embedded', 'host-embeds-brand'],
    ['icbc95588', 'icbc', 'embedded', 'host-embeds-brand'],
    ['icbc2024-refund', 'icbc', 'embedded', 'host-embeds-brand'],
    ['kefu95588', 'icbc', 'embedded', 'host-embeds-brand'],
    ['95588icbc', 'icbc', 'embedded', 'host-embeds-brand'],
    ['jd-refund.secure-pay', 'jd', 'embedded', 'host-embeds-brand'],
    ['jd', 'jd', 'embedded', 'host-embeds-brand'],
    ['icbc.secure-pay', 'icbc', 'embedded', 'host-embeds-brand'],
    ['myalipayrefund', 'alipay', 'embedded', 'host-embeds-brand'],
    ['jd.com-refund', 'jd', 'embedded', 'host-embeds-official-domain'],
    ['secure.icbc.com.cn-verify', 'icbc', 'embedded', 'host-embeds-official-domain'],
    ['kefu-jd.com', 'jd', 'embedded', 'host-embeds-official-domain'],
    // An official domain with hyphens for its dots: vip.com's short name is no host token.
    ['vip-com', 'vipshop', 'embedded', 'host-embeds-official-domain'],
    ['www.my-vip-com-refund', 'vipshop', 'embedded', 'host-embeds-official-domain'],
    ['www-icbc-com-cn', 'icbc', 'embedded', 'host-embeds-official-domain'],
    ['sf-express-claim', 'sf-express', 'embedded', 'host-embeds-brand'],
    ['lipei.my-sf-express', 'sf-express', 'embedded', 'host-embeds-brand'],
    ['alipey', 'alipay', 'edit-distance', 'host-one-edit-from-brand'],
    ['a1ipay', 'alipay', 'edit-distance', 'host-one-edit-from-brand'],
    ['paypai-help', 'paypal', 'edit-distance', 'host-one-edit-from-brand'],
    ['paypall-help', 'paypal', 'embedded', 'host-embeds-brand'],
    ['login.g00g1e', 'google', 'homoglyph', 'host-homoglyph-of-brand'],
    // A 4-letter token: an l or a 1 for its i (what the address bar shows), alone or as a hyphen token.
    ['lcbc', 'icbc', 'homoglyph', 'host-homoglyph-of-brand'],
    ['1cbc-refund', 'icbc', 'homoglyph', 'host-homoglyph-of-brand'],
    ['kefu.lcbc', 'icbc', 'homoglyph', 'host-homoglyph-of-brand'],
    ['arnex', 'amex', 'homoglyph', 'host-homoglyph-of-brand'],
    // A bank's short name glued to "bank": its name spelt out (short names count inside no other word).
    ['icbcbank', 'icbc', 'embedded', 'host-embeds-brand'],
    ['ccbbank-kefu', 'ccb', 'embedded', 'host-embeds-brand'],
    ['bankcmb', 'cmb', 'embedded', 'host-embeds-brand'],
  ])('%s imitates %s (%s)', (left, brandId, how, code) => {
    const match = findLookalike(labels(left), index);
    expect(match).toMatchObject({ brand: brandId, how, reason: { code } });
  });

  it('finds a Cyrillic а in аlipay as a homoglyph', () => {
    const host = toAscii('аlipay.com');
    expect(host.startsWith('xn--')).toBe(true);
    expect(findLookalike([host.split('.')[0]!], index)).toMatchObject({ brand: 'alipay', how: 'homoglyph' });
  });

  it('finds a Chinese brand name in an internationalised label as punycode', () => {
    const host = toAscii('支付宝-退款.com');
    expect(findLookalike([host.split('.')[0]!], index)).toMatchObject({ brand: 'alipay', how: 'punycode' });
  });

  it.each([
    ['evilicbc', 'a short token inside a word is not a boundary match'],
    ['jdx', 'short tokens never match by edit distance'],
    ['jd.campus-news', 'a short token alone as a subdomain label is a department name as often as a lure'],
    ['jd.community', 'a domain followed by more letters is another word'],
    ['sf-expressway', 'a hyphenated token followed by more letters is another word'],
    ['vip-shop-deals', 'hyphens are not dropped: two ordinary words do not spell a token'],
    ['icbb', 'a 4-letter token is below the edit-distance length'],
    ['lcbb', 'a 4-letter token: a look-alike letter and another change'],
    ['jdl', 'a short token never matches by its look'],
    ['dhi', 'a 3-letter token never matches by its look'],
    ['daily-news', 'ordinary words'],
    ['vip-company', 'hyphens for dots still need whole labels: vip.company is not vip.com'],
    ['vipcom-deals', 'no hyphen where the dot would be'],
    ['art-t-co', 'a one-letter name spelt with hyphens is any letter beside a word'],
    ['bocconi', 'no brand at all'],
    ['jd2x', 'a token glued to a number counts only when the part is the two runs and nothing else'],
    ['web3', 'a number glued to an ordinary word'],
    ['kefu95589', 'a number that is no token, glued to an ordinary word'],
    ['95589-hotline', 'a phone-number token has no near misses'],
    ['jdbank', 'a short name glued to "bank" counts only for a bank (jd is a shop)'],
    ['icbcbanking-news', 'a bank glued to more than "bank" is another word'],
    ['xn--zz-invalid', 'bad punycode is just a label'],
    ['', 'empty'],
  ])('%s is not a lookalike (%s)', (left) => {
    expect(findLookalike(left ? labels(left) : [], index)).toBeNull();
  });
});

describe('findLookalike: a short name beside a customer-service word', () => {
  // Our own brands and words: two-letter names that alone are anybody's (the "PQ Club", "LT Sports").
  const shortIndex = buildBrandIndex(
    [
      { ...brand('lantern', ['lanternpay'], ['lantern.example'], '灯笼'), pairedHostTokens: ['lt'] },
      { ...brand('pq', [], ['pq.example'], '皮丘'), pairedHostTokens: ['pq', 'pqmail'] },
    ],
    ['kefu', 'kf', 'tuikuan'],
  );

  it.each([
    ['lt-kefu', 'lantern', 'lt in lt-kefu'],
    ['kefu-lt', 'lantern', 'lt in kefu-lt'],
    ['kf-pq-vip', 'pq', 'pq in kf-pq-vip'],
    ['pqkefu', 'pq', 'pq in pqkefu'],
    ['tuikuanlt', 'lantern', 'lt in tuikuanlt'],
    ['pqmail-tuikuan', 'pq', 'pqmail in pqmail-tuikuan'],
    ['www.lt-tuikuan', 'lantern', 'lt in lt-tuikuan'],
    ['lt-kefu.example-shop', 'lantern', 'lt in lt-kefu'],
    // In two labels when one is the registered name (the last label here): the fraudster chose both.
    ['lt.kefu-center', 'lantern', 'lt in lt.kefu-center'],
    ['m.lt.tuikuan', 'lantern', 'lt in lt.tuikuan'],
    ['kefu.lt-vip', 'lantern', 'lt in kefu.lt-vip'],
  ])('%s imitates %s', (left, brandId, detail) => {
    expect(findLookalike(labels(left), shortIndex)).toMatchObject({ brand: brandId, how: 'embedded', reason: { code: 'host-embeds-brand', detail } });
  });

  it.each([
    ['lt', 'the short name alone'],
    ['lt-sports', 'beside an ordinary word'],
    ['ltsports', 'inside an ordinary word'],
    ['kefu-center', 'the service word alone'],
    ['ltkf', 'a two-letter service word glued to the name: needs a hyphen'],
    ['lt.kefu.example-shop', 'name and word in two subdomains of a name that has neither'],
    ['lt.kefucenter', 'the word inside another word of the registered name'],
    ['ltv.kefu-center', 'a subdomain that only starts with the name'],
    ['alt-kefu', 'the name inside another hyphen token'],
    ['ltkefus', 'the glued pair followed by more letters'],
  ])('%s is not a lookalike (%s)', (left) => {
    expect(findLookalike(labels(left), shortIndex)).toBeNull();
  });

  it('needs the words: without them a short name never counts', () => {
    const noWords = buildBrandIndex([{ ...brand('lantern', [], ['lantern.example'], '灯笼'), pairedHostTokens: ['lt'] }]);
    expect(findLookalike(labels('lt-kefu'), noWords)).toBeNull();
  });
});

// Red-team round 7, finding 1: regional banks' own online banking was a "lookalike" of WeBank or 浙商 (ebank ~ webank,
// hzbank ~ czbank). Kits register the near miss (weebank.com, czbamk.com) or put the brand itself into the host; a
// subdomain of someone else's name and another bank's "<code>bank" are neither.
describe('findLookalike: near misses only in names the fraudster chose, never another bank code', () => {
  const bankIndex = buildBrandIndex(
    [
      { ...brand('webank', ['webank'], ['webank.com'], '微众银行'), category: 'bank' },
      { ...brand('czb', ['czbank'], ['czbank.com'], '浙商银行'), category: 'bank' },
      { ...brand('ceb', ['cebbank'], ['cebbank.com'], '光大银行'), category: 'bank' },
      { ...brand('hengfeng', ['hfbank'], ['hfbank.com.cn'], '恒丰银行'), category: 'bank' },
      brand('alipay', ['alipay'], ['alipay.com'], '支付宝'),
      brand('google', ['google'], ['google.com'], '谷歌'),
    ],
    ['kefu', 'tuikuan'],
  );

  it.each([
    ['webank-kefu', 'webank', 'embedded', 'webank in webank-kefu'],
    ['cebbank-refund', 'ceb', 'embedded', 'cebbank in cebbank-refund'],
    // A doubled or dropped double letter reads as the same name; a changed letter of `bank` is a misspelling.
    ['weebank', 'webank', 'edit-distance', 'weebank ~ webank'],
    ['cebank', 'ceb', 'edit-distance', 'cebank ~ cebbank'],
    ['czbamk', 'czb', 'edit-distance', 'czbamk ~ czbank'],
    ['www.czbannk', 'czb', 'edit-distance', 'czbannk ~ czbank'],
    ['hfbamk-tuikuan', 'hengfeng', 'edit-distance', 'hfbamk ~ hfbank'],
    // The registered name holds a customer-service word: its subdomains are the fraudster's too.
    ['alipey.kefu-center', 'alipay', 'edit-distance', 'alipey ~ alipay'],
    ['weebank.tuikuan', 'webank', 'edit-distance', 'weebank ~ webank'],
    // Look-alike letters count in any label.
    ['g00gle.campus-news', 'google', 'homoglyph', 'g00gle looks like google'],
  ])('%s imitates %s (%s)', (left, brandId, how, detail) => {
    expect(findLookalike(labels(left), bankIndex)).toMatchObject({ brand: brandId, how, reason: { detail } });
  });

  it.each([
    // Subdomains of someone else's registered name (bankofbeijing.com.cn, jsrcu-demo.com).
    ['ebank.bankofbeijing.com', 'ebank: the online bank of any bank'],
    ['ebank.jsrcu-demo', 'ebank on a name with no service word'],
    ['alipey.campus-news', 'a subdomain near miss on an unrelated registered name'],
    // City and regional banks: one letter of the code is another bank.
    ['www.hzbank', '杭州银行 ~ czbank'],
    ['ebank.wzbank', '温州银行 ~ czbank'],
    ['www.tzbank', '台州银行'],
    ['www.lzbank', '兰州银行'],
    ['gzbank', '贵州/赣州'],
    ['jzbank', '锦州/晋中'],
    ['szbank', 'szbank'],
    ['xzbank', 'xzbank'],
    ['hebbank', '河北银行 ~ cebbank'],
    ['hxbank', '华夏 ~ hfbank'],
    ['ebank', 'a dropped code letter that is no double'],
    ['wbank', 'wbank'],
    ['wesbank', 'an added code letter that is no double'],
  ])('%s is not a lookalike (%s)', (left) => {
    expect(findLookalike(labels(left), bankIndex)).toBeNull();
  });

  it('on a user-content host the publisher chose every name: near misses count in them (a1ipay.feishu.cn)', () => {
    expect(findLookalike(labels('alipey.feishu'), bankIndex)).toBeNull();
    expect(findLookalike(labels('alipey.feishu'), bankIndex, true)).toMatchObject({ brand: 'alipay', how: 'edit-distance' });
    expect(findLookalike(labels('hzbank.feishu'), bankIndex, true)).toBeNull();
  });
});

// Red-team round 7, finding 2: 微信's `weixin` inside 卫星 (weixing). Pinyin's -n runs on into -ng.
describe('findLookalike: a long token inside a label', () => {
  const pinyinIndex = buildBrandIndex([brand('tencent', ['weixin'], ['qq.com'], '腾讯'), brand('douyin', ['douyin'], ['douyin.com'], '抖音')]);

  it.each([
    ['myweixin-kefu', 'tencent'],
    ['weixinpay', 'tencent'],
    ['weixing-weixin', 'tencent'],
    ['douyinshop', 'douyin'],
  ])('%s imitates %s', (left, brandId) => {
    expect(findLookalike(labels(left), pinyinIndex)).toMatchObject({ brand: brandId, how: 'embedded' });
  });

  it.each(['beidou-weixing', 'weixing', 'www.weixingdaohang', 'douying'])('%s is not a lookalike (-n + g is another syllable)', (left) => {
    expect(findLookalike(labels(left), pinyinIndex)).toBeNull();
  });
});

// Red-team round 8, finding A6: hosts a kit picks that slipped the rules above, each with its honest neighbours.
describe('findLookalike: red team 8 (A6) bank names a reader cannot tell from the bank', () => {
  const bank = (id: string, hostTokens: string[], pairedHostTokens: string[] = []): Brand => ({
    ...brand(id, hostTokens, [`${id}.example`], id),
    category: 'bank',
    pairedHostTokens,
  });
  const rtIndex = buildBrandIndex(
    [
      bank('icbc', ['icbc']),
      bank('ccb', ['ccb']),
      bank('boc', ['boc']),
      bank('cmb', ['cmb', 'cmbchina']),
      bank('abc', ['abchina'], ['abc']),
      bank('cib', [], ['cib']),
      bank('czb', ['czbank']),
      bank('webank', ['webank']),
      bank('citic', ['citicbank']),
      bank('bocom', ['bankcomm']),
      brand('alipay', ['alipay'], ['alipay.com'], '支付宝'),
      brand('taobao', ['taobao'], ['taobao.com'], '淘宝'),
      brand('tencent', ['tencent', 'wechat'], ['qq.com'], '腾讯'),
      brand('apple', ['appleid'], ['apple.com'], '苹果'),
      brand('venmo', ['venmo'], ['venmo.com'], 'Venmo'),
      brand('sichuan-airlines', ['sichuanair'], ['scal.com.cn'], '四川航空'),
    ],
    ['kefu', 'kf', 'tuikuan'],
  );
  const find = (left: string) => findLookalike(labels(left), rtIndex);

  it.each([
    // An l or a 1 for the i of a code glued to "bank", and other look-alike letters there.
    ['lcbcbank', 'icbc', 'homoglyph', 'lcbcbank looks like icbcbank'],
    ['1cbcbank', 'icbc', 'homoglyph', '1cbcbank looks like icbcbank'],
    ['www.lcbcbank-kefu', 'icbc', 'homoglyph', 'lcbcbank looks like icbcbank'],
    ['crnbbank', 'cmb', 'homoglyph', 'crnbbank looks like cmbbank'],
    // A 3-letter code as a whole subdomain label of a registered name holding a service word.
    ['ccb.kefu-tk', 'ccb', 'embedded', 'ccb in ccb'],
    ['boc.tuikuan-center', 'boc', 'embedded', 'boc in boc'],
    ['m.cmb.kefu-zx', 'cmb', 'embedded', 'cmb in cmb'],
    // A hyphen inside the bank's name, at "bank".
    ['cz-bank-kefu', 'czb', 'embedded', 'czbank in cz-bank-kefu'],
    ['we-bank-kf', 'webank', 'embedded', 'webank in we-bank-kf'],
    ['citic-bank-tk', 'citic', 'embedded', 'citicbank in citic-bank-tk'],
    ['bank-comm-help', 'bocom', 'embedded', 'bankcomm in bank-comm-help'],
    // A paired short name glued to "bank" (农行 abc, 兴业 cib), or beside a service word.
    ['abcbank-kf', 'abc', 'embedded', 'abc in abcbank-kf'],
    ['bankabc', 'abc', 'embedded', 'abc in bankabc'],
    ['cibbank', 'cib', 'embedded', 'cib in cibbank'],
    ['cib-kefu', 'cib', 'embedded', 'cib in cib-kefu'],
    // Two neighbours swapped inside a name the fraudster chose.
    ['aliapy-refund', 'alipay', 'edit-distance', 'aliapy ~ alipay'],
    ['taboao-tk', 'taobao', 'edit-distance', 'taboao ~ taobao'],
    ['wecaht-pay', 'tencent', 'edit-distance', 'wecaht ~ wechat'],
    ['tencnet-kefu', 'tencent', 'edit-distance', 'tencnet ~ tencent'],
    ['aliapy.kefu-center', 'alipay', 'edit-distance', 'aliapy ~ alipay'],
  ])('%s imitates %s (%s)', (left, brandId, how, detail) => {
    expect(find(left)).toMatchObject({ brand: brandId, how, reason: { detail } });
  });

  it.each([
    ['jcbcbank', 'a changed letter that looks like nothing: another code'],
    ['icbbank', 'no bank has this code'],
    ['ccb.partner-shop', 'a code as a subdomain of a name without a service word'],
    ['ccb.kefu.partner-shop', 'the service word in another subdomain, not the registered name'],
    ['cibo-cafe', 'cib inside a word'],
    ['cib-art', 'cib beside an ordinary word'],
    ['abc-kids', 'abc beside an ordinary word'],
    ['bank-abc', 'a hyphen between "bank" and a paired short name: another bank (Bank ABC)'],
    ['ab-china-trade', 'a code split elsewhere than at "bank"'],
    ['sichuan-air-con', 'a non-bank token split in two is two ordinary words'],
    ['venom-shop', 'a swap that moves the last letter'],
    ['laipay', 'a swap that moves the first letter'],
    ['applied-science', 'two vowels swapped spell another word'],
    ['aliapy.campus-news', 'a swap in a subdomain of somebody else'],
    ['zcbank', 'a swapped code in "<code>bank" is another bank'],
  ])('%s is not a lookalike (%s)', (left) => {
    expect(find(left)).toBeNull();
  });
});

// Red-team round 8, finding B3: 长安银行's ccabchina held 农行's abchina. Banks name their sites after their initials
// glued to "china" or "bank"; a few letters glued before another bank's code make other initials.
describe('findLookalike: red team 8 (B3) a bank code glued after other initials', () => {
  const codeIndex = buildBrandIndex([
    { ...brand('abc', ['abchina'], ['abchina.com'], '农业银行'), category: 'bank' },
    { ...brand('cmb', ['cmbchina'], ['cmbchina.com'], '招商银行'), category: 'bank' },
    { ...brand('czb', ['czbank'], ['czbank.com'], '浙商银行'), category: 'bank' },
    brand('alipay', ['alipay'], ['alipay.com'], '支付宝'),
  ]);

  it.each(['www.ccabchina', 'www.hkcmbchina', 'hzczbank-online'])('%s is not a lookalike', (left) => {
    expect(findLookalike(labels(left), codeIndex)).toBeNull();
  });

  it.each([
    ['abchina-kefu', 'abc'],
    ['abchinavip', 'abc'],
    ['wwwabchina', 'abc'],
    ['myaccount-abchina', 'abc'],
    ['kefuabchina', 'abc'],
    ['1abchina', 'abc'],
    ['xalipay', 'alipay'],
  ])('%s still imitates %s', (left, brandId) => {
    expect(findLookalike(labels(left), codeIndex)).toMatchObject({ brand: brandId, how: 'embedded' });
  });
});
