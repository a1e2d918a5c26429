// The scanner fits its scan into the message's limits (fit-facts.ts, limits.ts) so a hostile page cannot get it
// refused whole by the background, which then had nothing and showed nothing (red-team review: oversized scans).
import { describe, expect, it } from 'vitest';
import { FIELD_KINDS, type FieldFinding, type FieldKind, type PageFacts } from '../core/types';
import * as WORDS from '../core/fields/words';
import { fitFindings, fitUrl } from './fit-facts';
import { capAttr, LIMITS } from './limits';
import { pageFactsSchema } from './schemas';

const finding = (index: number, kind: FieldKind = 'card-number'): FieldFinding => ({ index, kind, id: null, name: 'cardNo', reasons: [{ code: 'attribute', detail: 'cardNo (cardno)' }] });
const facts = (fields: FieldFinding[], url = 'http://alipay-refund.cn/'): PageFacts => ({ url, title: '', headings: [], text: '', fields });
const accepted = (f: PageFacts) => pageFactsSchema.safeParse(f).success;
const sameRank = () => 1;

describe('fitUrl', () => {
  it('leaves an address within the limit as it is', () => {
    const url = `https://alipay-refund.cn/pay/index.html?order=${'1'.repeat(100)}#top`;
    expect(fitUrl(url)).toBe(url);
  });

  it('cuts a 9,000-character query string (replaceState) and keeps the scheme, host and path', () => {
    const url = `http://alipay-refund.cn/refund/step1.html?t=${'0'.repeat(9000)}#x`;
    const fitted = fitUrl(url);
    expect(accepted(facts([], url))).toBe(false);
    expect(accepted(facts([], fitted))).toBe(true);
    expect(fitted.length).toBe(LIMITS.url);
    const parsed = new URL(fitted);
    expect([parsed.protocol, parsed.host, parsed.pathname]).toEqual(['http:', 'alipay-refund.cn', '/refund/step1.html']);
  });

  it('cuts a fragment before the query', () => {
    const url = `http://alipay-refund.cn/?id=7#${'x'.repeat(9000)}`;
    expect(new URL(fitUrl(url)).search).toBe('?id=7');
  });
});

describe('fitFindings', () => {
  it('leaves a page within the limit as it is, without ranking anything', () => {
    const fields = Array.from({ length: LIMITS.fields }, (_, i) => finding(i));
    expect(fitFindings(fields, () => expect.unreachable('ranked'))).toBe(fields);
  });

  it('2,001 decoy card boxes before the form: the message fits, every kind is kept, and the real fields are kept over hidden decoys', () => {
    const decoys = Array.from({ length: 2001 }, (_, i) => finding(i));
    const real = [finding(2001), finding(2002, 'card-pin'), finding(2003, 'otp')];
    const all = [...decoys, ...real];
    expect(accepted(facts(all))).toBe(false);
    const fitted = fitFindings(all, (f) => (f.index < 2001 ? 2 : 1));
    expect(fitted).toHaveLength(LIMITS.fields);
    expect(accepted(facts(fitted))).toBe(true);
    expect(new Set(fitted.map((f) => f.kind))).toEqual(new Set(['card-number', 'card-pin', 'otp']));
    expect(fitted.map((f) => f.index)).toEqual(expect.arrayContaining([2001, 2002, 2003]));
    // In page order still.
    expect(fitted.map((f) => f.index)).toEqual([...fitted.map((f) => f.index)].sort((a, b) => a - b));
  });

  it('every kind found is kept, even when each has only one finding after thousands of another kind', () => {
    const all = [...Array.from({ length: 3000 }, (_, i) => finding(i, 'otp')), ...FIELD_KINDS.map((kind, i) => finding(3000 + i, kind))];
    const fitted = fitFindings(all, sameRank);
    expect(new Set(fitted.map((f) => f.kind))).toEqual(new Set(FIELD_KINDS));
    expect(fitted).toHaveLength(LIMITS.fields);
  });

  it('the field someone is using (rank 0) is kept over 2,001 visible decoys before it', () => {
    const all = Array.from({ length: 2500 }, (_, i) => finding(i));
    const fitted = fitFindings(all, (f) => (f.index === 2400 ? 0 : 1));
    expect(fitted.map((f) => f.index)).toContain(2400);
    expect(fitted.map((f) => f.index)).not.toContain(2399);
  });

  it('hidden decoys are what is left out: all the visible findings are kept', () => {
    const all = Array.from({ length: 4000 }, (_, i) => finding(i, i % 2 ? 'otp' : 'card-number'));
    const visible = (f: FieldFinding) => f.index % 4 === 3;
    const fitted = fitFindings(all, (f) => (visible(f) ? 1 : 2));
    expect(fitted.filter(visible)).toHaveLength(1000);
    // The first of each kind in page order (hidden here) comes along, then hidden ones in page order fill the rest.
    const hidden = fitted.filter((f) => !visible(f)).map((f) => f.index);
    expect(hidden).toHaveLength(1000);
    expect(hidden.slice(0, 3)).toEqual([0, 1, 2]);
    expect(Math.max(...hidden)).toBeLessThan(1400);
  });
});

describe('LIMITS, shared by the scanner and the background', () => {
  it('capAttr cuts an id or name to LIMITS.attr, and keeps null', () => {
    expect(capAttr(`cardNo ${'x'.repeat(5000)}`)).toHaveLength(LIMITS.attr);
    expect(capAttr('cardNo')).toBe('cardNo');
    expect(capAttr(null)).toBeNull();
  });

  it('a control index anywhere in a page’s control list is accepted (100,001 checkboxes before the form)', () => {
    expect(accepted(facts([finding(100_001), { ...finding(100_002, 'otp'), boxes: [100_002, 100_003] }]))).toBe(true);
  });

  it('an `attribute` reason quoting a name cut to LIMITS.attr fits LIMITS.reasonDetail with any list word (core/fields/words.ts)', () => {
    const words: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') words.push(value);
      else if (value instanceof Map || value instanceof Set) for (const v of value.values()) walk(v);
      else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
    };
    walk(WORDS);
    expect(words.length).toBeGreaterThan(100);
    const longest = Math.max(...words.map((w) => w.length));
    // evidence.ts: `${attrText} (${word})`.
    expect(LIMITS.attr + ' ('.length + longest + ')'.length).toBeLessThanOrEqual(LIMITS.reasonDetail);
  });
});
