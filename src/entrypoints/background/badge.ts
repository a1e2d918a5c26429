// What the toolbar badge shows for a tab's level. Text is not the only signal (colour-blind users):
// one mark for caution, two for danger.
import type { Level } from '@/core/types';

export interface BadgeLook {
  text: string;
  /** Background colour; irrelevant when text is empty. */
  color: string;
  /** Text colour where the browser lets us set it: dark on amber, white on red, for contrast. */
  textColor: string;
  /** i18n key of the button's tooltip for this level. */
  titleKey: 'badgeTitleNone' | 'badgeTitleCaution' | 'badgeTitleDanger';
}

export const BADGE_AMBER = '#F59E0B';
export const BADGE_RED = '#DC2626';

export function badgeFor(level: Level): BadgeLook {
  switch (level) {
    case 'danger':
      return { text: '!!', color: BADGE_RED, textColor: '#FFFFFF', titleKey: 'badgeTitleDanger' };
    case 'caution':
      return { text: '!', color: BADGE_AMBER, textColor: '#111827', titleKey: 'badgeTitleCaution' };
    case 'none':
      return { text: '', color: BADGE_AMBER, textColor: '#111827', titleKey: 'badgeTitleNone' };
  }
}
