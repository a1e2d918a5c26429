// Every brand we know the official domains of. The lists live in ./brands/ by kind (each sorted by id);
// BRANDS merges them in id order. Plain data: nothing here may import zod or tldts (content-script bundle).

import type { Brand } from './types';
import { BANK_BRANDS } from './brands/banks';
import { GLOBAL_APP_BRANDS } from './brands/global-apps';
import { GLOBAL_FINANCE_BRANDS } from './brands/global-finance';
import { GLOBAL_ONLINE_BRANDS } from './brands/global-online';
import { MEETING_BRANDS } from './brands/meetings';
import { PLATFORM_BRANDS } from './brands/platforms';
import { SERVICE_BRANDS } from './brands/services';
import { TRAVEL_BRANDS } from './brands/travel';
import { VIDEO_BRANDS } from './brands/video';

/** The per-kind lists, exported for the tests that check each is sorted. */
export const BRAND_LISTS: Readonly<Record<string, readonly Brand[]>> = {
  banks: BANK_BRANDS,
  globalApps: GLOBAL_APP_BRANDS,
  globalFinance: GLOBAL_FINANCE_BRANDS,
  globalOnline: GLOBAL_ONLINE_BRANDS,
  meetings: MEETING_BRANDS,
  platforms: PLATFORM_BRANDS,
  services: SERVICE_BRANDS,
  travel: TRAVEL_BRANDS,
  video: VIDEO_BRANDS,
};

const byId = (a: Brand, b: Brand): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** All brands, sorted by id. */
export const BRANDS: Brand[] = Object.values(BRAND_LISTS).flat().sort(byId);
