// The field kinds in the orders and groups the classifier's steps share. A file of its own, with no imports but the
// kinds themselves: card context (card-context.ts) comes into the page with the page readers, and must not bring the
// word lists that analyse.ts and evidence.ts import.
import { CARD_KINDS, type FieldKind } from '../types';

/** Tie order: the more specific card kinds first, password (the fallback for type=password) last. */
export const KIND_ORDER: readonly FieldKind[] = ['card-cvv', 'card-expiry', 'card-number', 'otp', 'card-pin', 'id-number', 'phone', 'password'];

/** The card kinds and the one-time code: what the guard warns about. */
export const SENSITIVE_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>([...CARD_KINDS, 'otp']);

export function isSensitive(kind: FieldKind | null): boolean {
  return kind !== null && SENSITIVE_KINDS.has(kind);
}
