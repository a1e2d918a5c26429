// The knowledge base tested as data: every file parses with its schema, ids are unique and sorted, and
// every reference resolves. Brands (sorting, registrable domains, tokens, aliases, officialBrandFor) are
// in brands.test.ts, meeting links in meeting.test.ts, scam phrases in scam-phrases.test.ts.


import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ADVICE,
  BRANDS,
  CASES,
  HOST_STORIES,
  MEETING_PROVIDERS,
  SCAM_PHRASES,
  adviceById,
  brandById,
  caseById,
} from './index';
import {
  adviceListSchema,
  brandsSchema,
  casesSchema,
  hostStoriesSchema,
  meetingProvidersSchema,
  scamPhrasesSchema,
} from './schema';
import { duplicates, isSorted } from './test-helpers';

describe('schemas', () => {
  it.each([
    ['BRANDS', brandsSchema, BRANDS],
    ['MEETING_PROVIDERS', meetingProvidersSchema, MEETING_PROVIDERS],
    ['SCAM_PHRASES', scamPhrasesSchema, SCAM_PHRASES],
    ['ADVICE', adviceListSchema, ADVICE],
    ['CASES', casesSchema, CASES],
    ['HOST_STORIES', hostStoriesSchema, HOST_STORIES],
  ] as const)('%s parses with its schema', (_name, schema, data) => {
    const result = schema.safeParse(data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('rejects a brand with a bad id, an upper-case domain and an unknown key', () => {
    const bad = [{ ...BRANDS[0]!, id: 'Bad_Id', domains: [{ domain: 'ICBC.com.cn', source: 'x' }], extra: 1 }];
    const result = brandsSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['0.id', '0.domains.0.domain', '0']));
  });

  it('rejects a scam pattern that does not compile and a meeting pattern that is not anchored', () => {
    expect(scamPhrasesSchema.safeParse([{ ...SCAM_PHRASES[0]!, patterns: ['(unclosed'] }]).success).toBe(false);
    expect(
      meetingProvidersSchema.safeParse([{ brand: 'zoom', joinUrlPatterns: ['zoom\\.us/j/'] }]).success,
    ).toBe(false);
  });
});

describe('schema errors name what is wrong', () => {
  const wuhan = CASES.find((c) => c.id === 'wuhan-2021-meeting-refund')!;
  it.each([
    ['a date that is not ISO', { ...wuhan, date: '29/03/2021' }, 'date'],
    ['an unknown field kind', { ...wuhan, askedFor: ['card-number', 'bank-secret'] }, 'askedFor.1'],
    ['an empty summary', { ...wuhan, summary: { zh: ' ', en: 'x' } }, 'summary.zh'],
  ])('a case with %s', (_what, bad, path) => {
    const result = casesSchema.safeParse([bad]);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toContain(`0.${path}`);
  });

  it('a brand with an unknown category or a host token with a dot, an outer or a double hyphen', () => {
    const hostTokens = ['ali.pay', '-alipay', 'alipay-', 'ali--pay', 'sf-express'];
    const result = brandsSchema.safeParse([{ ...BRANDS[0]!, category: 'casino', hostTokens }]);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['0.category', '0.hostTokens.0', '0.hostTokens.1', '0.hostTokens.2', '0.hostTokens.3']));
    expect(paths).not.toContain('0.hostTokens.4');
  });

  it('a short name (pairedHostTokens) is lower-case letters only, two or more, or a number of three digits or more', () => {
    const pairedHostTokens = ['j', 'JD', 'j-d', 'jd1', '18', 'jd', '189'];
    const result = brandsSchema.safeParse([{ ...BRANDS[0]!, pairedHostTokens }]);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['0.pairedHostTokens.0', '0.pairedHostTokens.1', '0.pairedHostTokens.2', '0.pairedHostTokens.3', '0.pairedHostTokens.4']);
  });
});

describe('cases', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s: the summary is two sentences in each language', (_id, c) => {
    expect(c.summary.zh.match(/。/g)?.length).toBe(2);
    expect(c.summary.en.match(/[.!?](?=\s|$)/g)?.length).toBe(2);
  });

  it('the meeting case says to stop sharing and never join a meeting; the parcel case says never share the code', () => {
    expect(caseById('wuhan-2021-meeting-refund')!.advice.slice(0, 2)).toEqual(['no-meeting', 'stop-screen-share']);
    expect(caseById('hangzhou-2022-parcel-claim')!.advice).toContain('never-share-code');
  });
});

describe('ids and references', () => {
  it.each([
    ['brands', BRANDS.map((b) => b.id)],
    ['meeting providers', MEETING_PROVIDERS.map((m) => m.brand)],
    ['scam phrase groups', SCAM_PHRASES.map((g) => g.id)],
    ['advice', ADVICE.map((a) => a.id)],
    ['cases', CASES.map((c) => c.id)],
  ])('%s: ids are unique and sorted', (_name, ids) => {
    expect(duplicates(ids)).toEqual([]);
    expect(isSorted(ids)).toBe(true);
  });

  it('has exactly the advice ids other modules code against', () => {
    expect(ADVICE.map((a) => a.id)).toEqual([
      'account-in-own-app',
      'call-96110',
      'card-with-bank',
      'carrier-official-only',
      'check-address',
      'credit-no-repair',
      'credit-not-by-phone',
      'customs-official-only',
      'debt-plan-with-bank',
      'digital-rmb-official-app',
      'etc-with-issuer',
      'fine-in-12123',
      'game-refund-official',
      'hang-up-verify',
      'housing-fund-official',
      'if-typed',
      'insurance-by-hotline',
      'job-no-fee',
      'limit-with-bank',
      'loan-official-only',
      'mortgage-with-bank',
      'never-share-code',
      'no-card-password',
      'no-loan-for-refund',
      'no-meeting',
      'no-paid-tasks',
      'no-police-by-phone',
      'no-prize-fee',
      'no-screen-share',
      'no-sure-profit',
      'no-transfer',
      'official-only',
      'official-site-or-app',
      'parcel-fee-official-only',
      'pension-free-in-app',
      'points-in-official-app',
      'sale-payout-in-app',
      'sign-in-official-only',
      'stop-if-phone-sent-you',
      'stop-screen-share',
      'subsidy-official-only',
      'utility-official-only',
    ]);
  });

  it('has the two case ids from the police reports', () => {
    expect(CASES.map((c) => c.id)).toEqual(['hangzhou-2022-parcel-claim', 'wuhan-2021-meeting-refund']);
  });

  it('meeting providers point at brands of category meeting, one provider per brand', () => {
    for (const provider of MEETING_PROVIDERS) {
      expect(brandById(provider.brand)?.category, provider.brand).toBe('meeting');
    }
    const meetingBrands = BRANDS.filter((b) => b.category === 'meeting').map((b) => b.id);
    expect(MEETING_PROVIDERS.map((m) => m.brand)).toEqual(meetingBrands);
  });

  it('case advice ids resolve to ADVICE', () => {
    for (const c of CASES) {
      for (const a of c.advice) expect(adviceById(a), `${c.id} → ${a}`).toBeDefined();
      expect(duplicates(c.advice)).toEqual([]);
    }
  });

  it('scam phrase advice ids resolve to ADVICE', () => {
    for (const g of SCAM_PHRASES) for (const a of g.advice ?? []) expect(adviceById(a), `${g.id} → ${a}`).toBeDefined();
  });

  it('scam phrase case ids resolve to CASES, and each case has at least one phrase group', () => {
    for (const g of SCAM_PHRASES) {
      for (const c of g.cases) expect(caseById(c), `${g.id} → ${c}`).toBeDefined();
    }
    for (const c of CASES) {
      expect(SCAM_PHRASES.some((g) => g.cases.includes(c.id)), c.id).toBe(true);
    }
  });

  it('a story an address tells is a scam phrase group; its words are sorted, and no word is both subject and action', () => {
    const phraseIds = new Set(SCAM_PHRASES.map((g) => g.id));
    expect(HOST_STORIES.map((story) => story.phrase).filter((p) => !phraseIds.has(p))).toEqual([]);
    expect(duplicates(HOST_STORIES.map((story) => story.phrase))).toEqual([]);
    for (const story of HOST_STORIES) {
      expect(isSorted([...story.subjects]), story.phrase).toBe(true);
      expect(isSorted([...story.actions]), story.phrase).toBe(true);
      expect(story.subjects.filter((w) => story.actions.includes(w)), story.phrase).toEqual([]);
    }
    expect(hostStoriesSchema.safeParse([{ phrase: 'x', subjects: ['Kuaidi'], actions: [] }]).success).toBe(false);
  });

  it('lookups return undefined for unknown ids', () => {
    expect(brandById('no-such-brand')).toBeUndefined();
    expect(adviceById('no-such-advice')).toBeUndefined();
    expect(caseById('no-such-case')).toBeUndefined();
  });
});

describe('bundle safety', () => {
  // index.ts and the data files may end up in the content script: zod and tldts must stay out of them.
  const dir = import.meta.dirname;
  const files = [...readdirSync(dir).map((f) => f), ...readdirSync(join(dir, 'brands')).map((f) => `brands/${f}`)].filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'schema.ts' && f !== 'test-helpers.ts',
  );
  it('covers index.ts and the data files', () => {
    expect(files).toEqual(expect.arrayContaining(['index.ts', 'brands.ts', 'brands/banks.ts', 'scam-phrases.ts']));
  });
  it.each(files)('%s imports neither zod nor tldts nor the schema', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    expect(source).not.toMatch(/from ['"](?:zod|tldts)['"]|from ['"]\.\.?\/schema['"]|import\(['"](?:zod|tldts)/);
  });
});
