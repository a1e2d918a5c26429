// The i18n keys the background and the warning use. They live in public/_locales/{zh_CN,en}/messages.json
// (the extension-ui helper owns those files; these keys were added there by targeted inserts).
// message-keys.test.ts checks that every key exists in both languages with the same placeholders.
export const MESSAGE_KEYS = [
  'badgeTitleNone',
  'badgeTitleCaution',
  'badgeTitleDanger',
  'warnTitleDanger',
  'warnTitleCaution',
  'warnFieldIs',
  'warnKindCardNumber',
  'warnKindCardPin',
  'warnKindCardCvv',
  'warnKindCardExpiry',
  'warnKindOtp',
  'warnKindIdNumber',
  'warnKindPhone',
  'warnKindPassword',
  'warnWhyScreenShared',
  'warnWhyLookalike',
  'warnWhyBrandClaim',
  'warnWhyIp',
  'warnWhyMeeting',
  'warnWhyScamPhrase',
  'warnWhyInsecure',
  'warnWhyUnknown',
  'warnActionStop',
  'warnActionStopHangUp',
  'warnActionDefault',
  'warnDismiss',
  'warnClose',
  'warnName',
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];
