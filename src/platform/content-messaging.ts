// Runtime messaging for the content scripts on the bare extension namespace (content-browser.ts).
import { browser, type MessageListener } from './content-browser';

/** What a content-script handler answers when it failed: the background reads it as an error, never as data. */
export const HANDLER_FAILED = 'content-handler-failed';

/**
 * Sends to the background. Always a promise: an orphaned content script (extension reloaded) throws
 * synchronously in Chrome, and callers only `.catch`.
 */
export async function sendMessage(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * Answers messages from this extension only. `handler` returns a promise of the answer for the messages it
 * takes and undefined for the rest (another handler in the frame may take them). Returns the remover.
 */
export function onExtensionMessage(handler: (message: unknown) => Promise<unknown> | undefined): () => void {
  const listener: MessageListener = (message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const answer = handler(message);
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) =>
      sendResponse({ error: { code: HANDLER_FAILED, detail: error instanceof Error ? error.message : String(error) } }),
    );
    // Keeps sendResponse valid after this returns: the async-answer form every Chrome and Firefox understands.
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
