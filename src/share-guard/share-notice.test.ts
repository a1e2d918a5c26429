import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWarningPlan, type KnowledgeLookups } from '@/entrypoints/background/warning-text';
import { domain, finding, translatorFrom, verdict } from '@/entrypoints/background/test-factories';
import { shareBadgeLook } from './share-badge';
import { SHARE_MESSAGE_KEYS, withShareNotice } from './share-notice';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Messages;
const zh = load('zh_CN');
const en = load('en');
const t = translatorFrom(zh);
const knowledge: KnowledgeLookups = {
  brandName: () => undefined,
  adviceText: (id) => (id === 'no-meeting' ? { zh: '真正的客服不会让你进会议。', en: 'Real customer service never needs a meeting.' } : undefined),
  caseSummary: () => undefined,
  phraseDescription: () => undefined,
  accountName: () => undefined,
  claimName: () => undefined,
};
const plan = (v: ReturnType<typeof verdict>) => buildWarningPlan(v, 'zh', t, knowledge);

describe('share guard message keys', () => {
  it.each(SHARE_MESSAGE_KEYS)('%s exists in zh_CN and en with the same placeholders', (key) => {
    expect(zh[key]?.message, `zh_CN ${key}`).toBeTruthy();
    expect(en[key]?.message, `en ${key}`).toBeTruthy();
    expect(Object.keys(zh[key]?.placeholders ?? {})).toEqual(Object.keys(en[key]?.placeholders ?? {}));
  });

  it('the badge text fits a toolbar badge (at most 4 characters)', () => {
    expect([...zh.badgeSharing!.message].length).toBeLessThanOrEqual(4);
    expect([...en.badgeSharing!.message].length).toBeLessThanOrEqual(4);
  });
});

describe('withShareNotice', () => {
  it('on an official bank page (level none) a share-only notice appears on its code field', () => {
    const v = verdict({ domain: domain({ kind: 'official', host: 'www.icbc.com.cn' }), fields: [finding(2, 'otp')] });
    expect(plan(v)).toBeUndefined();
    const notice = withShareNotice(plan(v), v, { screenShared: true }, t);
    expect(notice).toMatchObject({
      level: 'caution',
      title: '你的屏幕正在被共享',
      why: zh.warnWhyScreenShared!.message,
      action: zh.shareWarnHowToStop!.message,
    });
    expect(notice?.fields.map((f) => f.index)).toEqual([2]);
    expect(notice?.action).toContain('停止共享');
  });

  it('on a danger page the danger title stays and the share sentence and how to stop replace the rest', () => {
    const v = verdict({
      level: 'danger',
      fields: [finding(0, 'card-number')],
      rules: [{ code: 'sensitive-field-while-screen-shared' }],
      advice: ['no-meeting'],
    });
    const notice = withShareNotice(plan(v), v, { screenShared: true }, t);
    expect(notice?.level).toBe('danger');
    expect(notice?.title).toBe(zh.warnTitleDanger!.message);
    expect(notice?.why).toBe(zh.warnWhyScreenShared!.message);
    expect(notice?.action).toBe(zh.shareWarnHowToStop!.message);
  });

  it('adds nothing where there is no warned field (a phone box only)', () => {
    const v = verdict({ domain: domain({ kind: 'official' }), fields: [finding(0, 'phone')] });
    expect(withShareNotice(plan(v), v, { screenShared: true }, t)).toBeUndefined();
  });

  it('changes nothing when no share runs and no meeting was visited', () => {
    const v = verdict({ level: 'caution', fields: [finding(0, 'card-number')] });
    expect(withShareNotice(plan(v), v, {}, t)).toEqual(plan(v));
  });

  it('after a meeting page, a generic why becomes the meeting sentence; the meeting advice stays the action', () => {
    const v = verdict({
      level: 'danger',
      fields: [finding(0, 'card-number')],
      rules: [{ code: 'sensitive-field-after-meeting' }, { code: 'card-field-on-unknown-site' }],
      advice: ['no-meeting'],
    });
    const notice = withShareNotice(plan(v), v, { recentMeeting: true }, t);
    expect(notice?.why).toBe(zh.warnWhyAfterMeeting!.message);
    expect(notice?.action).toContain('真正的客服不会让你进会议');
  });

  it('after a meeting page, a caution SMS login gets the meeting sentence too (code-after-meeting)', () => {
    const v = verdict({ level: 'caution', fields: [finding(0, 'otp')], rules: [{ code: 'code-after-meeting' }], advice: ['no-meeting'] });
    expect(withShareNotice(plan(v), v, { recentMeeting: true }, t)?.why).toBe(zh.warnWhyAfterMeeting!.message);
  });

  it('after a meeting page, a specific why (a look-alike host) is kept', () => {
    const v = verdict({
      level: 'danger',
      domain: domain({ kind: 'lookalike', brand: 'alipay' }),
      fields: [finding(0, 'card-number')],
      rules: [{ code: 'sensitive-field-after-meeting' }],
    });
    const named = buildWarningPlan(v, 'zh', t, { ...knowledge, brandName: () => ({ zh: '支付宝', en: 'Alipay' }) });
    expect(withShareNotice(named, v, { recentMeeting: true }, t)?.why).toBe(named?.why);
  });
});

describe('shareBadgeLook', () => {
  it.each([
    ['none', true, 'badgeSharing'],
    ['caution', true, 'badgeSharing'],
    ['danger', true, null],
    ['none', false, null],
  ] as const)('level %s, sharing %s → %s', (level, sharing, expected) => {
    expect(shareBadgeLook(level, sharing)?.textKey ?? null).toBe(expected);
  });
});
