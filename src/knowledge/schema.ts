// zod schemas for the knowledge base, matching types.ts. Used by tests (and by anything that loads
// knowledge from outside); never imported by index.ts or the data files, so zod stays out of the
// content-script bundle.

import { z } from 'zod';
import { FIELD_KINDS } from '../core/types';
import { BRAND_CATEGORIES } from './types';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id (a-z, 0-9, single hyphens)');
const nonEmpty = z.string().trim().min(1);
const lowerAscii = z.string().regex(/^[a-z0-9.-]+$/, 'lower-case ASCII (punycode for IDNs)');

export const bilingualSchema = z.strictObject({ zh: nonEmpty, en: nonEmpty });

/** A regular-expression source that compiles with the flags it is used with. */
const regexSource = (flags: string) =>
  nonEmpty.refine(
    (source) => {
      try {
        new RegExp(source, flags);
        return true;
      } catch {
        return false;
      }
    },
    { message: `must compile as a RegExp with flags "${flags}"` },
  );

export const officialDomainSchema = z.strictObject({ domain: lowerAscii, source: nonEmpty });
export const officialSuffixSchema = z.strictObject({ suffix: lowerAscii, source: nonEmpty });

export const brandSchema = z.strictObject({
  id,
  category: z.enum(BRAND_CATEGORIES),
  name: bilingualSchema,
  aliases: z.array(nonEmpty).min(1),
  checkoutNames: z.array(nonEmpty).min(1).optional(),
  accountNames: z.array(nonEmpty).min(1).optional(),
  issuers: z.array(nonEmpty).min(1).optional(),
  namedByAlias: z.literal(true).optional(),
  hostTokens: z.array(
    z.string().regex(/^(?=.{3})[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case ASCII label of 3+ letters or digits (single inner hyphens allowed)'),
  ),
  pairedHostTokens: z.array(z.string().regex(/^(?:[a-z]{2,}|\d{3,})$/, 'a lower-case ASCII name of 2+ letters, or a number of 3+ digits')).min(1).optional(),
  domains: z.array(officialDomainSchema),
  suffixes: z.array(officialSuffixSchema).min(1).optional(),
});

export const meetingProviderSchema = z.strictObject({
  brand: id,
  joinUrlPatterns: z.array(regexSource('').refine((s) => s.startsWith('^https://'), 'anchored: starts with ^https://')).min(1),
});

/** `wj.qq.com`, or `*.feishu.cn` (a wildcard over a registrable domain). */
const hostPattern = z.string().regex(/^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'a lower-case host, or *. before a domain');
export const userContentHostSchema = z.strictObject({
  id,
  brand: id,
  name: bilingualSchema,
  hosts: z.array(hostPattern).min(1),
  except: z.array(lowerAscii).min(1).optional(),
  why: nonEmpty,
});

export const scamPhraseGroupSchema = z.strictObject({
  id,
  description: bilingualSchema,
  patterns: z.array(regexSource('iu')).min(1),
  cases: z.array(id),
  advice: z.array(id).min(1).optional(),
});

export const adviceSchema = z.strictObject({ id, text: bilingualSchema });

export const fraudCaseSchema = z.strictObject({
  id,
  place: bilingualSchema,
  date: z.iso.date(),
  story: bilingualSchema,
  askedFor: z.array(z.enum(FIELD_KINDS)).min(1),
  outcome: bilingualSchema,
  summary: bilingualSchema,
  advice: z.array(id).min(1),
});

export const brandsSchema = z.array(brandSchema);
export const meetingProvidersSchema = z.array(meetingProviderSchema);
export const userContentHostsSchema = z.array(userContentHostSchema);
export const scamPhrasesSchema = z.array(scamPhraseGroupSchema);
export const adviceListSchema = z.array(adviceSchema);
export const casesSchema = z.array(fraudCaseSchema);

/** A word of a registered name: lower-case pinyin (or an English word such as vip), no hyphen, no digit. */
const hostWord = z.string().regex(/^[a-z]{2,}$/, 'lower-case letters, two or more');
export const hostStoriesSchema = z.array(
  z.strictObject({ phrase: id, subjects: z.array(hostWord).min(1), actions: z.array(hostWord).min(1) }),
);
