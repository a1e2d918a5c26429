import { describe, expect, it } from 'vitest';
import { buildMeetingMatchers, meetingJoin } from './meeting-join';

const matchers = buildMeetingMatchers([
  { brand: 'tencent-meeting', joinUrlPatterns: ['^https://meeting\\.tencent\\.com/dm/'] },
  { brand: 'zoom', joinUrlPatterns: ['^https://([a-z0-9-]+\\.)?zoom\\.us/(j|wc/join)/\\d+'] },
]);

describe('meetingJoin', () => {
  it.each([
    ['https://meeting.tencent.com/dm/AbCdEf', 'tencent-meeting'],
    ['https://us02web.zoom.us/j/81234567890?pwd=x', 'zoom'],
    ['https://zoom.us/wc/join/81234567890', 'zoom'],
  ])('%s is a %s join page', (url, brand) => {
    expect(meetingJoin(url, matchers)).toMatchObject([{ kind: 'meeting-join', brand, reasons: [{ code: 'meeting-join-url' }] }]);
  });

  it.each([
    'https://meeting.tencent.com/',
    'https://zoom.us/pricing',
    'https://evil.example/?u=https://zoom.us/j/123',
    'not a url',
  ])('%s is not a join page', (url) => {
    expect(meetingJoin(url, matchers)).toEqual([]);
  });
});
