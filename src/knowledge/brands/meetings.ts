// Meeting providers, sorted by id. Their join-link shapes live in ../meeting.ts.
//
// A registrable domain belongs to one brand only. Tencent Meeting runs on meeting.tencent.com, Google Meet
// on meet.google.com and Teams on teams.microsoft.com / teams.live.com: those registrable domains are the
// parent company's (`tencent`, `google`, `microsoft`), so these meeting brands list only the domains that
// are theirs alone (VooV Meeting is Tencent Meeting's international edition) or none.
//
// Feishu's and DingTalk's hosts that serve what their users publish (<name>.feishu.cn, alidocs.dingtalk.com,
// *.dingtalkapps.com vendor apps) are judged as neutral hosts (../user-content.ts); their meeting pages stay official.
//
// Host tokens: `zoom`, `teams` and `meet` are ordinary English words found in shop and camera hosts, so
// they are left out, and `webex` is one letter from `weber` (a grill maker's shop); the distinctive
// labels stay.

import type { Brand } from '../types';
import { OWN_SITE, v2fly } from '../sources';

export const MEETING_BRANDS: Brand[] = [
  {
    id: 'dingtalk',
    category: 'meeting',
    name: { zh: '钉钉', en: 'DingTalk' },
    aliases: ['DingTalk', '钉钉', '钉钉会议'],
    hostTokens: ['dingding', 'dingtalk'],
    domains: [
      { domain: 'dingding.xin', source: v2fly('dingtalk') },
      { domain: 'dingtalk.cn', source: v2fly('dingtalk') },
      { domain: 'dingtalk.com', source: v2fly('dingtalk') },
      { domain: 'dingtalk.net', source: v2fly('dingtalk') },
      { domain: 'dingtalkapps.com', source: v2fly('dingtalk') },
    ],
  },
  {
    id: 'feishu',
    category: 'meeting',
    name: { zh: '飞书', en: 'Feishu / Lark' },
    aliases: ['Feishu', 'Lark', '飞书', '飞书会议'],
    hostTokens: ['feishu', 'larksuite'],
    domains: [
      { domain: 'feishu.cn', source: v2fly('lark') },
      { domain: 'feishucdn.com', source: v2fly('lark') },
      { domain: 'larksuite.com', source: v2fly('lark') },
      { domain: 'larksuitecdn.com', source: v2fly('lark') },
    ],
  },
  {
    id: 'google-meet',
    category: 'meeting',
    name: { zh: 'Google Meet', en: 'Google Meet' },
    aliases: ['Google Meet'],
    hostTokens: [],
    domains: [],
  },
  {
    id: 'microsoft-teams',
    category: 'meeting',
    name: { zh: 'Microsoft Teams', en: 'Microsoft Teams' },
    aliases: ['Microsoft Teams'],
    hostTokens: [],
    domains: [],
  },
  {
    id: 'tencent-meeting',
    category: 'meeting',
    name: { zh: '腾讯会议', en: 'Tencent Meeting' },
    aliases: ['Tencent Meeting', 'VooV Meeting', '腾讯会议'],
    hostTokens: ['tengxunhuiyi', 'voovmeeting'],
    domains: [{ domain: 'voovmeeting.com', source: OWN_SITE }],
  },
  {
    id: 'webex',
    category: 'meeting',
    name: { zh: 'Webex', en: 'Cisco Webex' },
    aliases: ['Cisco Webex', 'Webex'],
    hostTokens: [],
    domains: [
      { domain: 'webex.com', source: v2fly('webex') },
      { domain: 'webex.com.cn', source: v2fly('webex') },
    ],
  },
  {
    id: 'zoom',
    category: 'meeting',
    name: { zh: 'Zoom', en: 'Zoom' },
    aliases: ['Zoom Meeting', 'Zoom Meetings', 'Zoom会议'],
    hostTokens: [],
    domains: [
      { domain: 'zoom.com', source: v2fly('zoom') },
      { domain: 'zoom.us', source: v2fly('zoom') },
      { domain: 'zoomgov.com', source: OWN_SITE },
    ],
  },
];
