import { describe, expect, it } from 'vitest';
import { BADGE_AMBER, BADGE_RED, badgeFor } from './badge';

describe('badgeFor', () => {
  it.each([
    ['none', '', 'badgeTitleNone'],
    ['caution', '!', 'badgeTitleCaution'],
    ['danger', '!!', 'badgeTitleDanger'],
  ] as const)('%s shows %j', (level, text, titleKey) => {
    expect(badgeFor(level)).toMatchObject({ text, titleKey });
  });

  it('is amber for caution and red for danger', () => {
    expect(badgeFor('caution').color).toBe(BADGE_AMBER);
    expect(badgeFor('danger').color).toBe(BADGE_RED);
    expect(BADGE_AMBER).not.toBe(BADGE_RED);
  });
});
