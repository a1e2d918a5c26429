// The most phished global banks, card networks, payment services and couriers, sorted by id.
//
// Host tokens: brand names that are ordinary English words are left out (chase, ups).

import type { Brand } from '../types';
import { OWN_SITE, v2fly } from '../sources';

export const GLOBAL_FINANCE_BRANDS: Brand[] = [
  {
    id: 'american-express',
    category: 'card-network',
    name: { zh: '美国运通', en: 'American Express' },
    aliases: ['American Express', 'Amex', '美国运通'],
    checkoutNames: ['American Express', 'Amex'],
    hostTokens: ['americanexpress', 'amex'],
    domains: [{ domain: 'americanexpress.com', source: OWN_SITE }],
  },
  {
    id: 'bank-of-america',
    category: 'bank',
    name: { zh: '美国银行', en: 'Bank of America' },
    aliases: ['Bank of America', '美国银行'],
    hostTokens: ['bankofamerica'],
    domains: [{ domain: 'bankofamerica.com', source: OWN_SITE }],
  },
  {
    id: 'capital-one',
    category: 'bank',
    name: { zh: 'Capital One', en: 'Capital One' },
    aliases: ['Capital One'],
    hostTokens: ['capitalone'],
    domains: [{ domain: 'capitalone.com', source: OWN_SITE }],
  },
  {
    id: 'chase',
    category: 'bank',
    name: { zh: '大通银行', en: 'Chase' },
    aliases: ['Chase Bank', 'JPMorgan Chase'],
    hostTokens: [],
    domains: [{ domain: 'chase.com', source: OWN_SITE }],
  },
  {
    id: 'dhl',
    category: 'courier',
    name: { zh: 'DHL', en: 'DHL' },
    aliases: ['DHL', 'DHL Express'],
    checkoutNames: ['DHL', 'DHL Express'],
    hostTokens: ['dhl'],
    domains: [
      { domain: 'dhl.com', source: OWN_SITE },
      { domain: 'dhl.de', source: OWN_SITE },
    ],
  },
  {
    id: 'fedex',
    category: 'courier',
    name: { zh: '联邦快递', en: 'FedEx' },
    aliases: ['FedEx', '联邦快递'],
    checkoutNames: ['FedEx', '联邦快递'],
    hostTokens: ['fedex'],
    domains: [{ domain: 'fedex.com', source: OWN_SITE }],
  },
  {
    id: 'hsbc',
    category: 'bank',
    name: { zh: '汇丰银行', en: 'HSBC' },
    aliases: ['HSBC', '汇丰', '汇丰银行'],
    checkoutNames: ['HSBC', '汇丰', '汇丰银行'],
    hostTokens: ['hsbc'],
    domains: [
      { domain: 'hsbc.co.uk', source: OWN_SITE },
      { domain: 'hsbc.com', source: OWN_SITE },
      { domain: 'hsbc.com.cn', source: v2fly('hsbc-cn') },
      { domain: 'hsbc.com.hk', source: OWN_SITE },
    ],
  },
  {
    id: 'paypal',
    category: 'payment',
    name: { zh: 'PayPal 贝宝', en: 'PayPal' },
    aliases: ['PayPal', '贝宝'],
    checkoutNames: ['PayPal', '贝宝'],
    hostTokens: ['paypal'],
    domains: [
      { domain: 'paypal.com', source: v2fly('paypal') },
      { domain: 'paypal.com.cn', source: v2fly('paypal') },
      { domain: 'paypal.me', source: v2fly('paypal') },
      { domain: 'paypalobjects.com', source: v2fly('paypal') },
    ],
  },
  {
    id: 'phonepe',
    category: 'payment',
    name: { zh: 'PhonePe', en: 'PhonePe' },
    aliases: ['PhonePe'],
    checkoutNames: ['PhonePe'],
    hostTokens: ['phonepe'],
    domains: [{ domain: 'phonepe.com', source: OWN_SITE }],
  },
  {
    id: 'ups',
    category: 'courier',
    name: { zh: 'UPS', en: 'UPS' },
    // Not bare "UPS": English titles say "sign-ups" and "start-ups".
    aliases: ['UPS快递', 'United Parcel Service'],
    checkoutNames: ['UPS快递', 'United Parcel Service'],
    hostTokens: [],
    domains: [{ domain: 'ups.com', source: OWN_SITE }],
  },
  {
    id: 'usps',
    category: 'courier',
    name: { zh: '美国邮政', en: 'USPS' },
    aliases: ['USPS', 'United States Postal Service'],
    checkoutNames: ['USPS', 'United States Postal Service'],
    hostTokens: ['usps'],
    domains: [{ domain: 'usps.com', source: OWN_SITE }],
  },
  {
    id: 'wells-fargo',
    category: 'bank',
    name: { zh: '富国银行', en: 'Wells Fargo' },
    aliases: ['Wells Fargo', '富国银行'],
    hostTokens: ['wellsfargo'],
    domains: [{ domain: 'wellsfargo.com', source: OWN_SITE }],
  },
];
