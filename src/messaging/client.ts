// Typed sending to the background, for the content script and the popup. Small on purpose: it is bundled
// into the content script, so it sends through the polyfill-free namespace (src/platform/content-messaging.ts).
// The background answers either the mapped response or an ErrorResponse.

import { sendMessage } from '@/platform/content-messaging';
import type { ErrorResponse, ResponseOf, ToBackgroundMessage } from './protocol';

export class BackgroundError extends Error {
  constructor(
    readonly code: string,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'BackgroundError';
  }
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** Send one message and get its typed answer; rejects with BackgroundError when the background refused it. */
export async function sendToBackground<M extends ToBackgroundMessage>(message: M): Promise<ResponseOf<M>> {
  const answer: unknown = await sendMessage(message);
  if (isErrorResponse(answer)) throw new BackgroundError(answer.error.code, answer.error.detail);
  if (answer === undefined || answer === null) throw new BackgroundError('no-answer', message.type);
  return answer as ResponseOf<M>;
}
