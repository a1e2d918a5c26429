// Applies a level to one tab's toolbar button (text, colours, tooltip).
import type { Level } from '@/core/types';
import { badgeFor } from '@/entrypoints/background/badge';
import { toolbarAction, translate } from './browser-apis';

export async function applyBadge(tabId: number, level: Level): Promise<void> {
  const action = toolbarAction();
  const look = badgeFor(level);
  const setTextColor = (action as { setBadgeTextColor?: (details: { tabId: number; color: string }) => Promise<void> }).setBadgeTextColor;
  await Promise.all([
    action.setBadgeText({ tabId, text: look.text }),
    look.text ? action.setBadgeBackgroundColor({ tabId, color: look.color }) : Promise.resolve(),
    look.text && setTextColor ? setTextColor.call(action, { tabId, color: look.textColor }) : Promise.resolve(),
    action.setTitle({ tabId, title: translate(look.titleKey) }),
  ]);
}
