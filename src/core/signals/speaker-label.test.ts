import { describe, expect, it } from 'vitest';
import { isAfterSpeakerLabel } from './speaker-label';

/** Whether the first 质量问题 in `text` stands in a speaker's turn. */
const inTurn = (text: string): boolean => isAfterSpeakerLabel(text, text.indexOf('质量问题'));

describe('isAfterSpeakerLabel', () => {
  it.each([
    ['a role', '以下为通话录音：客服：您好，您买的商品有质量问题，给您理赔。'],
    ['an ASCII colon and spaces', '整理如下 骗子: 您的商品有质量问题'],
    ['the victim', '受害人：我的商品有质量问题吗？'],
    ['a role with a name', '客服小美：亲，您的商品有质量问题哦'],
    ['a role with a letter', '骗子A：您的商品有质量问题'],
    ['a role with an anonymised name', '受害人王某：商品有质量问题？'],
    ['a fake one', '假客服：您的商品有质量问题'],
    ['staff', '客服人员：您的商品有质量问题'],
    ['an anonymised name alone', '李某某：您说商品有质量问题？'],
    ['several sentences into the turn', '民警：您好。我是派出所的。您的包裹没有丢，也没有质量问题'],
    ['the text start', '记者：商品有质量问题怎么办'],
  ])('reads %s as a turn', (_name, text) => {
    expect(inTurn(text)).toBe(true);
  });

  it.each([
    ['a salutation', '尊敬的用户：您的商品有质量问题，为您理赔'],
    ['a salutation with a name', '王先生：您好，您的商品有质量问题'],
    ['a contact line', '联系客服：您的商品有质量问题'],
    ['a chat header with a modifier', '在线客服：您的商品有质量问题'],
    ['a platform\'s service desk', '淘宝客服：您的商品有质量问题'],
    ['a phone number after the label', '客服：400-800-1234 您的商品有质量问题'],
    ['service hours after the label', '客服：9:00-21:00 您的商品有质量问题'],
    ['another label since', '客服：您好。温馨提示：您的商品有质量问题'],
    ['no label', '您的商品有质量问题，为您理赔'],
    ['a label too far back', `客服：您好。${'这是一段很长的说明文字。'.repeat(12)}您的商品有质量问题`],
    ['a label word inside a longer word', '通话录音整理：您的商品有质量问题'],
  ])('does not read %s as a turn', (_name, text) => {
    expect(inTurn(text)).toBe(false);
  });

  it('does not take a label cut by the reach for a whole one', () => {
    // "服务客服：" cut to "客服：" by the window's start (the reach and one character for the boundary) would read as a speaker.
    const text = `服务客服：${'一'.repeat(118)}质量问题`;
    expect(text.indexOf('质量问题') - text.indexOf('客服')).toBe(121);
    expect(inTurn(text.slice(2))).toBe(true);
    expect(inTurn(text)).toBe(false);
  });
});
