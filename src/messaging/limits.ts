// The size limits of the cs-bg-scan message, in one zod-free module that both sides import: the background's
// schemas (./schemas.ts) refuse anything over them, and the scanner fits its message into them before it sends
// (./fit-facts.ts), so the two cannot drift apart. Bounds are generous for honest pages and stop a hostile or
// broken frame from flooding storage.session: the sensor caps page text at 50,000 characters, a control's id and
// name at `attr` and its other attribute text at 120. A message over them used to be refused whole, and a hostile
// page went unwarned by making it so (red-team review: oversized scans).
export const LIMITS = {
  url: 8192,
  title: 1000,
  headings: 100,
  heading: 1000,
  text: 60_000,
  fields: 2000,
  /**
   * A control's position in the page's control list (FieldFinding.index, boxes). Any position a list can have (the
   * largest array index): it bounds nothing that takes room, and a lower bound let a page put its card form past it
   * behind 100,000 checkboxes and have the whole scan refused.
   */
  index: 2 ** 32 - 2,
  attr: 1000,
  reasons: 30,
  /** Split boxes of one field (eight 1-character boxes is the most the classifier groups). */
  boxes: 16,
  /** A password field's names (FieldFinding.labels): four sources, each at most 60 characters from the classifier. */
  labels: 4,
  label: 200,
  reasonCode: 100,
  /**
   * Room for an `attribute` reason, which quotes a control's id or name (at most `attr`) with the list word it matched:
   * "cardNo xxxx… (cardno)" (core/fields/evidence.ts). fit-facts.test.ts checks that every word fits in the room left.
   */
  reasonDetail: 1100,
} as const;

/** Cuts an attribute's text (a control's id or name) to its limit; null stays null. */
export const capAttr = (value: string | null): string | null => value && value.slice(0, LIMITS.attr);
