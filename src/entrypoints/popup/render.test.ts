// DOM test on a JSDOM window made here, not through the jsdom test environment: with the WXT Vitest
// plugin that environment swaps in jsdom's TextEncoder, and esbuild (loaded by the plugin) refuses to start.
import { JSDOM } from 'jsdom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/i18n/fake-i18n';
import { knowledgeWords } from './knowledge-words';
import { renderCannotCheck, renderVerdict } from './render';
import type { VerdictView } from './view-model';

beforeAll(() => {
  globalThis.document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
});

const HOSTILE = '<img src=x onerror="alert(1)">';

function view(overrides: Partial<VerdictView> = {}): VerdictView {
  return {
    level: 'danger',
    host: 'alipay-refund.cn',
    domain: 'alipay-refund.cn',
    domainKind: 'lookalike',
    fieldKinds: ['card-number', 'otp'],
    why: [
      { reason: { code: 'sensitive-field-on-bad-host' } },
      { reason: { code: 'host-embeds-brand', detail: 'alipay in alipay-refund' }, brand: 'alipay' },
    ],
    advice: ['check-address', 'official-only'],
    caseId: 'wuhan-2021-meeting-refund',
    canTrust: false,
    typedSteps: ['bank', 'freeze', 'hotline'],
    ...overrides,
  };
}

function mount(nodes: HTMLElement[]): HTMLElement {
  const root = document.createElement('main');
  root.append(...nodes);
  document.body.replaceChildren(root);
  return root;
}

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent ?? null;

describe('renderVerdict', () => {
  beforeEach(() => useLocale('zh_CN'));

  it('shows a danger verdict in Chinese: title, site, found fields, why, advice, if-typed box and case', () => {
    const root = mount(renderVerdict(view(), knowledgeWords('zh')));
    expect(root.querySelector('[data-testid="verdict"]')?.getAttribute('data-level')).toBe('danger');
    expect(text(root, '#status-title')).toBe('危险！不要在这里填写');
    expect(text(root, '#site-host')).toBe('alipay-refund.cn');
    expect([...root.querySelectorAll('#found-list li')].map((li) => li.getAttribute('data-kind'))).toEqual(['card-number', 'otp']);
    expect(text(root, '#found-list')).toContain('银行卡号');
    expect(root.querySelector('#never-tell-code')).not.toBeNull();
    const why = [...root.querySelectorAll('#why-list li')];
    expect(why.map((li) => li.getAttribute('data-code'))).toEqual(['sensitive-field-on-bad-host', 'host-embeds-brand']);
    expect(why[1]?.textContent).toContain('支付宝');
    expect(why[1]?.querySelector('.evidence')?.textContent).toBe('alipay-refund');
    expect(root.querySelectorAll('#advice-list li')).toHaveLength(2);
    expect([...root.querySelectorAll('#if-typed li')].map((li) => li.textContent)).toEqual([
      '马上打银行卡背面印着的电话，找银行。',
      '请银行立刻冻结这张卡。',
      '拨打 96110 反诈专线，或者报警 110。',
    ]);
    expect(text(root, '#case-summary')).toContain('武汉');
  });

  it('"a card number and a code" names the card\'s security code when the page asks for no SMS code', () => {
    const why = [{ reason: { code: 'card-and-code-with-scam-script' } }];
    const withSms = mount(renderVerdict(view({ why }), knowledgeWords('zh')));
    expect(text(withSms, '#why-list')).toBe('它讲着骗子常用的说法，又要银行卡号和验证码。');
    // 验证码 is the SMS code: on a page with a card number and a CVV box only it would name a box that is not there.
    const cvvOnly = mount(renderVerdict(view({ why, fieldKinds: ['card-number', 'card-cvv'] }), knowledgeWords('zh')));
    expect(text(cvvOnly, '#why-list')).toBe('它讲着骗子常用的说法，又要银行卡号和卡背面的安全码。');
    expect(text(cvvOnly, '#why-list')).not.toContain('验证码');
  });

  it('the if-typed box says what to do for what the page asked: an ID number is no card to freeze', () => {
    const root = mount(renderVerdict(view({ fieldKinds: ['id-number', 'phone'], typedSteps: ['stop', 'hotline', 'watch-id'] }), knowledgeWords('zh')));
    const steps = [...root.querySelectorAll('#if-typed li')];
    expect(steps.map((li) => li.getAttribute('data-step'))).toEqual(['stop', 'hotline', 'watch-id']);
    expect(steps[0]?.textContent).toContain('不转账');
    expect(steps[2]?.textContent).toContain('身份证号');
    expect(text(root, '#if-typed')).not.toContain('冻结');
  });

  it('in English, uses the English locale and the English knowledge texts', () => {
    useLocale('en');
    const root = mount(renderVerdict(view(), knowledgeWords('en')));
    expect(text(root, '#status-title')).toBe('Danger! Do not type anything here');
    expect(text(root, '#case-summary')).toContain('Wuhan');
    expect(text(root, '#why-list')).toContain('Alipay');
  });

  it('renders markup from a hostile page as inert text (host, reason detail, unknown codes)', () => {
    const root = mount(
      renderVerdict(
        view({
          host: HOSTILE,
          otherFrameHost: `<b>frame</b>${HOSTILE}`,
          why: [
            { reason: { code: 'claim-in-title', detail: HOSTILE }, brand: 'alipay' },
            { reason: { code: 'never-seen-before', detail: HOSTILE } },
          ],
        }),
        knowledgeWords('zh'),
      ),
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(text(root, '#site-host')).toBe(HOSTILE);
    expect(text(root, '#other-frame')).toContain(HOSTILE);
    expect(text(root, '#why-list')).toContain(HOSTILE);
    expect(text(root, '#why-list')).toContain('never-seen-before');
  });

  it('a quiet page lists what it asks for and the code rule, and nothing alarming', () => {
    const root = mount(renderVerdict(view({ level: 'none', why: [], advice: [], fieldKinds: ['phone', 'otp'], domainKind: 'unknown' }), knowledgeWords('zh')));
    expect(text(root, '#status-title')).toBe('没有发现危险');
    expect(root.querySelectorAll('#found-list li')).toHaveLength(2);
    expect(root.querySelector('#never-tell-code')).not.toBeNull();
    expect(root.querySelector('#why')).toBeNull();
    expect(root.querySelector('#if-typed')).toBeNull();
    expect(root.querySelector('#case')).toBeNull();
  });

  it('says when a quiet page has no card or code boxes at all', () => {
    const root = mount(renderVerdict(view({ level: 'none', why: [], advice: [], fieldKinds: [] }), knowledgeWords('zh')));
    expect(root.querySelector('#found-list')).toBeNull();
    expect(text(root, '#found-nothing')).toBe('这个网页上没有要填银行卡或验证码的地方。');
    expect(root.querySelector('#never-tell-code')).not.toBeNull();
  });

  it('names the owner of an official site from the knowledge base', () => {
    const root = mount(renderVerdict(view({ level: 'none', why: [], advice: [], domainKind: 'official', officialBrand: 'icbc' }), knowledgeWords('zh')));
    expect(text(root, '#site-official')).toContain('工商银行');
  });

  it('says a trusted site is trusted', () => {
    const root = mount(renderVerdict(view({ level: 'none', why: [], advice: [], domainKind: 'trusted' }), knowledgeWords('zh')));
    expect(text(root, '#site-trusted')).toBe('这个网站在你的信任列表里，所以不提醒。');
  });

  // The content script does not read these pages: saying "no card or code boxes here" would be a guess.
  it.each([
    ['official', 'zh_CN', '即使在官方网站，验证码也只给自己用，谁要都不给。'],
    ['trusted', 'zh_CN', '即使在你信任的网站，验证码也只给自己用，谁要都不给。'],
    ['official', 'en', 'Even on an official site, a code is for you alone. Never give it to anyone who asks.'],
  ] as const)('on a %s site nothing read (%s): no "no boxes" claim, only the code rule for such a site', (kind, locale, rule) => {
    useLocale(locale);
    const quiet = view({ level: 'none', why: [], advice: [], fieldKinds: [], domainKind: kind, notScanned: kind, ...(kind === 'official' ? { officialBrand: 'icbc' } : {}) });
    const root = mount(renderVerdict(quiet, knowledgeWords(locale === 'en' ? 'en' : 'zh')));
    expect(root.querySelector('#found-nothing')).toBeNull();
    expect(root.querySelector('#found-list')).toBeNull();
    expect(root.querySelector('#status-lead')).toBeNull();
    expect(text(root, '#never-tell-code')).toBe(rule);
  });

  it('a meeting-join page leads with the meeting and names the meeting product as the site owner', () => {
    const meeting = view({
      level: 'caution',
      host: 'meeting.tencent.com',
      domainKind: 'official',
      officialBrand: 'tencent-meeting',
      meeting: true,
      notScanned: 'official',
      fieldKinds: [],
      why: [{ reason: { code: 'meeting-join-url', detail: 'https://meeting.tencent.com/dm/AbC123' }, brand: 'tencent-meeting' }],
      advice: ['hang-up-verify'],
    });
    const root = mount(renderVerdict(meeting, knowledgeWords('zh')));
    expect(text(root, '#status-lead')).toBe('这是一个会议链接。真正的客服不会让你进会议，也不会让你共享屏幕。');
    expect(text(root, '#site-official')).toBe('这是腾讯会议的官方网站。');
    expect(text(root, '#status-lead')).not.toContain('不是银行或平台自己的网站');
  });
});

// Regression: "这个网址是假冒的，或者只是一串数字" on alipay-refund.cn left the reader wondering which number.
describe('the bad-host rule names what is wrong with the address', () => {
  const first = (kind: VerdictView['whyDomainKind']) => {
    const root = mount(renderVerdict(view(kind ? { whyDomainKind: kind } : {}), knowledgeWords('zh')));
    return root.querySelector('#why-list li')?.textContent ?? '';
  };

  it.each([
    ['zh_CN', 'lookalike', '这个网址是假冒的，却要你填银行卡或验证码。'],
    ['zh_CN', 'ip', '这个网址只是一串数字，却要你填银行卡或验证码。'],
    ['en', 'lookalike', 'This address is a fake, yet it asks for a card or a code.'],
    ['en', 'ip', 'This address is just a number, yet it asks for a card or a code.'],
  ] as const)('%s, %s host', (locale, kind, sentence) => {
    useLocale(locale);
    expect(first(kind)).toBe(sentence);
  });

  it('keeps both halves when the kind is not known', () => {
    useLocale('zh_CN');
    expect(first(undefined)).toBe('这个网址是假冒的，或者只是一串数字，却要你填银行卡或验证码。');
  });
});

describe('renderCannotCheck', () => {
  beforeEach(() => useLocale('zh_CN'));

  it.each([
    ['browser-page', '浏览器自己的页面'],
    ['extension-store', '扩展商店'],
    ['file-not-allowed', '允许访问文件网址'],
    ['no-address', '不让扩展读这个网页'],
  ] as const)('explains %s plainly', (why, words) => {
    const root = mount(renderCannotCheck(why));
    expect(root.querySelector('[data-testid="status"]')?.getAttribute('data-state')).toBe('cannot-check');
    expect(text(root, '#status-title')).toBe('这个网页不能检查');
    expect(text(root, '#status-lead')).toContain(words);
  });
});
