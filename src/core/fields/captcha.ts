// Image captchas ask for a code too, but the code is on the screen, not sent to the user's phone:
// 图形验证码 / 看不清换一张 / captcha / an <img> beside the field. Such a field is not an `otp`,
// unless something says the code comes by SMS (短信, "sent to your phone") or a send-code button sits by it.
import type { ControlSnapshot } from '../types';
import type { Found } from './lexicon';
import type { AttrForms } from './match';

const CAPTCHA_ATTR = /captcha|kaptcha|imgcode|imagecode|piccode|picturecode|validatecode|verifyimg|checkimg|txyzm|tpyzm|tuxing/;

export interface CodeCues {
  /** A send-code button beside the field (its text). */
  sendButton: string | null;
  /** Text says the code comes by SMS / to a phone. */
  sms: string | null;
  /** Why this looks like an image captcha, if it does. */
  captcha: string | null;
}

/** `texts`: what the word lists found in the label-like and nearby texts; `button` in the button text. */
export function codeCues(c: ControlSnapshot, texts: readonly Found[], attr: AttrForms, button: Found): CodeCues {
  const sendButton = button.get('send') ?? null;
  let sms: string | null = null;
  let captcha: string | null = null;
  for (let i = 0; i < texts.length; i++) {
    sms ??= texts[i]!.get('sms') ?? null;
    captcha ??= texts[i]!.get('captcha') ?? null;
  }
  // "看不清？换一张" is often the link right after the field.
  captcha ??= button.get('captcha') ?? null;
  if (!captcha) {
    const m = CAPTCHA_ATTR.exec(attr.compact);
    if (m) captcha = m[0];
  }
  if (!captcha && c.hasImageNearby) captcha = 'image beside the field';
  return { sendButton, sms, captcha };
}

/** A captcha cue wins unless the field is said to take an SMS code or has a send-code button. */
export function isImageCaptcha(cues: CodeCues): boolean {
  return cues.captcha !== null && cues.sendButton === null && cues.sms === null;
}
