// zod schemas for every message the background accepts. Imported by the background only: zod must never
// reach the content-script bundle (size, and web-ext's DANGEROUS_EVAL warning). protocol.ts holds the types;
// the `satisfies` checks below fail the type check when the two drift apart.
//
// The bounds live in ./limits.ts, which the scanner imports too: it fits its message into them before sending.
import { z } from 'zod';
import { FIELD_KINDS, type FieldFinding, type PageFacts, type SurroundingPage } from '../core/types';
import type { CsBgHello, CsBgPageReaders, CsBgScan, CsBgWarningRemoved, PopupBgGetTabState, PopupBgRecheck, PopupBgTrustSite, OptionsBgFlaggedSites } from './protocol';
import { shareMessageSchemas } from '../share-guard/share-schemas';
import { LIMITS } from './limits';

const reasonSchema = z.strictObject({
  code: z.string().min(1).max(LIMITS.reasonCode),
  detail: z.string().max(LIMITS.reasonDetail).optional(),
});

const findingSchema = z.strictObject({
  index: z.number().int().min(0).max(LIMITS.index),
  kind: z.enum(FIELD_KINDS),
  id: z.string().max(LIMITS.attr).nullable(),
  name: z.string().max(LIMITS.attr).nullable(),
  reasons: z.array(reasonSchema).max(LIMITS.reasons),
  boxes: z.array(z.number().int().min(0).max(LIMITS.index)).min(1).max(LIMITS.boxes).optional(),
  labels: z.array(z.string().max(LIMITS.label)).max(LIMITS.labels).optional(),
}) satisfies z.ZodType<FieldFinding>;

const surroundingPageSchema = z.strictObject({
  title: z.string().max(LIMITS.title),
  headings: z.array(z.string().max(LIMITS.heading)).max(LIMITS.headings),
  text: z.string().max(LIMITS.text),
}) satisfies z.ZodType<SurroundingPage>;

export const pageFactsSchema = z.strictObject({
  url: z.string().max(LIMITS.url),
  title: z.string().max(LIMITS.title),
  headings: z.array(z.string().max(LIMITS.heading)).max(LIMITS.headings),
  text: z.string().max(LIMITS.text),
  fields: z.array(findingSchema).max(LIMITS.fields),
  around: surroundingPageSchema.optional(),
}) satisfies z.ZodType<PageFacts>;

const tabId = z.number().int().min(0);

// When the frame's document began (protocol.ts DocumentBorn): a wall-clock time in milliseconds.
const born = z.number().nonnegative().optional();
const csBgHello = z.strictObject({ type: z.literal('cs-bg-hello'), hasScanner: z.boolean().optional(), born }) satisfies z.ZodType<CsBgHello>;
const csBgScan = z.strictObject({ type: z.literal('cs-bg-scan'), facts: pageFactsSchema, sameDocument: z.boolean().optional(), born }) satisfies z.ZodType<CsBgScan>;
// No field at all: the frame it is for is the sender's (validate.ts), and anything more is refused.
const csBgPageReaders = z.strictObject({ type: z.literal('cs-bg-page-readers') }) satisfies z.ZodType<CsBgPageReaders>;
// Likewise: the tab and frame whose page removed the warning are the sender's.
const csBgWarningRemoved = z.strictObject({ type: z.literal('cs-bg-warning-removed') }) satisfies z.ZodType<CsBgWarningRemoved>;
const popupGetTabState = z.strictObject({ type: z.literal('popup-bg-get-tab-state'), tabId }) satisfies z.ZodType<PopupBgGetTabState>;
const popupRecheck = z.strictObject({ type: z.literal('popup-bg-recheck'), tabId }) satisfies z.ZodType<PopupBgRecheck>;
const popupTrustSite = z.strictObject({ type: z.literal('popup-bg-trust-site'), tabId }) satisfies z.ZodType<PopupBgTrustSite>;
// No field at all: the answer is every open tab's, and anything more is refused.
const optionsFlaggedSites = z.strictObject({ type: z.literal('options-bg-flagged-sites') }) satisfies z.ZodType<OptionsBgFlaggedSites>;

export const toBackgroundSchema = z.discriminatedUnion('type', [
  csBgHello,
  csBgScan,
  csBgPageReaders,
  csBgWarningRemoved,
  popupGetTabState,
  popupRecheck,
  popupTrustSite,
  optionsFlaggedSites,
  ...shareMessageSchemas,
]);
