// The one gate for everything the background receives: the message's shape (zod) and who sent it.
//
// Rules:
// - every sender must be this extension (`sender.id === runtime id`); web pages cannot message us at all
//   (no externally_connectable), other extensions can, and are refused here;
// - `cs-bg-…` must come from a frame of a tab (tab id + frame id), whose document is a web page, never one
//   of our extension pages;
// - `popup-bg-…` must come from one of our extension pages (its URL starts with our extension's origin).
// Pure: the runtime id and extension origin are passed in, so tests can forge any sender.
import type { Reason } from '../core/types';
import type { CsBgMessage, PopupBgMessage, ToBackgroundMessage } from './protocol';
import { toBackgroundSchema } from './schemas';

/** The parts of runtime.MessageSender we read (Chrome and Firefox both fill these for content scripts). */
export interface SenderLike {
  id?: string;
  url?: string;
  /** Chrome only: the frame's origin, which is also right for about:blank and srcdoc frames. */
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface ExtensionIdentity {
  runtimeId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
}

export type ValidMessage =
  | { message: CsBgMessage; from: ContentFrame }
  | { message: PopupBgMessage; from: { kind: 'extension-page'; url: string } };

/** A tab frame running our content script, as the background knows it. */
export type ContentFrame = { kind: 'content'; tabId: number; frameId: number; url: string };

export type Validation =
  | ({ ok: true } & ValidMessage)
  | {
      ok: false;
      error: Reason;
      /**
       * Set when the message was a `cs-bg-scan` that failed its schema but came from a tab frame of ours (the
       * sender checks passed): the frame is judged on its address alone (handlers.ts `unreadableScan`). A page that
       * breaks our scanner's message must not thereby go unwarned; what the message said is never used.
       */
      unreadableScan?: ContentFrame;
    };

const WEB = /^https?:\/\//i;

/**
 * The web URL a content-script frame stands for. about:blank, about:srcdoc, blob: and data: frames have no
 * host of their own: they run with their creator's origin, which Chrome reports as `sender.origin`. When that
 * is missing too (Firefox), the tab's URL is the best we know. Null when no web URL can be found.
 */
export function frameUrlOf(sender: SenderLike): string | null {
  if (sender.url && WEB.test(sender.url)) return sender.url;
  if (sender.url?.startsWith('blob:')) {
    const inner = sender.url.slice('blob:'.length);
    if (WEB.test(inner)) return new URL(inner).origin + '/';
  }
  if (sender.origin && WEB.test(sender.origin)) return sender.origin.replace(/\/?$/, '/');
  if (sender.tab?.url && WEB.test(sender.tab.url)) return sender.tab.url;
  return null;
}

/** A zod issue in one line: where, then what. */
export function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'unknown';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function validateIncoming(raw: unknown, sender: SenderLike, self: ExtensionIdentity): Validation {
  if (!sender.id || sender.id !== self.runtimeId) {
    return { ok: false, error: { code: 'sender-not-this-extension', detail: String(sender.id ?? 'none') } };
  }
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(self.extensionOrigin);
  const parsed = toBackgroundSchema.safeParse(raw);
  if (!parsed.success) {
    const error = { code: 'message-invalid', detail: describeIssue(parsed.error.issues[0]) };
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    const frame = type === 'cs-bg-scan' ? contentFrameOf(sender, fromExtensionPage, type) : null;
    return frame?.ok ? { ok: false, error, unreadableScan: frame.from } : { ok: false, error };
  }
  const message: ToBackgroundMessage = parsed.data;

  if (message.type.startsWith('cs-bg-')) {
    const frame = contentFrameOf(sender, fromExtensionPage, message.type);
    return frame.ok ? { ok: true, message: message as CsBgMessage, from: frame.from } : frame;
  }

  if (!fromExtensionPage) return { ok: false, error: { code: 'sender-not-extension-page', detail: message.type } };
  return { ok: true, message: message as PopupBgMessage, from: { kind: 'extension-page', url: sender.url! } };
}

/** The sender checks of a `cs-bg-…` message: a frame of a tab, whose document is a web page, not one of ours. */
function contentFrameOf(sender: SenderLike, fromExtensionPage: boolean, type: string): { ok: true; from: ContentFrame } | { ok: false; error: Reason } {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0 || typeof sender.frameId !== 'number' || sender.frameId < 0) {
    return { ok: false, error: { code: 'sender-not-a-tab-frame', detail: type } };
  }
  if (fromExtensionPage) return { ok: false, error: { code: 'sender-is-extension-page', detail: type } };
  const url = frameUrlOf(sender);
  if (!url) return { ok: false, error: { code: 'sender-no-web-url', detail: String(sender.url ?? 'none') } };
  return { ok: true, from: { kind: 'content', tabId, frameId: sender.frameId, url } };
}
