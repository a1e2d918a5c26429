// A meeting-join page of a known provider, recognised from the URL alone (Tencent Meeting /dm/ links,
// zoom.us/j/…, meet.google.com/abc-defg-hij …): "customer service" asking you into a meeting is the
// start of the screen-share scam.
import type { MeetingProvider } from '../../knowledge/types';
import type { PageSignal } from '../types';

export interface MeetingMatcher {
  brand: string;
  patterns: RegExp[];
}

export function buildMeetingMatchers(providers: readonly MeetingProvider[]): MeetingMatcher[] {
  return providers.map((p) => ({
    brand: p.brand,
    patterns: p.joinUrlPatterns.flatMap((src) => {
      try {
        return [new RegExp(src, 'i')];
      } catch {
        return [];
      }
    }),
  }));
}

export function meetingJoin(url: string, matchers: readonly MeetingMatcher[]): PageSignal[] {
  for (const m of matchers) {
    for (const re of m.patterns) {
      const hit = re.exec(url);
      if (hit) return [{ kind: 'meeting-join', brand: m.brand, reasons: [{ code: 'meeting-join-url', detail: hit[0].slice(0, 80) }] }];
    }
  }
  return [];
}
