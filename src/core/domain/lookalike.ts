// Does a foreign host imitate a brand? Four ways, tried from the most to the least certain:
//
//   embedded       a brand's own domain or host token sits in the host as a label or hyphen token:
//                  www.jd.com.vip-cancel.cc (the labels `jd.com`), jd.com-refund.net and kefu-jd.com.vip
//                  (the domain glued to a hyphen), jd-com.cn (hyphens for its dots), alipay-refund.cn,
//                  icbc-cn.vip, boc.cc;
//                  a long token (6+ letters) also counts inside a label: myalipayrefund.com; a token that
//                  is itself hyphenated (`sf-express`) counts as a run of hyphen tokens: sf-express-claim.cn;
//                  a token glued to a number counts as if a hyphen stood between them: icbc95588.com, ccb2024.cc;
//                  a bank's name split by one hyphen is still its name: cz-bank-kefu.com, we-bank-kf.top.
//                  A bank's "<code>china" or "<code>bank" token glued after one to three letters is another
//                  bank's initials (长安银行's ccabchina is not 农行's abchina): not matched inside the label.
//                  Short tokens need a boundary: `icbc` in evilicbc.com.cn is not matched, because short
//                  tokens turn up inside unrelated words (`boc` in bocconi, `abc` in abcnews).
//                  A brand's short name (jd, zfb, qq) counts only beside a customer-service word in pinyin in
//                  the same label: jd-kefu.com, zfb-tuikuan.cn, qqkefu.com (Brand.pairedHostTokens), or in a
//                  subdomain label with the other in the registered name: jd.tuikuan.top, kefu.jd-vip.cn.
//                  A bank's short name or code glued to "bank" is its name spelt out: icbcbank, abcbank, bankcmb.
//                  On a registered name that holds a customer-service word even a 3-letter code as a whole
//                  subdomain label counts: ccb.kefu-tk.top.
//   homoglyph      a label that looks like a token: Cyrillic а in аlipay.com, g00gle, paypa1
//                  (same UTS #39 skeleton, different letters); in plain ASCII also i for l, so lcbc and
//                  1cbc look like icbc (a 4-letter token: one letter changed is a homoglyph, not any edit);
//                  also in a bank's code glued to "bank": lcbcbank, 1cbcbank.
//   punycode       an internationalised label spelling a brand's Chinese name: 支付宝-退款.com.
//   edit-distance  one letter added, dropped or changed in a token of 5+ letters: alipey, a1ipay, taobaoo, or two
//                  neighbours swapped inside it, first and last letters kept (aliapy, tencnet), or at an end
//                  beside a customer-service word (alipya-kefu); only in
//                  a name the fraudster chose: the registered name (alipey.com, not ebank.bankofbeijing.com.cn,
//                  someone else's department) or a subdomain of a registered name that holds a customer-service
//                  word (alipey.kefu-center.top); on a user-content host, the publisher's own name (a1ipay.feishu.cn).
//                  Never a changed code in a bank's "<code>bank" name (hzbank, hebbank: other banks, see below).
//
// Only labels left of the public suffix are examined, so a private suffix such as github.io or
// s3.amazonaws.com never counts as a brand, and neither does an official domain itself (the caller
// checks official ownership first).
import { distance } from 'fastest-levenshtein';
import type { DomainAssessment, Reason } from '../types';
import type { Brand } from '../../knowledge/types';
import { anotherBankCode, gluedToBank, hyphenInsideBank, moreInitials } from './bank-names';
import { glyphKey, isNonAscii, labelToUnicode, skeleton } from './skeleton';

export type LookalikeHow = NonNullable<DomainAssessment['how']>;

export interface LookalikeMatch {
  brand: string;
  how: LookalikeHow;
  reason: Reason;
}

/** Tokens at least this long match inside a label without a hyphen or dot boundary. */
export const MIN_SUBSTRING_TOKEN = 6;
/** A subdomain label that is exactly a token needs at least this many characters to count. */
export const MIN_WHOLE_SUBDOMAIN_TOKEN = 4;
/** Edit distance 1 is only considered for tokens (and labels) of at least this many letters. */
export const MIN_EDIT_DISTANCE_TOKEN = 5;
/** A customer-service word glued to a short name (`qqkefu`) needs this many letters; shorter ones (`kf`) need a hyphen. */
export const MIN_GLUED_SERVICE_WORD = 4;
/**
 * An official domain spelt with hyphens needs a name of this many characters: `3-cn` or `t-co` inside a label is
 * any number or letter beside a word.
 */
const MIN_HYPHENED_NAME = 2;
/**
 * A plain-ASCII label that only looks like a token (no other letter changed) is considered from this many letters:
 * `lcbc` for icbc. Three-letter tokens stay out: `dhi`, `aoi` and `b0c` are other firms' names and codes as often.
 */
export const MIN_GLYPH_TOKEN = 4;
const letterCount = (token: string) => token.match(/[a-z]/g)?.length ?? 0;

export interface TokenEntry {
  brand: string;
  token: string;
  skeleton: string;
  /** glyphKey(token), for plain-ASCII labels. */
  glyphs: string;
  /**
   * How many letters the token has. Near misses are about names: MIN_EDIT_DISTANCE_TOKEN letters for one edit,
   * MIN_GLYPH_TOKEN for letter shapes (95588 is a phone number, and 95598 someone else's).
   */
  letters: number;
  /** The brand is a bank: its short name glued to "bank" is its name spelt out (gluedToBank). */
  bank: boolean;
}

export interface BrandIndex {
  tokens: TokenEntry[];
  tokenSet: ReadonlySet<string>;
  officialDomains: { brand: string; domain: string }[];
  /** Chinese names and aliases (two or more non-ASCII characters). */
  cjkNames: { brand: string; name: string }[];
  /** Short names that count only beside a customer-service word (Brand.pairedHostTokens); `bank` as in TokenEntry. */
  paired: { brand: string; token: string; bank: boolean }[];
  /** The banks' host tokens and paired short names together (bank-names.ts gluedToBank reads them for every part). */
  bankCodes: { brand: string; token: string }[];
  serviceWords: readonly string[];
}

/** `serviceWords`: the customer-service words a paired token needs beside it (knowledge's SERVICE_HOST_WORDS). */
export function buildBrandIndex(brands: readonly Brand[], serviceWords: readonly string[] = []): BrandIndex {
  const tokens: TokenEntry[] = [];
  const paired: BrandIndex['paired'] = [];
  const officialDomains: BrandIndex['officialDomains'] = [];
  const cjkNames: BrandIndex['cjkNames'] = [];
  for (const brand of brands) {
    for (const token of brand.hostTokens) {
      const t = token.toLowerCase();
      tokens.push({ brand: brand.id, token: t, skeleton: skeleton(t), glyphs: glyphKey(t), letters: letterCount(t), bank: brand.category === 'bank' });
    }
    for (const token of brand.pairedHostTokens ?? []) paired.push({ brand: brand.id, token: token.toLowerCase(), bank: brand.category === 'bank' });
    for (const d of brand.domains) officialDomains.push({ brand: brand.id, domain: d.domain.toLowerCase() });
    for (const name of [brand.name.zh, ...brand.aliases]) {
      if (isNonAscii(name) && [...name].length >= 2) cjkNames.push({ brand: brand.id, name: name.toLowerCase() });
    }
  }
  return {
    tokens,
    tokenSet: new Set(tokens.map((t) => t.token)),
    officialDomains,
    cjkNames,
    paired,
    bankCodes: [...tokens.filter((t) => t.bank), ...paired.filter((p) => p.bank)],
    serviceWords: serviceWords.map((w) => w.toLowerCase()),
  };
}

/** Whether one of a label's hyphen tokens is a customer-service word. */
const holdsServiceWord = (parts: readonly string[], index: BrandIndex): boolean => parts.some((p) => index.serviceWords.includes(p));

/**
 * A brand's short name beside a customer-service word in one label: both as hyphen tokens (`jd-kefu`,
 * `kf-zfb-vip`), or glued into one token (`qqkefu`, `tuikuanjd`) when the word is long enough
 * not to be part of some other word.
 */
function pairedWithServiceWord(label: string, index: BrandIndex): BrandIndex['paired'][number] | undefined {
  if (index.serviceWords.length === 0 || index.paired.length === 0) return undefined;
  const parts = label.split('-');
  const beside = holdsServiceWord(parts, index);
  const glued = (part: string, token: string): boolean =>
    index.serviceWords.some((w) => w.length >= MIN_GLUED_SERVICE_WORD && (part === token + w || part === w + token));
  return index.paired.find((p) => (beside && parts.includes(p.token)) || parts.some((part) => glued(part, p.token)));
}

/**
 * A brand's short name and a customer-service word in two labels, one of them the registered name: `jd.tuikuan.top`,
 * `kefu.jd-vip.cn` (each a whole hyphen token of its label). The fraudster chose both: the registered name, and the
 * subdomain on it. Two subdomains of someone else's registered name are not enough (`jd.kefu.example.com` is any
 * customer-service tool's tenant page). Returns the short name and the two labels.
 */
function pairedAcrossLabels(labels: readonly string[], index: BrandIndex): { paired: BrandIndex['paired'][number]; labels: string } | undefined {
  if (labels.length < 2 || index.serviceWords.length === 0) return undefined;
  const registrable = labels[labels.length - 1]!;
  const named = registrable.split('-');
  const subdomains = labels.slice(0, -1).map((label) => ({ label, parts: label.split('-') }));
  // Where the word stands does not depend on the short name: looked up once, not once per name.
  const nameHasWord = holdsServiceWord(named, index);
  const wordSubdomain = subdomains.find((s) => holdsServiceWord(s.parts, index));
  for (const paired of index.paired) {
    const sub = nameHasWord ? subdomains.find((s) => s.parts.includes(paired.token)) : undefined;
    if (sub) return { paired, labels: `${sub.label}.${registrable}` };
    if (wordSubdomain && named.includes(paired.token)) return { paired, labels: `${wordSubdomain.label}.${registrable}` };
  }
  return undefined;
}

/**
 * True when `inner` occupies whole labels of `outer` (`jd.com` in `www.jd.com`, not in `xjd.com`), or whole
 * labels but for a hyphen glued to one end (`jd.com-refund`, `kefu-jd.com`). Only labels left of the public
 * suffix are passed in, so an official domain's own suffix turns up there only when someone wrote it in.
 */
function hasLabels(outer: string, inner: string): boolean {
  const dotted = `.${outer}.`;
  return dotted.includes(`.${inner}.`) || dotted.includes(`.${inner}-`) || dotted.includes(`-${inner}.`);
}

/**
 * A part that is a token glued to a number, or a number glued to a token: `icbc95588`, `ccb2024`, `95533ccb`.
 * The switch between letters and digits is as clear a boundary as a hyphen, and no ordinary word ends in one.
 */
function gluedToNumber(part: string, index: BrandIndex): TokenEntry | undefined {
  const runs = /^(?:([a-z]+)(\d+)|(\d+)([a-z]+))$/.exec(part);
  if (!runs) return undefined;
  const [letters, digits] = runs[1] !== undefined ? [runs[1], runs[2]!] : [runs[4]!, runs[3]!];
  return index.tokens.find((t) => t.token === letters || t.token === digits);
}

/**
 * Whether the letter after a token carries on its last syllable: pinyin's -n runs on into -ng, so `weixing` (卫星) is
 * another word than `weixin` (微信), and `douying` than `douyin`: neither inside a label nor as a near miss.
 */
const runsOnIntoNg = (token: string, next: string | undefined): boolean => next === 'g' && token.endsWith('n');

/**
 * A long token inside a label, where the letter after it does not carry on its last syllable (runsOnIntoNg) and, for a
 * bank's "<code>china" or "<code>bank", the letters before it do not make longer initials (moreInitials).
 */
function insideLabel(label: string, token: TokenEntry, serviceWords: readonly string[]): boolean {
  const t = token.token;
  for (let at = label.indexOf(t); at >= 0; at = label.indexOf(t, at + 1)) {
    if (!runsOnIntoNg(t, label[at + t.length]) && !moreInitials(label, at, token, serviceWords)) return true;
  }
  return false;
}

/**
 * Whether `part` is `token` with two neighbouring letters swapped (aliapy, wecaht, tencnet), the first and the last
 * letter kept: a word read at a glance is read by its ends, and a swap inside goes unseen (venom is not venmo).
 * `ends` lets the swap move the first or last letter too (alipya, laipay): only beside a customer-service word
 * (alipya-kefu), which says the label is a lure whatever its other word; of 271 such swaps of the brands' tokens one is
 * an English word (venom) and a few are pinyin (meituna).
 * Two vowels swapped spell another word as often, in English and in pinyin's finals (applied for appleid, mie for
 * mei, ou/uo, ai/ia): those stay out. Levenshtein counts a swap as two edits; this is optimal string alignment's one.
 */
function swapped(part: string, token: string, ends: boolean): boolean {
  if (part.length !== token.length) return false;
  const at = [...part].findIndex((c, i) => c !== token[i]);
  return (
    at >= 0 &&
    at + 1 < part.length &&
    (ends || (at > 0 && at + 2 < part.length)) &&
    !/^[aeiou]{2}$/.test(part.slice(at, at + 2)) &&
    part[at] === token[at + 1] &&
    part[at + 1] === token[at] &&
    part.slice(at + 2) === token.slice(at + 2)
  );
}

/**
 * The first brand `labels` imitate, or null.
 * @param labels ASCII labels of the host left of its public suffix (subdomain labels and the registrable label).
 * @param namesChosen Every label was chosen by whoever made the page (a tenant's name on a user-content host), not
 *   only the registered name: near misses count in all of them.
 */
export function findLookalike(labels: readonly string[], index: BrandIndex, namesChosen = false): LookalikeMatch | null {
  if (labels.length === 0) return null;
  const joined = labels.join('.');

  // 1. An official domain written into the host's labels: www.jd.com.vip-cancel.cc. Or spelt with hyphens for
  // its dots inside one label, as a reader takes them: jd-com.cn, www-icbc-com-cn.vip (no honest host of
  // someone else writes another firm's address out like that).
  // Each hyphenated label with its hyphens read as dots, once for all the official domains.
  const dotted = labels.filter((l) => l.includes('-')).map((label) => ({ label, asDots: label.replaceAll('-', '.') }));
  for (const { brand, domain } of index.officialDomains) {
    if (hasLabels(joined, domain)) {
      return { brand, how: 'embedded', reason: { code: 'host-embeds-official-domain', detail: `${domain} in ${joined}` } };
    }
    if (domain.indexOf('.') < MIN_HYPHENED_NAME) continue;
    const spelt = dotted.find((d) => hasLabels(d.asDots, domain));
    if (spelt) return { brand, how: 'embedded', reason: { code: 'host-embeds-official-domain', detail: `${domain} in ${spelt.label}` } };
  }

  const asciiLabels = labels.filter((l) => !l.startsWith('xn--'));
  const parts = (label: string) => [label, ...label.split('-').filter((p) => p && p !== label)];

  // 2. A host token as a whole label or hyphen token, or a long token inside a label. A subdomain label
  // that is only a short token (`boc.example.edu`, `ccb.partner.com`) is somebody's department name as often
  // as a lure, so short tokens count there only next to another hyphen token (`boc-refund.example.com`).
  // On a registered name that holds a customer-service word (kefu-tk.top) the subdomains are the fraudster's choice
  // too: there a bank's code alone is the lure (ccb.kefu-tk.top), as step 4 treats near misses.
  const registrable = labels[labels.length - 1];
  const serviceName = registrable !== undefined && holdsServiceWord(registrable.split('-'), index);
  for (const label of asciiLabels) {
    for (const part of parts(label)) {
      if (part === label && label !== registrable && !serviceName && part.length < MIN_WHOLE_SUBDOMAIN_TOKEN) continue;
      const hit = index.tokens.find((t) => t.token === part) ?? gluedToNumber(part, index);
      if (hit) return { brand: hit.brand, how: 'embedded', reason: { code: 'host-embeds-brand', detail: `${hit.token} in ${label}` } };
      const bank = gluedToBank(part, index);
      if (bank?.glyph) {
        return { brand: bank.brand, how: 'homoglyph', reason: { code: 'host-homoglyph-of-brand', detail: `${part} looks like ${bank.spelt}` } };
      }
      if (bank) return { brand: bank.brand, how: 'embedded', reason: { code: 'host-embeds-brand', detail: `${bank.token} in ${label}` } };
    }
    const split = hyphenInsideBank(label.split('-'), index, MIN_EDIT_DISTANCE_TOKEN);
    if (split) return { brand: split.brand, how: 'embedded', reason: { code: 'host-embeds-brand', detail: `${split.token} in ${label}` } };
    const inside = index.tokens.find((t) =>
      t.token.includes('-') ? `-${label}-`.includes(`-${t.token}-`) : t.token.length >= MIN_SUBSTRING_TOKEN && insideLabel(label, t, index.serviceWords),
    );
    if (inside) return { brand: inside.brand, how: 'embedded', reason: { code: 'host-embeds-brand', detail: `${inside.token} in ${label}` } };
    const short = pairedWithServiceWord(label, index);
    if (short) return { brand: short.brand, how: 'embedded', reason: { code: 'host-embeds-brand', detail: `${short.token} in ${label}` } };
  }
  const across = pairedAcrossLabels(asciiLabels, index);
  if (across) {
    const { paired, labels: where } = across;
    return { brand: paired.brand, how: 'embedded', reason: { code: 'host-embeds-brand', detail: `${paired.token} in ${where}` } };
  }

  // 3. Internationalised labels: homoglyphs of a token, or a brand's Chinese name.
  for (const label of labels.filter((l) => l.startsWith('xn--'))) {
    const unicode = labelToUnicode(label);
    for (const part of parts(unicode)) {
      const folded = skeleton(part);
      const hit = index.tokens.find(
        (t) => t.skeleton === folded || (t.token.length >= MIN_SUBSTRING_TOKEN && folded.includes(t.skeleton)),
      );
      if (hit) {
        return { brand: hit.brand, how: 'homoglyph', reason: { code: 'host-homoglyph-of-brand', detail: `${unicode} looks like ${hit.token}` } };
      }
    }
    const lower = unicode.toLowerCase();
    const named = index.cjkNames.find((n) => lower.includes(n.name));
    if (named) return { brand: named.brand, how: 'punycode', reason: { code: 'host-spells-brand-name', detail: `${named.name} in ${unicode}` } };
  }

  // 4. Plain-ASCII near misses. A part that is itself some brand's token was handled above.
  // A changed letter is evidence only in a name the fraudster picked. A subdomain of somebody else's registered name is
  // that owner's word (ebank.<any bank>, one letter from webank); on a registered name that holds a customer-service
  // word (kefu-center.top) the subdomains are the fraudster's too. A look-alike letter (g00gle, lcbc) counts anywhere:
  // no honest department spells itself so.
  const subdomainsChosen = namesChosen || serviceName;
  for (const label of asciiLabels) {
    const chosen = subdomainsChosen || label === registrable;
    const besideServiceWord = holdsServiceWord(label.split('-'), index);
    for (const part of parts(label)) {
      if (part.length < MIN_GLYPH_TOKEN || index.tokenSet.has(part)) continue;
      if (chosen && part.length >= MIN_EDIT_DISTANCE_TOKEN) {
        const near = index.tokens.find(
          (t) =>
            t.letters >= MIN_EDIT_DISTANCE_TOKEN &&
            (distance(part, t.token) === 1 || swapped(part, t.token, besideServiceWord && part !== label)) &&
            !anotherBankCode(part, t.token) &&
            !(part.length > t.token.length && part.startsWith(t.token) && runsOnIntoNg(t.token, part[t.token.length])),
        );
        if (near) return { brand: near.brand, how: 'edit-distance', reason: { code: 'host-one-edit-from-brand', detail: `${part} ~ ${near.token}` } };
      }
      const folded = glyphKey(part);
      const alike = index.tokens.find((t) => t.letters >= MIN_GLYPH_TOKEN && t.glyphs === folded);
      if (alike) return { brand: alike.brand, how: 'homoglyph', reason: { code: 'host-homoglyph-of-brand', detail: `${part} looks like ${alike.token}` } };
    }
  }
  return null;
}
