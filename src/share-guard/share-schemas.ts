// zod schemas of the share guard's messages to the background. Background only (zod never enters a content
// script); src/messaging/schemas.ts adds them to the one discriminated union.
import { z } from 'zod';
import { SHARE_ID } from './hook-protocol';
import type { CsBgShareEnded, CsBgShareFrameGone, CsBgShareStarted, PopupBgGetShareState } from './share-protocol';

const shareId = z.string().regex(SHARE_ID, 'a share id is 32 lower-case hex characters');

export const shareMessageSchemas = [
  z.strictObject({ type: z.literal('cs-bg-share-started'), shareId }) satisfies z.ZodType<CsBgShareStarted>,
  z.strictObject({ type: z.literal('cs-bg-share-ended'), shareId }) satisfies z.ZodType<CsBgShareEnded>,
  z.strictObject({ type: z.literal('cs-bg-share-frame-gone') }) satisfies z.ZodType<CsBgShareFrameGone>,
  z.strictObject({ type: z.literal('popup-bg-get-share-state') }) satisfies z.ZodType<PopupBgGetShareState>,
] as const;

/** The `bg-cs-share-verify` answer, checked when it comes back from a page's frame. */
export const shareVerifyResponseSchema = z.strictObject({
  liveShareIds: z.array(shareId).max(16).nullable(),
});
