// The autocomplete attribute: the page's own statement of what a control holds (WHATWG autofill).
// "section-x shipping cc-number" → cc-number. `off`, `on` and invented values say nothing.
import type { FieldKind } from '../types';
import { ORDINARY_AUTOCOMPLETE } from './words';

const AUTOCOMPLETE_KINDS: Readonly<Record<string, FieldKind>> = {
  'cc-number': 'card-number',
  'cc-csc': 'card-cvv',
  'cc-exp': 'card-expiry',
  'cc-exp-month': 'card-expiry',
  'cc-exp-year': 'card-expiry',
  'one-time-code': 'otp',
  tel: 'phone',
  'tel-national': 'phone',
  'tel-local': 'phone',
  'current-password': 'password',
  'new-password': 'password',
};

const ORDINARY = new Set(ORDINARY_AUTOCOMPLETE);

export interface AutocompleteCue {
  /** The field name token, e.g. cc-number. */
  token: string;
  /** The kind it names, if it names one of ours. */
  kind?: FieldKind;
  /** It names an ordinary field (name, address, email…): not a card or code field. */
  ordinary: boolean;
}

export function autocompleteCue(value: string): AutocompleteCue | null {
  // Most controls have none.
  if (!value) return null;
  const tokens = value.toLowerCase().trim().split(/\s+/).filter((t) => t && t !== 'webauthn');
  const token = tokens[tokens.length - 1];
  if (!token) return null;
  const kind = AUTOCOMPLETE_KINDS[token];
  if (kind) return { token, kind, ordinary: false };
  if (ORDINARY.has(token)) return { token, ordinary: true };
  return null;
}
