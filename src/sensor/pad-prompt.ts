// The scanner's half of reading a drawn pad's prompt (drawn-pad.ts): its words and text folding, handed to the page
// readers with each press (they carry no word list; the scanner has them anyway).
import { normalizeText } from '../core/fields/match';
import { KIND_WORDS } from '../core/fields/words';
import type { PadPrompt } from './drawn-pad';

/** The password and card-PIN field words, in text folded as a label's. */
export const PAD_PROMPT: PadPrompt = { words: [...KIND_WORDS.password.strong, ...KIND_WORDS['card-pin'].strong], normalize: normalizeText };
