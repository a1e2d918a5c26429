import { describe, expect, it } from 'vitest';
import { HOST_STORIES } from '../../knowledge';
import type { HostStory } from '../../knowledge/types';
import { assessDomain } from '../domain';
import type { DomainAssessment, PageSignal } from '../types';
import { addressStories, withAddressStories } from './address-story';

const storiesOf = (url: string, trusted: string[] = []) =>
  addressStories(assessDomain(url, trusted), HOST_STORIES).map((s) => s.phrase);

describe('addressStories (with the knowledge base)', () => {
  it.each([
    ['https://kuaidi-lipei.cn/', 'parcel-lost-claim'],
    ['https://www.wuliu-peifu.com.cn/apply', 'parcel-lost-claim'],
    ['https://baoguo-peichang2024.top/', 'parcel-lost-claim'],
    ['https://lipeikuaidi.vip/', 'parcel-lost-claim'],
    ['https://95-kuaijianlipei.cc/', 'parcel-lost-claim'],
    ['https://dingdan-tuikuan.xyz/', 'refund-quality-problem'],
    ['https://zhiliang-peichang.cn/', 'refund-quality-problem'],
    ['https://vip-quxiao.com/', 'cancel-membership'],
    ['https://huiyuanzhuxiao.cc/', 'cancel-membership'],
    ['https://quxiao-baiwanbaozhang.cn/', 'cancel-membership'],
    ['https://hangban-tuipiao.cn/', 'flight-cancelled'],
    ['https://jipiao-gaiqian.top/', 'flight-cancelled'],
    ['https://zhengxin-zhuxiao.cn/', 'credit-record'],
  ])('%s spells the %s script', (url, phrase) => {
    expect(storiesOf(url)).toEqual([phrase]);
  });

  it('quotes the registered name as the evidence', () => {
    expect(addressStories(assessDomain('http://m.kuaidi-lipei.cn/x', []), HOST_STORIES)).toEqual([
      { kind: 'scam-phrase', phrase: 'parcel-lost-claim', reasons: [{ code: 'scam-phrase-in-address', detail: 'kuaidi-lipei' }] },
    ]);
  });

  it.each([
    // A subject or an action alone is anybody's: a courier tracker, a claims page, a members' club.
    'https://kuaidi100.com/',
    'https://lipei-online.cn/',
    'https://vip-club.com/',
    'https://huiyuan-zhongxin.cn/',
    // Only the registered name counts: an insurer may run its claims desk on a subdomain of its own name.
    'https://hangban-lipei.example-insurer.com/',
    'https://kuaidi-lipei.example.com/',
    // The two words must be whole: inside another word they are not the story.
    'https://kuaidilipeiwang.com/',
    'https://xvipquxiao.com/',
  ])('%s tells no story', (url) => {
    expect(storiesOf(url)).toEqual([]);
  });

  it('reads a lookalike too: it names the brand, the story names the case', () => {
    expect(assessDomain('https://jd-kuaidi-lipei.cn/', []).kind).toBe('lookalike');
    expect(storiesOf('https://jd-kuaidi-lipei.cn/')).toEqual(['parcel-lost-claim']);
    expect(storiesOf('https://zfb-vip-quxiao.com/')).toEqual(['cancel-membership']);
    // A lookalike that tells no story stays a lookalike only.
    expect(storiesOf('https://jd-kefu.cn/')).toEqual([]);
  });

  it('says nothing of an official, trusted or bare-IP site', () => {
    expect(storiesOf('https://kuaidi-lipei.cn/', ['kuaidi-lipei.cn'])).toEqual([]);
    expect(storiesOf('http://192.168.1.8/kuaidi-lipei')).toEqual([]);
  });

  it('reads a made-up story table the same way, glued both ways', () => {
    const stories: HostStory[] = [{ phrase: 'made-up', subjects: ['tudou'], actions: ['mianfei'] }];
    const domain = (registrableDomain: string): DomainAssessment => ({
      host: registrableDomain,
      registrableDomain,
      kind: 'unknown',
      insecure: false,
      reasons: [],
    });
    expect(addressStories(domain('tudou-mianfei.net'), stories).map((s) => s.phrase)).toEqual(['made-up']);
    expect(addressStories(domain('mianfeitudou.net'), stories).map((s) => s.phrase)).toEqual(['made-up']);
    expect(addressStories(domain('tudou.net'), stories)).toEqual([]);
    expect(addressStories(domain('xn--tudou-mianfei.net'), stories)).toEqual([]);
  });
});

describe('withAddressStories', () => {
  const fromText: PageSignal = { kind: 'scam-phrase', phrase: 'parcel-lost-claim', reasons: [{ code: 'scam-phrase', detail: '您的快递已丢失' }] };
  const fromAddress: PageSignal = {
    kind: 'scam-phrase',
    phrase: 'parcel-lost-claim',
    reasons: [{ code: 'scam-phrase-in-address', detail: 'kuaidi-lipei' }],
  };

  it("joins the address's reason to the page's own signal of the same script, the page's words first", () => {
    const merged = withAddressStories([fromText], [fromAddress]);
    expect(merged).toEqual([{ ...fromText, reasons: [...fromText.reasons, ...fromAddress.reasons] }]);
    // The page's own signal is not changed in place.
    expect(fromText.reasons).toHaveLength(1);
  });

  it('adds a script only the address tells', () => {
    const other: PageSignal = { ...fromAddress, phrase: 'cancel-membership' };
    expect(withAddressStories([fromText], [other]).map((s) => s.phrase)).toEqual(['parcel-lost-claim', 'cancel-membership']);
  });
});
