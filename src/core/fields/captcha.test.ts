import { describe, expect, it } from 'vitest';
import { codeCues, isImageCaptcha } from './captcha';
import { control } from './control-factory';
import { scanText } from './lexicon';
import { attrForms } from './match';

function cuesFor(over: Parameters<typeof control>[0]) {
  const c = control(over);
  const texts = [c.labelText, c.placeholder, c.nearbyText].map(scanText);
  return codeCues(c, texts, attrForms(c.id, c.name), scanText(c.buttonText));
}

describe('image captcha rule', () => {
  it.each([
    ['图形验证码 label', { labelText: '图形验证码' }],
    ['看不清换一张 link', { labelText: '验证码', buttonText: '看不清，换一张' }],
    ['name=captcha', { name: 'captcha' }],
    ['id=imgCode', { id: 'imgCode' }],
    ['an <img> beside it', { labelText: '验证码', hasImageNearby: true }],
    ['"Type the characters" in English', { placeholder: 'Type the characters you see' }],
  ])('captcha: %s', (_why, over) => expect(isImageCaptcha(cuesFor(over))).toBe(true));

  it.each([
    ['短信验证码 with an image icon', { labelText: '短信验证码', hasImageNearby: true }],
    ['an image and a 获取验证码 button', { labelText: '验证码', hasImageNearby: true, buttonText: '获取验证码' }],
    ['"sent to your phone"', { labelText: 'Enter the code we sent to your phone', hasImageNearby: true }],
    ['plain 验证码 with nothing around', { labelText: '验证码' }],
  ])('not a captcha: %s', (_why, over) => expect(isImageCaptcha(cuesFor(over))).toBe(false));

  it('reports the send-code button text', () => expect(cuesFor({ buttonText: '重新发送(59s)' }).sendButton).toBe('重新发送'));
});
