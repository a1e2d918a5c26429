// How many words a short line holds, for the rules that allow a name "and at most N other words" (a brand's desk
// title, a password field's name, a bank-login heading). Chinese has no spaces between words: a run of Chinese counts
// one word per two characters (退款办理 is two), any other run of letters or digits one.
const HAN = /\p{Script=Han}/u;

export const wordCount = (text: string): number =>
  (text.match(/[\p{L}\p{N}]+/gu) ?? []).reduce((n, w) => n + (HAN.test(w) ? Math.ceil([...w].length / 2) : 1), 0);
