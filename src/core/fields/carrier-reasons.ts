// The reason codes of a box that takes what carries the secret, not the secret (carriers.ts): analyse.ts writes
// them on the finding; the popup (view-model.ts) and the in-page warning (background/warning-text.ts) read them to
// name such a box for what it takes (the whole SMS, a photo of the card). One spelling for all three.
export const SMS_MESSAGE_REASON = 'sms-message';
export const CARD_PHOTO_REASON = 'card-photo';
export const CARRIER_REASONS: ReadonlySet<string> = new Set([SMS_MESSAGE_REASON, CARD_PHOTO_REASON]);
