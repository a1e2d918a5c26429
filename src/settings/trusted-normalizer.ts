// The one normaliser for user-typed trusted domains lives in the engine (src/core/domain); settings only
// names its shape here so the pure functions below can take it as a parameter in tests.
import type { Reason } from '@/core/types';

export type NormalizeResult = { ok: true; domain: string } | { ok: false; reason: Reason };
export type TrustedNormalizer = (input: string) => NormalizeResult;
