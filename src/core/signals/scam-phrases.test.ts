import { describe, expect, it } from 'vitest';
import type { ScamPhraseGroup } from '../../knowledge/types';
import { buildPhraseMatchers, scamPhrases } from './scam-phrases';

const group = (id: string, patterns: string[]): ScamPhraseGroup => ({
  id,
  description: { zh: id, en: id },
  patterns,
  cases: [],
});
const matchers = buildPhraseMatchers([
  group('refund-quality', ['质量问题.{0,10}(退款|理赔)', 'refund for (a|the) quality (problem|issue)']),
  group('cancel-vip', ['取消.{0,6}(会员|VIP|百万保障)']),
  group('broken', ['(unclosed']),
]);

describe('scamPhrases', () => {
  it.each([
    ['您的商品存在质量问题，我们将为您办理退款', ['refund-quality']],
    ['We offer a REFUND FOR THE QUALITY ISSUE', ['refund-quality']],
    ['请在此页面取消您的VIP会员，否则每月扣费', ['cancel-vip']],
    ['质量问题退款。取消百万保障。', ['refund-quality', 'cancel-vip']],
    ['普通的商品详情页，没有可疑话术', []],
  ])('%j → %j', (text, ids) => {
    expect(scamPhrases(text, matchers).map((s) => s.phrase)).toEqual(ids);
  });

  it('skips a pattern that does not compile instead of failing the page', () => {
    expect(matchers.map((m) => m.id)).toEqual(['refund-quality', 'cancel-vip']);
  });

  it('quotes a short piece of evidence', () => {
    const [s] = scamPhrases('因质量问题为您退款', matchers);
    expect(s).toEqual({ kind: 'scam-phrase', phrase: 'refund-quality', reasons: [{ code: 'scam-phrase', detail: '质量问题为您退款' }] });
  });

  // Cost is the benchmark's business, not a timed unit test's. What this guards is a pattern that backtracks
  // without end on long text (a nested or unbounded repeat): the test would then not finish within its timeout.
  it('reads 50,000 characters of ordinary text, near-misses included, and finds nothing', () => {
    const text = '这是一段很长的普通文字。您的退款将在三个工作日内原路退回，请留意银行通知。'.repeat(1400).slice(0, 50_000);
    expect(scamPhrases(text, matchers)).toEqual([]);
  }, 10_000);
});
