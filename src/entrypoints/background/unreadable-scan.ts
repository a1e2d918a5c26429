// A scan the background could not read: a `cs-bg-scan` from a tab frame of ours that failed its schema
// (src/messaging/validate.ts). Our scanner fits every scan into the message's limits (messaging/fit-facts.ts), so
// such a message means a page found a way to break it, or a bug of ours: either way the page must not thereby go
// unwarned, as it did when the message was only refused. What it sent is never used: the frame is judged on its
// address alone (as at the gate), and on any site but an official or trusted one that is at least a caution, with
// a reason that says the page sent something unreadable.
import type { Verdict } from '@/core/types';
import { maxLevel } from './tab-state';

/** The rule code the popup shows for it (src/i18n/reason-words.ts). */
export const SCAN_UNREADABLE = 'scan-unreadable';

/**
 * The verdict of a frame whose scan was unreadable. `urlOnly`: the frame's address evaluated with no page facts;
 * `before`: what the frame's last readable scan gave (same document: a new one clears it). A page that was found
 * dangerous cannot take that back by sending something unreadable now: the earlier verdict stays when it is higher.
 */
export function unreadableVerdict(urlOnly: Verdict, before: Verdict | null): Verdict {
  const quiet = urlOnly.domain.kind === 'official' || urlOnly.domain.kind === 'trusted';
  const raised: Verdict = quiet
    ? urlOnly
    : {
        ...urlOnly,
        level: maxLevel([urlOnly.level, 'caution']),
        rules: [...urlOnly.rules, { code: SCAN_UNREADABLE }],
        // A caution with nothing to do would leave the popup without advice: the one that fits any page here.
        advice: urlOnly.advice.length > 0 ? urlOnly.advice : ['stop-if-phone-sent-you'],
      };
  return before && maxLevel([before.level, raised.level]) !== raised.level ? before : raised;
}
