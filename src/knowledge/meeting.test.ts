// Meeting join-link patterns: each matches real join-link shapes and not other pages of the same host.

import { describe, expect, it } from 'vitest';
import { MEETING_PROVIDERS } from './index';

describe('meeting join patterns', () => {
  const EXAMPLES: Record<string, { join: string[]; notJoin: string[] }> = {
    dingtalk: {
      join: ['https://meeting.dingtalk.com/j/aBcD1234ef'],
      notJoin: ['https://meeting.dingtalk.com/', 'https://www.dingtalk.com/download', 'https://meeting.dingtalk.com.evil.cn/j/abc'],
    },
    feishu: {
      join: ['https://vc.feishu.cn/j/123456789', 'https://vc.larksuite.com/j/987654321'],
      notJoin: ['https://vc.feishu.cn/', 'https://www.feishu.cn/product/vc', 'https://vc.larksuite.com/help'],
    },
    'google-meet': {
      join: ['https://meet.google.com/abc-defg-hij', 'https://meet.google.com/abc-defg-hij?authuser=0', 'https://meet.google.com/lookup/ab12cd'],
      notJoin: ['https://meet.google.com/', 'https://meet.google.com/landing', 'https://meet.google.com/abc-defg-hijk'],
    },
    'microsoft-teams': {
      join: [
        'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
        'https://teams.microsoft.com/meet/2345678901234?p=AbCdEf',
        'https://teams.live.com/meet/9876543210987',
      ],
      notJoin: ['https://teams.microsoft.com/v2/', 'https://teams.live.com/', 'https://teams.live.com/meet/'],
    },
    'tencent-meeting': {
      join: [
        'https://meeting.tencent.com/dm/Ab3dEf6hIj',
        'https://meeting.tencent.com/p/1234567890',
        'https://meeting.tencent.com/s/aBcDeFgH',
        'https://voovmeeting.com/dm/Xy12Zw',
        'https://www.voovmeeting.com/p/5551234567',
        'https://intl.voovmeeting.com/dm/Qw3Er5Ty',
        'https://meeting.tencent.com/crm/Ab12Cd34Ef',
      ],
      notJoin: [
        'https://meeting.tencent.com/',
        'https://meeting.tencent.com/download/',
        'https://meeting.tencent.com/l/Ab12Cd34Ef',
        'https://meeting.tencent.com/cw/Ab12Cd34Ef',
        'https://meeting.tencent.com/v2/cloud-record/share?id=1234',
        'https://meeting.tencent.com.evil.cn/dm/abc',
        'https://evil.cn/meeting.tencent.com/dm/abc',
        'http://voovmeeting.com.example/dm/abc',
      ],
    },
    webex: {
      join: [
        'https://acme.webex.com/meet/jane.doe',
        'https://acme.webex.com/join/jdoe',
        'https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef',
        'https://meetings.webex.com.cn/meet/zhang',
        'https://acme.webex.com/wbxmjs/joinservice/sites/acme/meeting/download/0123abcd',
      ],
      notJoin: ['https://www.webex.com/pricing/index.html', 'https://acme.webex.com/', 'https://webex.com.evil.cn/meet/x'],
    },
    zoom: {
      join: [
        'https://zoom.us/j/1234567890',
        'https://us02web.zoom.us/j/81234567890?pwd=abc',
        'https://acme.zoom.us/w/98765432101',
        'https://app.zoom.us/wc/join/1234567890',
        'https://zoom.us/wc/1234567890/join?pwd=x',
        'https://zoom.com/j/123456789',
        'https://zoom.us/my/jane.doe',
        'https://acme.zoomgov.com/j/1609876543',
      ],
      notJoin: [
        'https://zoom.us/',
        'https://zoom.us/pricing',
        'https://zoom.us/j/',
        'https://zoom.us/j/123',
        'https://evilzoom.us/j/1234567890',
        'https://zoom.us.evil.cn/j/1234567890',
        'https://zoom.com/signin',
      ],
    },
  };

  it('has examples for every provider', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(MEETING_PROVIDERS.map((m) => m.brand));
  });

  for (const provider of MEETING_PROVIDERS) {
    // Compiled as the meeting-join signal compiles them (case-insensitive).
    const regexes = provider.joinUrlPatterns.map((p) => new RegExp(p, 'i'));
    const matches = (url: string) => regexes.some((r) => r.test(url));
    const examples = EXAMPLES[provider.brand] ?? { join: [], notJoin: [] };

    it.each(examples.join)(`${provider.brand}: %s is a join link`, (url) => {
      expect(matches(url)).toBe(true);
    });
    it.each(examples.notJoin)(`${provider.brand}: %s is not a join link`, (url) => {
      expect(matches(url)).toBe(false);
    });
    it(`${provider.brand}: every pattern matches at least one example`, () => {
      for (const r of regexes) expect(examples.join.some((u) => r.test(u)), r.source).toBe(true);
    });
  }
});
