// What the in-page warning says while the screen is shared or soon after a meeting-join page.
// Pure: the translation function is passed in. Used by the background as a wrapper around the ordinary
// warning plan (src/entrypoints/background/warning-text.ts), so nothing else in the warning changes.
//
// While any tab shares the screen:
// - every warned field gets the share sentence and how to stop sharing, on ANY site: an official bank's
//   card-password box is exactly what the watcher wants to see (Wuhan: five cards typed in a meeting);
// - where the ordinary plan would say nothing (official and trusted sites are level `none`), a share-only
//   plan appears with the caution look; the page's level stays what the policy says (the badge too).
// Soon after a meeting-join page: the policy already makes a card number or password danger, and a code caution,
// with the meeting advice;
// here only a generic "why" is replaced by the meeting sentence, which is the more telling reason.
import type { Context, Verdict } from '@/core/types';
import type { WarningPlan } from '@/messaging/protocol';
import type { MessageKey } from '@/entrypoints/background/message-keys';
import { warnedFields } from '@/entrypoints/background/warning-text';

export const SHARE_MESSAGE_KEYS = [
  'badgeSharing',
  'badgeTitleSharing',
  'shareWarnTitle',
  'shareWarnHowToStop',
  'warnWhyAfterMeeting',
  'popupSharingTab',
  'popupSharingUnknownTab',
  'popupRecentMeeting',
] as const;
export type ShareMessageKey = (typeof SHARE_MESSAGE_KEYS)[number];

export type ShareTranslate = (key: MessageKey | ShareMessageKey, substitutions?: string[]) => string;

/** The meeting rules (policy.ts): danger for a card number or password, caution for a code alone. */
const AFTER_MEETING_RULES: ReadonlySet<string> = new Set(['sensitive-field-after-meeting', 'code-after-meeting']);
/** "Why" sentences too general to beat "you just opened a meeting link". */
const GENERIC_WHY: readonly MessageKey[] = ['warnWhyUnknown', 'warnWhyInsecure'];

export function withShareNotice(
  plan: WarningPlan | undefined,
  verdict: Verdict,
  context: Pick<Context, 'screenShared' | 'recentMeeting'>,
  t: ShareTranslate,
): WarningPlan | undefined {
  if (context.screenShared) {
    const fields = plan?.fields ?? warnedFields(verdict, t);
    if (fields.length === 0) return plan;
    return {
      level: plan?.level ?? 'caution',
      fields,
      title: plan?.level === 'danger' ? plan.title : t('shareWarnTitle'),
      why: t('warnWhyScreenShared'),
      action: t('shareWarnHowToStop'),
      ...(plan?.story ? { story: plan.story } : {}),
      labels: plan?.labels ?? { dismiss: t('warnDismiss'), close: t('warnClose'), name: t('warnName') },
    };
  }
  if (plan && context.recentMeeting && verdict.rules.some((r) => AFTER_MEETING_RULES.has(r.code))) {
    if (GENERIC_WHY.some((key) => t(key) === plan.why)) return { ...plan, why: t('warnWhyAfterMeeting') };
  }
  return plan;
}
