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
    // A forum thread where people paste what they received (red-team round 7).
    ['the thread\'s starter', '楼主：我收到的短信说商品有质量问题'],
    ['a reply by floor', '求助。12楼：我也收到过，说商品有质量问题'],
    ['a member', '网友：商品有质量问题？'],
    ['a named member', '网友老李：我这边也说商品有质量问题'],
    ['a lead that names the message', '今天的事。短信原文如下：您的商品有质量问题，为您退款'],
    ['a bare "as follows" after a message received', '昨天收到一条短信，内容如下：您的商品有质量问题，为您退款'],
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
    ['a bare "as follows" with no message received', '理赔须知，内容如下：您的商品有质量问题，为您退款'],
    ['a floor in an address', '服务中心3楼：您的商品有质量问题'],
    ['a member label too long to be a name', '网友互助理赔服务中心：您的商品有质量问题'],
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

// Red-team round 8, A4: a refund desk's kit put its script after "—客服某某：" and was spared as a transcript.
describe('isAfterSpeakerLabel on a page that names itself a service desk', () => {
  const onDesk = (text: string): boolean => isAfterSpeakerLabel(text, text.indexOf('质量问题'), true);

  it.each([
    ['its customer service', '客服：亲，您的商品有质量问题'],
    ['its customer service by name', '——客服阿杰：亲，您的商品有质量问题'],
    ['its staff', '客服人员：您的商品有质量问题'],
    ['the shop', '商家：您的商品有质量问题，给您退款'],
  ])('reads %s as the page speaking', (_name, text) => {
    expect(inTurn(text)).toBe(true);
    expect(onDesk(text)).toBe(false);
  });

  it.each([
    ['a fake one', '假客服：您的商品有质量问题'],
    ['a crook', '骗子：您的商品有质量问题'],
    ['the victim', '受害人：我的商品有质量问题吗？'],
    ['a forum floor', '楼主：我收到的短信说商品有质量问题'],
  ])('still reads %s as a turn', (_name, text) => {
    expect(onDesk(text)).toBe(true);
  });
});

// Red-team round 9, A4: a kit on a desk page speaks as whoever it likes; B2: a shop's own help centre shows the fake
// 客服's chat as a warning.
describe('isAfterSpeakerLabel on a desk page: round 9', () => {
  const onDesk = (text: string): boolean => {
    const start = text.indexOf('质量问题');
    return isAfterSpeakerLabel(text, start, true, start + 4);
  };

  it.each([
    ['the other party', '—对方：您的商品有质量问题，请输入验证码退款'],
    ['the meeting\'s host', '—主持人：您的商品有质量问题，请输入验证码退款'],
    ['the police by name', '—民警小李：您的商品有质量问题，请输入验证码退款'],
    ['a half-width colon', '—客服: 您的商品有质量问题，请输入验证码退款'],
    // What a fake desk writes over its own bubble: a "beware", a denial, a precaution.
    ['a "beware" before it', '谨防骗子冒充，以下为官方客服回复：—客服：您的商品有质量问题'],
    ['a denial before it', '我们不是骗子，请放心：—客服：您的商品有质量问题'],
    ['a denial after it', '—客服：您的商品有质量问题，请输入验证码退款。这不是诈骗，请放心。'],
    ['a "don\'t hang up" after it', '—客服：您的商品有质量问题，请输入验证码退款。请勿挂断电话。'],
  ])('reads %s as the page speaking', (_name, text) => {
    expect(onDesk(text)).toBe(false);
  });

  it.each([
    ['an impostor named in the lead', '以下是骗子冒充本店客服的聊天记录：—客服：您的商品有质量问题，请输入验证码退款。'],
    ['a fake desk named in the lead', '有顾客发来假客服的对话截图：客服小丽：您的商品有质量问题'],
    ['a verdict in the next sentence', '请看这段对话：客服小丽：您的商品有质量问题，请输入验证码退款。这是假客服，请勿理会。'],
    ['hang up, in the next sentence', '客服：您的商品有质量问题，请输入验证码退款。遇到这样的人请立即挂断！'],
  ])('reads %s as a report', (_name, text) => {
    expect(onDesk(text)).toBe(true);
  });
});

// Red-team round 10, A1: a kit's own "anti-fraud" decoration over or after its desk's bubble; B2: a police page's 民警
// announcing the crook's words in the turn's first sentence.
describe('isAfterSpeakerLabel on a desk page: round 10', () => {
  const onDesk = (text: string): boolean => {
    const start = text.indexOf('质量问题');
    return isAfterSpeakerLabel(text, start, true, start + 4);
  };

  it.each([
    ['"keep away from crooks" before it', '认准官方，远离骗子，—客服小美：您的商品有质量问题，请输入验证码退款。'],
    ['an anti-fraud centre before it', '本平台已接入反诈骗中心，—客服小美：您的商品有质量问题，请输入验证码退款。'],
    ['"keep away from their words" before it', '远离骗子的话术，以下为客服回复：—客服小美：您的商品有质量问题'],
    ['"those posing as us are crooks" after it', '—客服小美：您的商品有质量问题，请输入验证码退款。冒充我们的才是骗子。'],
    ['"believe no one else" after it', '—客服小美：您的商品有质量问题，请输入验证码退款。请勿相信其他人。'],
    ['a crook named in the turn\'s first sentence, not retold', '—客服小美：我们不是骗子的话术。您的商品有质量问题，请输入验证码退款。'],
  ])('reads %s as the page speaking', (_name, text) => {
    expect(onDesk(text)).toBe(false);
  });

  it.each([
    ['a retelling announced in the turn', '民警小李：我们来还原一下骗子的话术。您的商品有质量问题，请输入验证码退款。大家听出破绽了吗？'],
    ['"the crook says it so" in the turn', '民警：骗子一般会这样说。您的商品有质量问题，请输入验证码退款。'],
    ['a verdict pointing back', '—客服：您的商品有质量问题，请输入验证码退款。以上都是骗子的话术。'],
  ])('reads %s as a report', (_name, text) => {
    expect(onDesk(text)).toBe(true);
  });
});
