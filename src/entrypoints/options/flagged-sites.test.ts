import { describe, expect, it } from 'vitest';
import type { FlaggedSite } from '@/messaging/protocol';
import { addStep, flagOf, readFlaggedSites, splitHeld } from './flagged-sites';

const SITES: FlaggedSite[] = [
  { domain: 'kf-lipei.top', level: 'danger' },
  { domain: 'shop-example.cn', level: 'caution' },
];

describe('the options page’s second question', () => {
  it.each([
    ['kf-lipei.top', 'refuse'],
    ['shop-example.cn', 'ask'],
    ['news-example.cn', 'add'],
    // Whole registrable domains only: a flagged site does not hold back its neighbours.
    ['lipei.top', 'add'],
    ['example.cn', 'add'],
  ] as const)('%s: %s', (domain, step) => {
    expect(addStep(domain, SITES)).toBe(step);
  });

  it('adds as before when no tab flags anything', () => {
    expect(addStep('kf-lipei.top', [])).toBe('add');
    expect(flagOf('kf-lipei.top', [])).toBeUndefined();
  });

  it('splits an import’s held entries into those refused and those asked about', () => {
    expect(splitHeld(['kf-lipei.top', 'news-example.cn', 'shop-example.cn'], SITES)).toEqual({ ask: ['shop-example.cn'], refused: ['kf-lipei.top'] });
  });

  it('reads the background’s answer, and none when it fails (the add then goes on as before)', async () => {
    expect(await readFlaggedSites(async () => ({ sites: SITES }))).toEqual(SITES);
    expect(await readFlaggedSites(async () => Promise.reject(new Error('no-answer')))).toEqual([]);
  });
});
