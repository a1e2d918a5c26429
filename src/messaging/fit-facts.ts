// The scanner's side of the size limits (./limits.ts): a scan is fitted into them before it is sent, so a hostile
// page cannot get the whole message refused (and itself unwarned) by making one part of it too big. Bundled into
// the in-page scanner: no zod, and small.
//
// What a page can push over a limit, and what is kept of it (scanner/page-facts.ts does the fitting):
//   the address         a 9,000-character query string (replaceState) → cut from the end (fitUrl): the fragment and
//                                                                        query go first, the scheme, host and path stay
//   a control's id/name a card field named with 1,000+ characters      → cut to LIMITS.attr where they are read
//                                                                        (sensor/snapshot.ts, scanner/typed-card.ts),
//                                                                        which keeps the `attribute` reason quoting one
//                                                                        within LIMITS.reasonDetail
//   the findings        2,001 hidden decoy card boxes before the form   → at most LIMITS.fields (fitFindings), chosen
//                                                                        so the verdict and the warning lose nothing
//                                                                        that matters
// A control's index cannot be over its limit (the largest array index). The title, headings, text, the names of a
// password field and split boxes are capped well below their limits by the sensor and the classifier
// (src/sensor/dom-text.ts, headings.ts, core/fields): not cut again.
import type { FieldFinding } from '../core/types';
import { LIMITS } from './limits';

/**
 * The frame's address within LIMITS.url, cut from the end. Cut inside a user:password@ before the host, it loses
 * its host: the background then goes by the address the browser gives for the frame (handlers.ts keeps the scan's
 * own address only when it has the same origin).
 */
export const fitUrl = (url: string): string => url.slice(0, LIMITS.url);

/**
 * At most LIMITS.fields findings. `rank` orders them when there are more, lower first: the scanner ranks a control
 * the person focused or typed into 0, a visible one 1, a hidden one 2.
 *
 * Over the count, the findings kept are: the first of each kind in page order (the verdict is decided on the kinds a
 * page asks for: one card-number finding makes a card page, whatever the decoys), then the others by rank and page
 * order. So the fields someone is using keep their anchored warning, and hidden decoys are what is left out.
 */
export function fitFindings(fields: FieldFinding[], rank: (finding: FieldFinding) => number): FieldFinding[] {
  const kinds = new Set<string>();
  return fields.length > LIMITS.fields
    ? // A stable sort: page order within a rank, and again among those kept.
      fields
        .map((f) => [kinds.has(f.kind) ? rank(f) : (kinds.add(f.kind), -1), f] as const)
        .sort((a, b) => a[0] - b[0])
        .slice(0, LIMITS.fields)
        .map(([, f]) => f)
        .sort((a, b) => a.index - b.index)
    : fields;
}
