import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { POLICY } from '@/core/verdict/policy';
import { format, readLocale, useLocale } from './fake-i18n';
import { REASON_TABLE, describeReason, reasonLine } from './reason-words';
import { t, uiLanguage } from './t';

const zh = readLocale('zh_CN');
const en = readLocale('en');
const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Keys used in code: t('key'…) calls and data-i18n="key" attributes in the pages. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.set(m[1]!, file);
    for (const m of text.matchAll(/data-i18n="([A-Za-z0-9_]+)"/g)) used.set(m[1]!, file);
  }
  return used;
}

const placeholders = (message: string) => [...message.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort().join(',');

describe('locale files', () => {
  it('zh_CN and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('every message is non-empty text in both languages', () => {
    for (const [key, entry] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('zh_CN and en use the same $n substitutions in each message', () => {
    for (const key of Object.keys(zh)) {
      expect(placeholders(en[key]?.message ?? ''), key).toBe(placeholders(zh[key]!.message));
    }
  });

  it('keys are valid Chrome message names', () => {
    for (const key of Object.keys(zh)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('the name and description fit the store limits (45 and 132 characters)', () => {
    for (const messages of [zh, en]) {
      expect(messages.extName!.message.length).toBeLessThanOrEqual(45);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('every key used in the source exists', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter(([key]) => !(key in zh)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});

describe('t', () => {
  beforeEach(() => useLocale('en'));

  it('fills substitutions', () => {
    expect(t('trustDone', 'example.com')).toBe('example.com is now trusted.');
  });

  it('answers the language of the loaded locale file', () => {
    expect(uiLanguage()).toBe('en');
    useLocale('zh_CN');
    expect(uiLanguage()).toBe('zh');
    expect(t('checkAgain')).toBe('再检查一次');
  });

  it('shows the key when a message is missing, rather than nothing', () => {
    expect(t('noSuchKey' as never)).toBe('noSuchKey');
  });
});

describe('format (the fake getMessage)', () => {
  it.each([
    ['$1 and $2', ['a', 'b'], 'a and b'],
    ['costs $$5', undefined, 'costs $5'],
    ['$1', 'only', 'only'],
  ] as const)('%s', (message, subs, out) => {
    expect(format(message, subs as string | string[] | undefined)).toBe(out);
  });
});

describe('reason words', () => {
  beforeEach(() => useLocale('en'));
  const names: Record<string, string> = { alipay: 'Alipay', 'tencent-meeting': 'Tencent Meeting' };
  const brandName = (id: string) => names[id];

  it('has words for every policy rule', () => {
    const missing = POLICY.filter((rule) => !(rule.id in REASON_TABLE) && rule.level !== 'none').map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('has words for every reason a page signal gives (the popup shows them all as evidence)', () => {
    const dir = join(root, 'src/core/signals');
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    // Literal codes, and codes held in a constant (SIGN_IN_PAGE = 'claim-sign-in-page').
    const literal = [...sources.matchAll(/code: '([a-z-]+)'/g)].map((m) => m[1]!);
    const constants = [...sources.matchAll(/const [A-Z_]+ = '(claim-[a-z-]+|meeting-[a-z-]+|scam-[a-z-]+)'/g)].map((m) => m[1]!);
    const codes = [...new Set([...literal, ...constants])];
    expect(codes).toEqual(expect.arrayContaining(['claim-in-title', 'claim-in-heading', 'claim-sign-in-page', 'scam-phrase']));
    expect(codes.filter((code) => !(code in REASON_TABLE))).toEqual([]);
  });

  it('has words for every refusal of the trusted-domain normaliser', () => {
    const source = readFileSync(join(root, 'src/core/domain/trusted-domain.ts'), 'utf8');
    const codes = [...new Set([...source.matchAll(/refuse\('([a-z-]+)'/g)].map((m) => m[1]!))];
    expect(codes.length).toBeGreaterThan(3);
    expect(codes.filter((code) => !(code in REASON_TABLE))).toEqual([]);
  });

  it('has words for every refusal of "trust this site" in the background', () => {
    const source = readFileSync(join(root, 'src/entrypoints/background/handlers.ts'), 'utf8');
    const codes = [...new Set([...source.matchAll(/code: '(trust-[a-z-]+)'/g)].map((m) => m[1]!))];
    expect(codes.length).toBeGreaterThan(1);
    expect(codes.filter((code) => !(code in REASON_TABLE))).toEqual([]);
  });

  it('has words for every problem the import can report', () => {
    const source = readFileSync(join(root, 'src/settings/trusted-file.ts'), 'utf8');
    const codes = [...new Set([...source.matchAll(/'(import-[a-z-]+)'/g)].map((m) => m[1]!))];
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((code) => !(code in REASON_TABLE))).toEqual([]);
  });

  it.each([
    [{ code: 'card-pin-off-official' }, {}, 'It asks for your card, online-banking or payment-app password. Nobody but your bank or the app itself ever needs it.', undefined],
    [{ code: 'host-embeds-brand', detail: 'alipay in alipay-refund' }, { brand: 'alipay' }, 'The address borrows the name of Alipay, but the site does not belong to Alipay.', 'alipay-refund'],
    [{ code: 'host-embeds-official-domain', detail: 'alipay.com in alipay.com.refund-center' }, { brand: 'alipay' }, 'The address wraps the real address of Alipay, but it is another site.', 'alipay.com.refund-center'],
    [{ code: 'host-spells-brand-name', detail: '支付宝 in 支付宝退款.com' }, { brand: 'alipay' }, 'The address spells the name of Alipay in Chinese or special letters.', '支付宝退款.com'],
    [{ code: 'host-homoglyph-of-brand', detail: 'аlipay looks like alipay' }, { brand: 'alipay' }, 'The address uses look-alike letters to pass for Alipay.', undefined],
    [{ code: 'trusted-lookalike', detail: 'alipay' }, {}, 'This address imitates Alipay. Scammers often ask people to trust addresses like this.', undefined],
    [{ code: 'trusted-public-suffix', detail: 'com.cn' }, {}, '“com.cn” is an ending shared by many sites; trusting it would trust thousands of them. Type a full address such as icbc.com.cn.', undefined],
    [{ code: 'claim-in-title', detail: '支付宝' }, { brand: 'nobody-knows' }, "The page title says it is a well-known company, but the address is not a well-known company's.", '支付宝'],
  ])('%j reads as plain words', (reason, subject, text, evidence) => {
    expect(describeReason(reason, brandName, subject)).toEqual(evidence ? { text, evidence } : { text });
  });

  it.each(['card-and-code-with-money-claim', 'card-and-code-with-scam-script', 'card-and-code-over-http'])(
    '%s says "security code", not "code", when the page asks for no SMS code',
    (code) => {
      expect(describeReason({ code }, brandName).text).toMatch(/ and a code\.$/);
      expect(describeReason({ code }, brandName, { noSmsCode: true }).text).toMatch(/the security code on the back of the card\.$/);
      // Rules that are not about a card and a code keep their one sentence.
      expect(describeReason({ code: 'card-pin-off-official' }, brandName, { noSmsCode: true })).toEqual(describeReason({ code: 'card-pin-off-official' }, brandName));
    },
  );

  it('a password named for an account says the account as the person knows it; in English not a Chinese name', () => {
    const names2 = { ...names, tencent: 'Tencent', jd: 'JD.com' };
    const named = (id: string) => names2[id as keyof typeof names2];
    expect(describeReason({ code: 'claim-password-for', detail: 'QQ' }, named, { brand: 'tencent' }).text).toBe(
      "The page asks for your QQ password, but this is not QQ's own site.",
    );
    expect(describeReason({ code: 'claim-password-for', detail: '京东' }, named, { brand: 'jd' }).text).toBe(
      "The page asks for your JD.com password, but this is not JD.com's own site.",
    );
    useLocale('zh_CN');
    expect(describeReason({ code: 'claim-password-for', detail: '京东' }, named, { brand: 'jd' }).text).toBe('网页要你输入京东的账号密码，可这不是京东自己的网站。');
    // A name the knowledge base does not give that brand is never said back, as in the banner: the brand's name is.
    expect(describeReason({ code: 'claim-password-for', detail: '<b>点这里</b>' }, named, { brand: 'jd' }).text).toBe('网页要你输入JD.com的账号密码，可这不是JD.com自己的网站。');
    expect(describeReason({ code: 'claim-password-for', detail: 'QQ' }, named, { brand: 'jd' }).text).toBe('网页要你输入JD.com的账号密码，可这不是JD.com自己的网站。');
  });

  // Regression (red team 7, §8): a page titled 个人所得税 was said to claim "中国政府网站", a name no page uses.
  it('names a family brand\'s claim by the alias it matched (个人所得税, 交管12123), and only by its own aliases', () => {
    useLocale('zh_CN');
    const gov = (id: string) => (id === 'gov-cn' ? '中国政府网站' : id === 'alipay' ? '支付宝' : undefined);
    const title = (detail: string, brand: string, claimedAs = detail) => describeReason({ code: 'claim-in-title', detail }, gov, { brand, claimedAs });
    expect(title('个人所得税', 'gov-cn')).toEqual({ text: '网页标题自称是个人所得税，但网址不是个人所得税的。' });
    expect(describeReason({ code: 'claim-in-heading', detail: '交管12123' }, gov, { brand: 'gov-cn', claimedAs: '交管12123' }).text).toBe(
      '网页上写着自己是交管12123，但网址不是交管12123的。',
    );
    expect(describeReason({ code: 'claim-sign-in-page', detail: '国家反诈中心 - 登录' }, gov, { brand: 'gov-cn', claimedAs: '国家反诈中心' }).text).toBe(
      '这个网页把自己做成国家反诈中心自己的页面。',
    );
    // A word that is not the brand's alias is never said back; a brand with a name of its own keeps it.
    expect(title('<b>x</b>', 'gov-cn').text).toBe('网页标题自称是中国政府网站，但网址不是中国政府网站的。');
    expect(title('alipay', 'alipay')).toEqual({ text: '网页标题自称是支付宝，但网址不是支付宝的。', evidence: 'alipay' });
  });

  it('an unknown code keeps its code and detail as evidence instead of vanishing', () => {
    expect(describeReason({ code: 'brand-new-signal', detail: '<b>x</b>' }, brandName)).toEqual({
      text: 'Another reason for the warning',
      evidence: 'brand-new-signal: <b>x</b>',
    });
  });

  it('joins sentence and evidence in the language of the page', () => {
    expect(reasonLine({ code: 'host-ip', detail: '10.0.0.1' }, brandName)).toBe(
      'The address is just a number; real shops and banks do not do that. (10.0.0.1)',
    );
    useLocale('zh_CN');
    expect(reasonLine({ code: 'host-ip', detail: '10.0.0.1' }, brandName)).toBe('网址只是一串数字，正规网站不会这样。（10.0.0.1）');
  });
});
