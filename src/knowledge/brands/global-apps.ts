// More of the world's most phished consumer brands, sorted by id: social networks, mail, games,
// streaming, food delivery and ride-hailing, marketplaces, and the Indian / Asian apps that phishing
// kits copy most (their sign-in and SMS-code pages are sold as ready-made templates).
//
// Only the brand's main registrable domains, from its own site (a few from v2fly lists, cited per entry). Aliases are names a page uses to say
// who it is; bare words that are also ordinary words are left out (Grab, LINE, Signal, Origin, RED,
// bare 微博 in 关注我们的微博 (an account name all the same: 微博密码), Epic Games in "epic games night"), and bare "WordPress": every self-hosted WordPress
// login page says it.
// Host tokens follow the rules in global-online.ts. Left out because one edit makes an ordinary label:
// `twitch` (switch), `pinterest` (interest), `zomato` (tomato), `shopee` (shoppe), `naver` (never),
// `binance` (finance); `uber` and `vk` are too short to be distinctive.

import type { Brand, OfficialDomain } from '../types';
import { OWN_SITE, v2fly } from '../sources';

/** Domains taken from the brand's own site, sorted as given. */
const own = (...domains: string[]): OfficialDomain[] => domains.map((domain) => ({ domain, source: OWN_SITE }));

export const GLOBAL_APP_BRANDS: Brand[] = [
  { id: 'airbnb', category: 'transport', name: { zh: '爱彼迎', en: 'Airbnb' }, aliases: ['Airbnb', '爱彼迎'], hostTokens: ['airbnb'], domains: own('airbnb.com') },
  { id: 'aol', category: 'global', name: { zh: 'AOL', en: 'AOL' }, aliases: ['AOL', 'AOL Mail'], hostTokens: ['aol'], domains: own('aol.com') },
  { id: 'badoo', category: 'global', name: { zh: 'Badoo', en: 'Badoo' }, aliases: ['Badoo'], hostTokens: ['badoo'], domains: own('badoo.com') },
  { id: 'baidu', category: 'global', name: { zh: '百度', en: 'Baidu' }, aliases: ['Baidu', '百度'], hostTokens: ['baidu'], domains: own('baidu.com') },
  { id: 'bilibili', category: 'global', name: { zh: '哔哩哔哩', en: 'Bilibili' }, aliases: ['Bilibili', '哔哩哔哩'], hostTokens: ['bilibili'], domains: own('bilibili.com') },
  { id: 'binance', category: 'payment', name: { zh: '币安', en: 'Binance' }, aliases: ['Binance', '币安'], hostTokens: [], domains: own('binance.com') },
  { id: 'cash-app', category: 'payment', name: { zh: 'Cash App', en: 'Cash App' }, aliases: ['Cash App'], hostTokens: ['cashapp'], domains: own('cash.app') },
  { id: 'coinbase', category: 'payment', name: { zh: 'Coinbase', en: 'Coinbase' }, aliases: ['Coinbase'], hostTokens: ['coinbase'], domains: own('coinbase.com') },
  { id: 'deviantart', category: 'global', name: { zh: 'DeviantArt', en: 'DeviantArt' }, aliases: ['DeviantArt'], hostTokens: ['deviantart'], domains: own('deviantart.com') },
  { id: 'didi', category: 'transport', name: { zh: '滴滴出行', en: 'DiDi' }, aliases: ['DiDi', '滴滴出行'], hostTokens: ['didiglobal', 'xiaojukeji'], domains: own('didichuxing.com', 'didiglobal.com', 'xiaojukeji.com') },
  { id: 'disney-plus', category: 'global', name: { zh: 'Disney+', en: 'Disney+' }, aliases: ['Disney Plus', 'Disney+'], hostTokens: ['disneyplus'], domains: own('disneyplus.com') },
  { id: 'doordash', category: 'shop', name: { zh: 'DoorDash', en: 'DoorDash' }, aliases: ['DoorDash'], hostTokens: ['doordash'], domains: own('doordash.com') },
  { id: 'electronic-arts', category: 'global', name: { zh: '艺电', en: 'Electronic Arts' }, aliases: ['EA Account', 'Electronic Arts'], hostTokens: [], domains: own('ea.com') },
  { id: 'flipkart', category: 'shop', name: { zh: 'Flipkart', en: 'Flipkart' }, aliases: ['Flipkart'], hostTokens: ['flipkart'], domains: own('flipkart.com') },
  { id: 'hotstar', category: 'global', name: { zh: 'Disney+ Hotstar', en: 'Disney+ Hotstar' }, aliases: ['Hotstar', 'JioHotstar'], hostTokens: ['hotstar', 'jiohotstar'], domains: own('hotstar.com', 'jiohotstar.com') },
  { id: 'kakao', category: 'global', name: { zh: 'Kakao', en: 'Kakao' }, aliases: ['Kakao', 'KakaoTalk'], hostTokens: ['kakao', 'kakaotalk'], domains: own('kakao.com', 'kakaocorp.com') },
  { id: 'lazada', category: 'shop', name: { zh: 'Lazada', en: 'Lazada' }, aliases: ['Lazada'], hostTokens: ['lazada'], domains: own('lazada.co.id', 'lazada.co.th', 'lazada.com', 'lazada.com.my', 'lazada.com.ph', 'lazada.sg', 'lazada.vn') },
  { id: 'mediafire', category: 'global', name: { zh: 'MediaFire', en: 'MediaFire' }, aliases: ['MediaFire'], hostTokens: ['mediafire'], domains: own('mediafire.com') },
  { id: 'metamask', category: 'payment', name: { zh: 'MetaMask', en: 'MetaMask' }, aliases: ['MetaMask'], hostTokens: ['metamask'], domains: own('metamask.io') },
  { id: 'naver', category: 'global', name: { zh: 'Naver', en: 'Naver' }, aliases: ['Naver', '네이버'], hostTokens: [], domains: own('naver.com') },
  { id: 'netease', category: 'global', name: { zh: '网易', en: 'NetEase' }, aliases: ['NetEase', '网易', '网易邮箱'], accountNames: ['126邮箱', '163邮箱'], hostTokens: ['netease'], domains: own('126.com', '163.com', 'netease.com') },
  { id: 'paytm', category: 'payment', name: { zh: 'Paytm', en: 'Paytm' }, aliases: ['Paytm'], hostTokens: ['paytm'], domains: own('paytm.com') },
  { id: 'pinterest', category: 'global', name: { zh: 'Pinterest', en: 'Pinterest' }, aliases: ['Pinterest'], hostTokens: [], domains: own('pinterest.com') },
  { id: 'playstation', category: 'global', name: { zh: 'PlayStation', en: 'PlayStation' }, aliases: ['PlayStation', 'PlayStation Network', 'Sony Entertainment Network'], hostTokens: ['playstation'], domains: own('playstation.com', 'sonyentertainmentnetwork.com') },
  { id: 'proton', category: 'global', name: { zh: 'Proton Mail', en: 'Proton Mail' }, aliases: ['Proton Account', 'Proton Mail', 'ProtonMail'], hostTokens: ['protonmail'], domains: own('proton.me', 'protonmail.com') },
  { id: 'quora', category: 'global', name: { zh: 'Quora', en: 'Quora' }, aliases: ['Quora'], hostTokens: ['quora'], domains: own('quora.com') },
  { id: 'rakuten', category: 'shop', name: { zh: '乐天', en: 'Rakuten' }, aliases: ['Rakuten', '楽天市場'], hostTokens: ['rakuten'], domains: [{ domain: 'rakuten-bank.co.jp', source: v2fly('category-bank-jp') }, ...own('rakuten.co.jp', 'rakuten.com')] },
  { id: 'reddit', category: 'global', name: { zh: 'Reddit', en: 'Reddit' }, aliases: ['Reddit'], hostTokens: ['reddit'], domains: own('reddit.com') },
  { id: 'roblox', category: 'global', name: { zh: 'Roblox', en: 'Roblox' }, aliases: ['Roblox'], hostTokens: ['roblox'], domains: [{ domain: 'roblox.cn', source: v2fly('tencent-games') }, ...own('roblox.com'), { domain: 'robloxdev.cn', source: v2fly('tencent-games') }] },
  { id: 'sbi', category: 'bank', name: { zh: '印度国家银行', en: 'State Bank of India' }, aliases: ['State Bank of India', 'YONO SBI'], hostTokens: ['onlinesbi'], domains: own('onlinesbi.com', 'sbi.co.in') },
  { id: 'shopee', category: 'shop', name: { zh: '虾皮购物', en: 'Shopee' }, aliases: ['Shopee', '虾皮购物'], hostTokens: [], domains: own('shopee.co.id', 'shopee.co.th', 'shopee.com', 'shopee.com.my', 'shopee.ph', 'shopee.sg', 'shopee.tw', 'shopee.vn') },
  { id: 'snapchat', category: 'global', name: { zh: 'Snapchat', en: 'Snapchat' }, aliases: ['Snapchat'], hostTokens: ['snapchat'], domains: own('snapchat.com') },
  { id: 'stack-overflow', category: 'global', name: { zh: 'Stack Overflow', en: 'Stack Overflow' }, aliases: ['Stack Exchange', 'Stack Overflow'], hostTokens: ['stackexchange', 'stackoverflow'], domains: own('stackexchange.com', 'stackoverflow.com') },
  { id: 'swiggy', category: 'shop', name: { zh: 'Swiggy', en: 'Swiggy' }, aliases: ['Swiggy'], hostTokens: ['swiggy'], domains: own('swiggy.com') },
  { id: 'twitch', category: 'global', name: { zh: 'Twitch', en: 'Twitch' }, aliases: ['Twitch'], hostTokens: [], domains: own('twitch.tv') },
  { id: 'uber', category: 'transport', name: { zh: '优步', en: 'Uber' }, aliases: ['Uber', 'Uber Eats', '优步'], hostTokens: ['ubereats'], domains: own('uber.com', 'ubereats.com') },
  { id: 'venmo', category: 'payment', name: { zh: 'Venmo', en: 'Venmo' }, aliases: ['Venmo'], hostTokens: ['venmo'], domains: own('venmo.com') },
  { id: 'vk', category: 'global', name: { zh: 'VK', en: 'VK' }, aliases: ['VK', 'VK ID', 'VKontakte', 'ВКонтакте'], hostTokens: ['vkontakte'], domains: own('vk.com', 'vkontakte.ru') },
  { id: 'weibo', category: 'global', name: { zh: '新浪微博', en: 'Weibo' }, aliases: ['Weibo', '新浪微博'], accountNames: ['微博'], hostTokens: ['weibo'], domains: own('weibo.cn', 'weibo.com') },
  { id: 'xiaohongshu', category: 'global', name: { zh: '小红书', en: 'Xiaohongshu' }, aliases: ['Xiaohongshu', '小红书'], hostTokens: ['xiaohongshu'], pairedHostTokens: ['xhs'], domains: own('xiaohongshu.com') },
  { id: 'yandex', category: 'global', name: { zh: 'Yandex', en: 'Yandex' }, aliases: ['Yandex', 'Яндекс'], hostTokens: ['yandex'], domains: own('ya.ru', 'yandex.com', 'yandex.ru') },
  { id: 'zomato', category: 'shop', name: { zh: 'Zomato', en: 'Zomato' }, aliases: ['Zomato'], hostTokens: [], domains: own('zomato.com') },
];
