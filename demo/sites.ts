// The demo's pages, in the order they are shown. Each is a folder under demo/pages/ named for its host;
// `focus` is the field the headless demo clicks to show the anchored warning. The meeting-join link comes
// last: after it, the extension treats card fields on other pages more strictly for a while (the
// meeting-refund script), which in the one-window headed demo would colour the pages after it.

export interface DemoSite {
  /** Address without a port; the demo server adds its own. */
  address: string;
  /** Short file-name-safe name for screenshots. */
  name: string;
  /** What the page is, for the printed table. */
  about: string;
  /** CSS selector of the field to focus for the anchored-warning screenshot, if any. */
  focus?: string;
  /** A page opened first in the same tab (the step before, on a staged page); the headed demo starts there. */
  before?: string;
}

export const DEMO_SITES: readonly DemoSite[] = [
  {
    address: 'http://alipay-tuikuan.com/',
    name: 'fake-alipay-refund',
    about: 'fake Alipay "quality problem refund" page on a lookalike host (Wuhan 2021)',
    focus: '#smsCode',
  },
  {
    address: 'http://kuaidi-lipei.cn/',
    name: 'fake-parcel-claim',
    about: 'fake courier "lost parcel compensation" page (Hangzhou 2022)',
    focus: '#bankCard',
  },
  {
    address: 'http://lipei-fuwu.cn/yanzheng.html',
    before: 'http://lipei-fuwu.cn/',
    name: 'fake-claim-code-step',
    about: 'step 2 of a two-step claim page: only the SMS code, right after the card page (Hangzhou 2022, step 4)',
    focus: '#code',
  },
  {
    address: 'https://xiaoyang-tea.cn/',
    name: 'honest-shop-checkout',
    about: "an honest small shop's own card checkout",
    focus: '#otp',
  },
  {
    address: 'https://www.icbc.com.cn/',
    name: 'official-bank',
    about: "the bank's own login page",
    focus: '#smsCode',
  },
  {
    address: 'http://news.jinri-daily.cn/',
    name: 'news-article',
    about: 'a news article about the scam',
  },
  {
    address: 'https://bbs.laoyou-club.cn/',
    name: 'sms-login',
    about: 'an ordinary forum login with an SMS code',
    focus: '#code',
  },
  {
    address: 'https://meeting.tencent.com/dm/V8kR3nQ5wz',
    name: 'meeting-join',
    about: 'Tencent Meeting join link',
  },
];
