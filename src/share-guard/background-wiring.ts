// The share guard's browser calls, in one place, for the background entrypoint. Everything with logic
// lives in share-service.ts (tested with fakes); this file only connects it to the browser.
import { browser } from 'wxt/browser';
import type { Level } from '@/core/types';
import { buildMeetingMatchers, meetingJoin } from '@/core/signals/meeting-join';
import { MEETING_PROVIDERS } from '@/knowledge';
import { toolbarAction, translate } from '@/platform/browser-apis';
import { sessionStore } from '@/platform/session-store';
import type { Settings } from '@/settings';
import { shareBadgeLook } from './share-badge';
import type { BgCsShareVerify } from './share-protocol';
import { shareVerifyResponseSchema } from './share-schemas';
import { createShareService, type ShareService } from './share-service';

/** How long the background waits for a frame to say which shares are live (the relay itself waits 1 s). */
const VERIFY_TIMEOUT_MS = 3000;
/**
 * The alarm that ends a meeting window: every tab is checked again, so a page judged "danger" only because of the
 * meeting drops back. An alarm, not a timer: an MV3 service worker sleeps after 30 s without events, and its
 * timers go with it, while an alarm wakes it (the window is 30 minutes by default). Creating it again replaces it.
 */
export const MEETING_WINDOW_ALARM = 'fanzha-guard:meeting-window-end';

export interface ShareGuardOptions {
  /** The background's own badge for a level. */
  applyLevelBadge(tabId: number, level: Level): Promise<void>;
  /** The tab's current level as the background knows it. */
  tabLevel(tabId: number): Promise<Level>;
  recheckAllTabs(): Promise<void>;
  /** The current settings (the background's cached reader). */
  settings(): Promise<Settings>;
  warn(what: string, error: unknown): void;
}

export interface ShareGuard {
  service: ShareService;
  /** Share-aware replacement for the background's applyBadge. */
  applyBadge(tabId: number, level: Level): Promise<void>;
}

/** "Could not establish connection. Receiving end does not exist." (Chrome) and Firefox's wording. */
function noReceiver(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /receiving end does not exist|could not establish connection/i.test(text);
}

export function startShareGuard(options: ShareGuardOptions): ShareGuard {
  const meetings = buildMeetingMatchers(MEETING_PROVIDERS);
  let service: ShareService;

  async function applyBadge(tabId: number, level: Level): Promise<void> {
    const look = shareBadgeLook(level, await service.isSharing(tabId));
    if (!look) return options.applyLevelBadge(tabId, level);
    const action = toolbarAction();
    const setTextColor = (action as { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> }).setBadgeTextColor;
    await Promise.all([
      action.setBadgeText({ tabId, text: translate(look.textKey) }),
      action.setBadgeBackgroundColor({ tabId, color: look.color }),
      setTextColor ? setTextColor.call(action, { tabId, color: look.textColor }) : Promise.resolve(),
      action.setTitle({ tabId, title: translate(look.titleKey) }),
    ]);
  }

  service = createShareService({
    kv: sessionStore(),
    now: () => Date.now(),
    meetingWindowMinutes: async () => (await options.settings()).meetingWindowMinutes,
    isMeetingJoinUrl: (url) => meetingJoin(url, meetings).length > 0,
    verifyFrame: async (tabId, frameId) => {
      const message: BgCsShareVerify = { type: 'bg-cs-share-verify' };
      let answer: unknown;
      try {
        answer = await Promise.race([
          browser.tabs.sendMessage(tabId, message, { frameId }),
          new Promise((resolve) => setTimeout(() => resolve(null), VERIFY_TIMEOUT_MS)),
        ]);
      } catch (error) {
        return noReceiver(error) ? 'gone' : null;
      }
      // No relay answered: the frame now holds a document our scripts do not run in.
      if (answer === undefined) return 'gone';
      const parsed = shareVerifyResponseSchema.safeParse(answer);
      return parsed.success ? parsed.data.liveShareIds : null;
    },
    refreshBadge: async (tabId) => applyBadge(tabId, await options.tabLevel(tabId)),
    recheckAllTabs: () => options.recheckAllTabs(),
    tabInfo: async (tabId) => {
      const tab = await browser.tabs.get(tabId);
      return { title: tab.title, url: tab.url };
    },
    scheduleRecheckAt: (at) => {
      Promise.resolve(browser.alarms.create(MEETING_WINDOW_ALARM, { when: at })).catch((e: unknown) => options.warn('meeting window alarm', e));
    },
    warn: options.warn,
  });

  // Registered as the worker starts, so an alarm that wakes it finds its listener.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== MEETING_WINDOW_ALARM) return;
    options.recheckAllTabs().catch((e: unknown) => options.warn('meeting window recheck', e));
  });

  return { service, applyBadge };
}
