// The toolbar badge of a tab that shares the screen.
//
// Why a badge of its own: Chrome marks a sharing tab with its own small icon, but the person on the phone
// is told to look elsewhere; our button is where Fanzha Guard's users learn to look. Text: 共享 ("sharing",
// the very word of Chrome's "正在共享" bar and of the meeting apps' 共享屏幕 button) in Chinese, LIVE in
// English (SHARE does not fit in four narrow characters; LIVE says "someone is watching now"); violet, so it
// is not confused with caution (amber "!") or danger (red "!!").
// A danger verdict on the sharing tab itself still shows "!!": a scam page outranks the share notice, and the
// popup names the sharing tab either way.
import type { Level } from '@/core/types';

export const BADGE_VIOLET = '#6D28D9';

export interface ShareBadgeLook {
  textKey: 'badgeSharing';
  titleKey: 'badgeTitleSharing';
  color: string;
  textColor: string;
}

/** The share look for a tab, or null when the level's own badge applies. */
export function shareBadgeLook(level: Level, sharing: boolean): ShareBadgeLook | null {
  if (!sharing || level === 'danger') return null;
  return { textKey: 'badgeSharing', titleKey: 'badgeTitleSharing', color: BADGE_VIOLET, textColor: '#FFFFFF' };
}
