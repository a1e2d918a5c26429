// Shapes of the knowledge base. Data files export plain `as const`-free arrays typed with these;
// schema.ts holds the matching zod schemas, used by tests and never bundled into the content script.

/** Text in the two languages we ship. zh_CN first. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const BRAND_CATEGORIES = [
  'bank',
  'card-network',
  'payment',
  'shop',
  'courier',
  'transport',
  'government',
  'etc',
  'meeting',
  'telecom',
  'global',
] as const;
export type BrandCategory = (typeof BRAND_CATEGORIES)[number];

export interface OfficialDomain {
  /** A registrable domain (eTLD+1), lower case, ASCII/punycode, e.g. `icbc.com.cn`. */
  domain: string;
  /** Where we learnt that this domain is the brand's own (a corpus file, the brand's site footer, an ICP record…). */
  source: string;
}

export interface Brand {
  /** Stable kebab-case id, e.g. `icbc`, `alipay`, `tencent-meeting`. */
  id: string;
  category: BrandCategory;
  name: Bilingual;
  /**
   * Words a page uses to claim to be this brand: Chinese names, English names, pinyin, short forms
   * (pdd). Matched case-insensitively in titles and headings. Sorted.
   */
  aliases: string[];
  /**
   * ASCII labels that, found as a label or hyphen token of a foreign host, mark a lookalike
   * (`alipay` in `alipay-refund.cn`). Only distinctive ones: never a common word. Sorted. A brand whose own
   * name is hyphenated in its domain (`sf-express`) may list that run of hyphen tokens as one token.
   */
  hostTokens: string[];
  /**
   * Short or everyday names (jd, zfb, qq, tb, ems, apple) that say nothing alone in a host (JD Sports, a QQ fan
   * club, an apple farm) but are a lure beside a customer-service word in pinyin (`SERVICE_HOST_WORDS`: kefu,
   * tuikuan, lipei …) in the same label: `jd-kefu.com`, `zfb-tuikuan.cn`, `qqkefu.com`. Optional; sorted; not among
   * `hostTokens`. A number counts too (China Telecom's 189: `189-jifen.cn`), glued or hyphenated like a name.
   */
  pairedHostTokens?: string[];
  /**
   * Aliases that honest checkout pages show as an option: payment-method logos and radio labels
   * (支付宝, 微信支付, 银联, PayPal, Apple Pay, American Express), the bank pickers of Chinese payment
   * pages (中国工商银行, 招商银行 …) and shipping choices (顺丰速运, 中通快递, DHL). A logo or heading that
   * names only these offers the brand as a way to pay or ship; it does not claim to be the brand. A page title naming it is still a claim. When matching
   * the other aliases, take these names out of the text first: "Google Pay" on a checkout is not a claim
   * to be Google. Optional; a sorted subset of `aliases`.
   */
  checkoutNames?: string[];
  /**
   * Bare names kept out of `aliases` because honest headings use them every day (QQ, 微信, Steam), which still say
   * whose account a password field wants: "QQ密码", "Steam password" (core/signals/password-labels.ts). Read
   * only in a password field's own names, never in titles or headings. Optional; sorted; not among `aliases`.
   */
  accountNames?: string[];
  /**
   * Names of independent issuers under the brand's name whose sites we do not know: the provinces' ETC cards (粤通卡,
   * 苏通卡 …), each issued by its own province's operator. A page whose title or a heading names one plainly is that
   * issuer's page and claims nothing of this brand, even with the brand's words on it ("粤通卡ETC在线办理"): the
   * issuer's own sign-up would otherwise "impersonate" the national brand. Not a title or heading that makes the issuer
   * a desk or a verification ("粤通卡ETC服务中心 - 在线认证", core/signals/brand-claims.ts): there its name claims this
   * brand. Matched as aliases are (case-insensitive substrings). Optional; sorted; not among `aliases`.
   */
  issuers?: string[];
  /**
   * The brand is a family whose name ("中国政府网站") is not what any page calls itself: a claim is named by the
   * alias it matched (个人所得税, 交管12123), so the popup says what the page pretends to be. Optional.
   */
  namedByAlias?: true;
  /** Registrable domains the brand owns, sorted by domain. */
  domains: OfficialDomain[];
  /**
   * Public suffixes under which EVERY registrable domain is the brand's, sorted: `gov.cn` (each
   * `x.gov.cn` is its own registrable domain in the PSL, so no single domain can stand for the
   * government) and brand TLDs such as `icbc`. Optional; most brands have none.
   */
  suffixes?: OfficialSuffix[];
}

export interface OfficialSuffix {
  /** A public suffix per tldts (`getPublicSuffix(s) === s`), lower case, ASCII/punycode. */
  suffix: string;
  /** Where we learnt that the whole suffix is the brand's. */
  source: string;
}

/**
 * Hosts of an official brand where anyone can publish: form builders, shared documents and sheets, site builders.
 * The address is the brand's own (no lookalike, no odd address), but the form on it is whoever made it: a fake
 * refund form on 腾讯问卷 is no more the bank's than one on any other site. Such a host is judged as a neutral one
 * (core/domain/assess-domain.ts, kind `user-content`); the brand's other hosts stay official.
 */
export interface UserContentHost {
  /** Stable kebab-case id of the service, e.g. `tencent-survey`. */
  id: string;
  /** Brand id that owns the registrable domain (officialBrandFor gives it). */
  brand: string;
  /** The service's name as its pages show it (腾讯问卷, Google Forms): what the warning calls the site. */
  name: Bilingual;
  /**
   * Hosts serving what anyone published, lower case: an exact host (`wj.qq.com`), or `*.` and a registrable domain
   * for every host under it at any depth (`*.feishu.cn`: each company's own `<name>.feishu.cn`). Sorted.
   */
  hosts: string[];
  /** Hosts a `*.` entry covers that are the company's own service, not anyone's (`vc.feishu.cn`, the meetings). Sorted. */
  except?: string[];
  /** What anyone can publish there and how we know, for a reviewer. */
  why: string;
}

export interface MeetingProvider {
  /** Brand id of the provider (a Brand with category 'meeting'). */
  brand: string;
  /**
   * Join-URL shapes as regular-expression sources, tested against the full URL
   * (e.g. `^https://meeting\\.tencent\\.com/dm/`). Anchored on the host.
   */
  joinUrlPatterns: string[];
}

export interface ScamPhraseGroup {
  /** Stable id, e.g. `refund-quality-problem`. */
  id: string;
  /**
   * What the script says, as a clause: the banner and the popup both put it after a colon ("这个网页…：说你…",
   * "This page tells a known scam story: says your parcel…"), so English starts in lower case.
   */
  description: Bilingual;
  /**
   * Regular-expression sources matched case-insensitively against visible text. A group fires when any matches.
   * Keep them specific: a phrase that also appears on an honest shop's help page does not belong here.
   */
  patterns: string[];
  /** Case ids this script appears in. */
  cases: string[];
  /**
   * Advice ids for this script, given before the rules' own on a page that warns: what to do depends on who the
   * caller pretends to be (the police never run a case by phone), which the rules do not know.
   */
  advice?: string[];
}

export interface Advice {
  /** Stable id, e.g. `official-only`. */
  id: string;
  /** One short imperative sentence. */
  text: Bilingual;
}

export interface FraudCase {
  /** e.g. `wuhan-2021-meeting-refund`. */
  id: string;
  place: Bilingual;
  /** ISO date (yyyy-mm-dd). */
  date: string;
  /** Who the caller pretended to be and the story. */
  story: Bilingual;
  /** What the victim was asked for, as field kinds. */
  askedFor: string[];
  /** How it ended. */
  outcome: Bilingual;
  /** The two-sentence summary the popup shows. */
  summary: Bilingual;
  /** Advice ids, most important first. */
  advice: string[];
}

/**
 * A scam story that the address itself tells: a word for what the story is about and a word for what it
 * offers, both in pinyin, in the name the site registered (`kuaidi-lipei.cn`, 快递理赔: "your parcel is lost,
 * we compensate you"; `vip-quxiao.com`, "cancel your VIP"). No brand is named, so no lookalike; but no honest
 * business registers its name as the scammers' line. `phrase` is the scam script's id (scam-phrases.ts).
 */
export interface HostStory {
  phrase: string;
  /** What the story is about: the parcel, the order, the membership, the flight, the credit record. Sorted. */
  subjects: readonly string[];
  /** What it offers or demands: compensation, a refund, a cancellation. Sorted. */
  actions: readonly string[];
}
