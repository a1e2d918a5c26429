// Advice and case that fit the page. The policy's rules are written for the two cases' stories (a refund, a
// lost parcel), yet they fire on pages that tell no story at all: a fake bank login, an airline's SMS login.
// There "退款、理赔只在官方网站办理" and "this is like the Wuhan meeting case" confuse an honest user and a
// scam victim alike. So what the rules propose is checked against what the page tells and asks:
//   - advice: a refund-and-claim sentence only under a refund or claim story; a "stop sharing" only while a
//     share runs (otherwise "if someone asks you to share, don't");
//   - case: a case only when the page matches what happened in it (its story, or its defining fact: the
//     meeting, the courier, the card taken one page before the code); else none.
import { SCAM_PHRASES, brandById } from '../../knowledge';
import type { PageSignal } from '../types';
import type { PolicyFacts } from './policy';

/**
 * Scam scripts that are about getting money back (a refund, a claim, compensation, cancelling a membership
 * "before you are charged"): under these, "refunds and claims only in the official app" is the point.
 */
export const REFUND_STORIES: ReadonlySet<string> = new Set([
  'borrow-to-refund',
  'cancel-membership',
  'fee-to-release',
  'flight-cancelled',
  // Not game-refund-minor: its own advice already says where the refund is asked for.
  'parcel-lost-claim',
  'refund-asks-secret',
  'refund-quality-problem',
  'screen-share-meeting',
]);

const REFUND_ADVICE = 'official-only';
const STOP_SHARE = 'stop-screen-share';

/**
 * What a rule's advice id becomes on this page: the refund advice only under a refund story, or on a page like
 * one of the cases (both are refund and claim stories: a fake courier desk is the parcel-claim desk); else the
 * official site or app, for a sign-in or for the brand the page claims. "Stop sharing" only while a share runs.
 * Null: leave it out.
 */
export function fitAdvice(id: string, facts: PolicyFacts, scripts: readonly string[], cases: readonly string[]): string | null {
  if (id === STOP_SHARE && facts.context.screenShared !== true) return 'no-screen-share';
  if (id !== REFUND_ADVICE || cases.length > 0 || scripts.some((s) => REFUND_STORIES.has(s))) return id;
  if (scripts.length > 0) return null; // another story: its own advice says where to go
  return facts.kinds.has('password') || facts.signInClaim ? 'sign-in-official-only' : 'official-site-or-app';
}

const WUHAN = 'wuhan-2021-meeting-refund';
const HANGZHOU = 'hangzhou-2022-parcel-claim';

/**
 * The fact that makes a page "like" a case when the page tells no story of its own. Wuhan: "customer service"
 * took the victim into a meeting (a join page, a meeting moments ago, a live screen share). Hangzhou: a fake
 * courier desk, or the card number taken one page before the SMS code (she was one code away).
 */
const CASE_FACTS: Readonly<Record<string, (facts: PolicyFacts, signals: readonly PageSignal[]) => boolean>> = {
  [WUHAN]: (f) => f.meeting || f.context.recentMeeting === true || f.context.screenShared === true,
  [HANGZHOU]: (f, signals) =>
    f.earlierStep ||
    f.earlierElsewhere ||
    signals.some((s) => s.kind === 'brand-claim' && s.brand !== undefined && brandById(s.brand)?.category === 'courier'),
};

/**
 * The cases to name, best first (the popup and the warning show the first). A page's story names its case: a
 * script of one case first, then scripts that fit both. A page whose only stories are neither case's (a
 * "frozen" card, a police case) names none. A page with no story names a case its rules propose only when the
 * page has that case's defining fact.
 */
export function matchCases(
  facts: PolicyFacts,
  signals: readonly PageSignal[],
  scripts: readonly string[],
  ruleCases: readonly string[],
): string[] {
  const groups = SCAM_PHRASES.filter((g) => scripts.includes(g.id));
  const cases = new Set<string>();
  if (groups.length > 0) {
    const told = new Set(groups.flatMap((g) => g.cases));
    for (const g of groups) if (g.cases.length === 1) cases.add(g.cases[0]!);
    // A script that fits both cases ("refund, read me the code") leaves the choice to what the page asks:
    // the rules' order (a card password is the Wuhan case's, a card then a code the Hangzhou case's).
    for (const c of ruleCases) if (told.has(c)) cases.add(c);
    for (const c of told) cases.add(c);
    return [...cases];
  }
  for (const c of ruleCases) if (CASE_FACTS[c]?.(facts, signals)) cases.add(c);
  return [...cases];
}
