// Meeting join links. A fake "customer service" call moves the victim into a meeting room and has them
// share their screen (the Wuhan case); a visit to one of these URLs is the `meeting-join` signal.
//
// Each pattern is a regular-expression source tested against the full URL as the browser reports it
// (scheme and host already lower case), anchored on scheme and host so `zoom.us.evil.com/j/1` and
// `evilzoom.us/j/1` never match. Subdomain wildcards are written `(?:[a-z0-9-]+\.)*` before the
// registrable domain. Sorted by brand id.
//
// Shapes come from links the providers hand out; where we are less sure, the comment says so.

import type { MeetingProvider } from './types';

export const MEETING_PROVIDERS: MeetingProvider[] = [
  {
    brand: 'dingtalk',
    joinUrlPatterns: [
      // DingTalk video-meeting invitations: meeting.dingtalk.com/j/<code>. Less sure of other shapes
      // (DingTalk also opens meetings inside its app through dingtalk:// links, which are not pages).
      '^https://meeting\\.dingtalk\\.com/j/[A-Za-z0-9_-]+',
    ],
  },
  {
    brand: 'feishu',
    joinUrlPatterns: [
      // Feishu and Lark meeting links: vc.feishu.cn/j/<9-digit id>, vc.larksuite.com/j/<id>.
      '^https://vc\\.feishu\\.cn/j/\\d{6,12}',
      '^https://vc\\.larksuite\\.com/j/\\d{6,12}',
    ],
  },
  {
    brand: 'google-meet',
    joinUrlPatterns: [
      // Meeting codes are three groups of lower-case letters: abc-defg-hij.
      '^https://meet\\.google\\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}(?:[/?#]|$)',
      '^https://meet\\.google\\.com/lookup/[A-Za-z0-9_-]+',
    ],
  },
  {
    brand: 'microsoft-teams',
    joinUrlPatterns: [
      '^https://teams\\.microsoft\\.com/l/meetup-join/',
      // Short join links with a numeric meeting id (newer Teams invitations: /meet/<id>?p=<passcode>).
      '^https://teams\\.microsoft\\.com/meet/\\d+',
      // Teams (free) for personal accounts.
      '^https://teams\\.live\\.com/meet/\\d+',
    ],
  },
  {
    brand: 'tencent-meeting',
    joinUrlPatterns: [
      // Invitation links: /s/<code> ("点击链接入会"), /dm/<code>, and personal meeting rooms /p/<number>.
      // /crm/<code> is seen in public meetup invitations; less sure what it is, but it opens a meeting.
      // Not /l/<code> (live stream for viewers), /cw/ and /ct/ (recordings, transcripts).
      '^https://meeting\\.tencent\\.com/(?:dm|p|s|crm)/[A-Za-z0-9_-]+',
      // VooV Meeting, Tencent Meeting's international edition (also intl.voovmeeting.com), same shapes.
      '^https://(?:[a-z0-9-]+\\.)*voovmeeting\\.com/(?:dm|p|s)/[A-Za-z0-9_-]+',
    ],
  },
  {
    brand: 'webex',
    joinUrlPatterns: [
      // Personal rooms: <site>.webex.com/meet/<name>; newer: <site>.webex.com/join/<name>.
      '^https://(?:[a-z0-9-]+\\.)*webex\\.com(?:\\.cn)?/(?:meet|join)/[A-Za-z0-9._-]+',
      // Scheduled meetings: <site>.webex.com/<site>/j.php?MTID=<id>.
      '^https://(?:[a-z0-9-]+\\.)*webex\\.com(?:\\.cn)?/(?:[a-z0-9-]+/)?j\\.php\\?MTID=',
      // The web join service the two shapes above redirect to.
      '^https://(?:[a-z0-9-]+\\.)*webex\\.com(?:\\.cn)?/wbxmjs/joinservice/',
    ],
  },
  {
    brand: 'zoom',
    joinUrlPatterns: [
      // Join (/j/), webinar (/w/) and host-start (/s/) links carry a 9–11 digit meeting id, on zoom.us,
      // zoom.com, zoomgov.com and any vanity or regional subdomain (us02web.zoom.us, company.zoom.us).
      '^https://(?:[a-z0-9-]+\\.)*zoom(?:gov)?\\.(?:us|com)/[jws]/\\d{9,11}(?:[/?#]|$)',
      // The browser client: /wc/join/<id> and /wc/<id>/join.
      '^https://(?:[a-z0-9-]+\\.)*zoom(?:gov)?\\.(?:us|com)/wc/(?:join/\\d{9,11}|\\d{9,11}/join)',
      // Personal meeting links: /my/<name>.
      '^https://(?:[a-z0-9-]+\\.)*zoom(?:gov)?\\.(?:us|com)/my/[A-Za-z0-9._-]+',
    ],
  },
];
