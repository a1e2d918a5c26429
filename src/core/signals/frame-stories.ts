// The scam stories a frame tells, as counted beside a form elsewhere in the same page view (red-team round 4,
// finding 2). A kit can tell its refund story in an "在线客服" chat frame (from another site, or from its own) and
// take the card and the SMS code in the top page: a person reads one page. The frame's text is read under the same
// rules as a page's own text (scam-phrases.ts: quotation marks, warnings, crooks' words told), with the fields the
// rest of the page view asks for, and only its stories count:
// - not its title: the tab shows the top page's title, nobody sees a frame's;
// - not its brand names: an ad or a payment provider's frame names brands and claims nothing for the page around it;
// - not the story its address spells (address-story.ts): only what a person reads there.
// Both readings are kept (beside a card field, beside none): which one counts is the asking frame's business, and its
// fields may change after the frame's text was read.
import { STORY_IN_ADDRESS } from './address-story';
import type { DomainAssessment, FieldFinding, PageSignal } from '../types';
import { asksForCard, pageSignals } from './page-signals';

export interface FrameStories {
  /** Read as beside a form that asks for no card (a code, a phone): a quoted story is reported speech. */
  plain: PageSignal[];
  /** Read as beside a card-number or card-password field: a quoted story is said to the reader. */
  card: PageSignal[];
}

/** A stand-in card field: it only tells pageSignals that the page asks for a card. */
const CARD_FIELD: FieldFinding = { index: -1, kind: 'card-number', id: null, name: null, reasons: [] };

/** A story signal with what its address spelled taken out; null for a signal that is no story or only the address's. */
function toldInText(signal: PageSignal): PageSignal | null {
  if (signal.kind !== 'scam-phrase') return null;
  const reasons = signal.reasons.filter((r) => r.code !== STORY_IN_ADDRESS);
  return reasons.length > 0 ? { ...signal, reasons } : null;
}

/** The stories of a frame's headings and text (its scan's), read both ways. `domain`: the frame's. */
export function frameStories(frame: { url: string; headings: readonly string[]; text: string }, domain: DomainAssessment): FrameStories {
  if (frame.text === '' && frame.headings.length === 0) return { plain: [], card: [] };
  const read = (fields: readonly FieldFinding[]): PageSignal[] =>
    pageSignals({ url: frame.url, title: '', headings: frame.headings, text: frame.text, fields }, domain).flatMap((s) => toldInText(s) ?? []);
  return { plain: read([]), card: read([CARD_FIELD]) };
}

/** The reading of `stories` that counts beside a form asking for `fields`. */
export function storiesBeside(stories: FrameStories, fields: readonly FieldFinding[]): PageSignal[] {
  return asksForCard(fields) ? stories.card : stories.plain;
}
