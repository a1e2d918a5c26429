import { describe, expect, it } from 'vitest';
import type { Brand } from '../../knowledge/types';
import type { DomainAssessment, DomainKind } from '../types';
import { aliasMatcher, brandClaims, buildAliasMatchers } from './brand-claims';

const brand = (id: string, aliases: string[]): Brand => ({
  id,
  category: 'payment',
  name: { zh: aliases[0]!, en: id },
  aliases,
  hostTokens: [],
  domains: [],
});
const matchers = buildAliasMatchers([
  brand('alipay', ['支付宝', 'Alipay']),
  brand('boc', ['中国银行', 'BOC', 'Bank of China']),
  brand('chase', ['Chase']),
]);
const domain = (kind: DomainKind, brandId?: string): DomainAssessment => ({
  host: 'h.example',
  registrableDomain: 'h.example',
  kind,
  ...(brandId ? { brand: brandId } : {}),
  insecure: false,
  reasons: [],
});
const claimed = (title: string, headings: string[], kind: DomainKind = 'unknown') =>
  brandClaims(title, headings, domain(kind), matchers).map((s) => s.brand);

describe('brandClaims', () => {
  it.each([
    ['支付宝 退款中心', [], ['alipay']],
    ['Refund', ['ALIPAY Customer Service'], ['alipay']],
    ['', ['Welcome to Bank of China online'], ['boc']],
    ['BOC e-banking', [], ['boc']],
    ['中国银行网上银行', ['Chase'], ['boc', 'chase']],
  ])('%j / %j claims %j', (title, headings, brands) => {
    expect(claimed(title, headings)).toEqual(brands);
  });

  it.each([
    ['Bocconi University news', []],
    ['Your purchased items', ['Purchase history']],
    ['Alipayment gateway demo', []],
    ['', []],
  ])('%j / %j claims nothing (word boundaries)', (title, headings) => {
    expect(claimed(title, headings)).toEqual([]);
  });

  it('says where the claim was found and which alias', () => {
    const [signal] = brandClaims('Login', ['支付宝账户'], domain('unknown'), matchers);
    expect(signal).toEqual({ kind: 'brand-claim', brand: 'alipay', reasons: [{ code: 'claim-in-heading', detail: '支付宝' }] });
  });

  it('counts a claim on a lookalike host (the host is not the brand’s)', () => {
    expect(brandClaims('支付宝', [], domain('lookalike', 'alipay'), matchers)).toHaveLength(1);
  });

  it.each<DomainKind>(['official', 'trusted'])('claims nothing on a %s site', (kind) => {
    expect(claimed('支付宝 Bank of China', ['Chase'], kind)).toEqual([]);
  });

  it('matches Chinese aliases as substrings and ASCII aliases case-insensitively', () => {
    expect(aliasMatcher('支付宝')('登录支付宝账户')).toBe(true);
    expect(aliasMatcher('Alipay')('alipay')).toBe(true);
    expect(aliasMatcher('Alipay')('myalipay')).toBe(false);
  });
});
