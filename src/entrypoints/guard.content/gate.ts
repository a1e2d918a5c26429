// The gate, in every frame once the page is idle (when-idle.ts): may the guard run here?
//
//   cs-bg-hello ─▶ background: official/trusted? ── yes ─▶ { proceed: false }: nothing more (a re-check may ask again)
//                                │ no
//                                ▼
//                  injects the scanner into this frame (unless it is there: hasScanner), then answers { proceed: true }
//   ─▶ the scanner's guard runs (src/entrypoints/scanner/guard.ts): scan, observe, warn
//
// A bg-cs-recheck (trusted list changed, popup "check again", a single-page app's new URL) runs the gate
// again; the guard is stopped first and started again only if the gate still says go. Only this extension's
// messages reach the listener (onExtensionMessage checks the sender).
//
// An empty subframe (nothing in its body: the hidden about:blank helpers of consent, ad and tracking scripts that
// many pages carry) sends no gate message, so it gets no scanner and no scan, until something is put into it or
// something in it takes focus. The top frame always asks: its address alone can make a verdict.
//
// A gate that ends with no guard although the site was not found official (the background did not answer,
// or it could not inject the scanner: the service worker was restarting, the frame was between documents)
// asks once more at the next trusted focus on a form field (when-idle.ts isFieldFocus). That is the moment a
// warning matters, and it costs nothing until then: one subscription to the early focus listener, no timer.
import { sendToBackground } from '@/messaging/client';
import type { BgCsMessage, DocumentBorn, HelloResponse, RecheckAck } from '@/messaging/protocol';
import type { ScriptContext } from '@/platform/content-context';
import type { EarlyEvents } from '@/platform/early-events';
import { onExtensionMessage } from '@/platform/content-messaging';
import { warningUi } from '@/warning-ui/api';
import type { Guard, SendScan } from '../scanner/guard';
import { scannerApi } from '../scanner/api';
import { isFieldFocus } from './when-idle';

/**
 * A frame below the top with nothing in it: no element besides its head and an empty body (none appended beside
 * the body either), and no open shadow root on the body. A closed one cannot be seen: a focus ends the wait too.
 */
export function isEmptySubframe(doc: Document, win: Window): boolean {
  if (win.top === win) return false;
  for (let el = doc.documentElement?.firstElementChild; el; el = el.nextElementSibling) {
    if (el === doc.head) continue;
    if (el !== doc.body || el.firstElementChild || el.shadowRoot) return false;
  }
  return true;
}

/**
 * `events`: the frame's focus and input events, heard first (platform/early-events.ts; the content script makes it
 * at document_start). `born`: when this document began (protocol.ts DocumentBorn), sent with its hellos and scans so
 * the background can tell this document's messages from a late one of the document before it in this frame.
 */
export function startGate(ctx: ScriptContext, doc: Document, events: EarlyEvents, born?: DocumentBorn): void {
  let guard: Guard | null = null;
  let generation = 0;
  const win = doc.defaultView ?? window;
  /** Set while an empty subframe waits for content (see above). */
  let content: MutationObserver | null = null;
  /** Set while a focus listener waits for a later gate run (the empty frame's, or the second try's). */
  let waiting: AbortController | null = null;
  const waitForFocus = (handler: (event: Event) => void): void => {
    waiting ??= new AbortController();
    // The window's listeners again, in case a document.open() removed them (a blank frame the page wrote into);
    // the same handler subscribed twice is there once.
    events.relisten();
    events.on('focusin', handler, waiting.signal);
  };
  const onRetryFocus = (event: Event): void => {
    if (isFieldFocus(event) && !ctx.isInvalid) void run();
  };
  // A trusted focus inside an empty frame ends its wait as well: something there can take focus (in a shadow
  // root the observer cannot see into, say).
  const onWaitFocus = (event: Event): void => {
    if (event.isTrusted && !ctx.isInvalid) void run();
  };
  /** Ends whatever waits for a later gate run: an empty frame's observer and focus listener, the retry. */
  const stopWaiting = (): void => {
    content?.disconnect();
    content = null;
    waiting?.abort();
    waiting = null;
  };
  /** No guard came of this gate, though it was not told to stop: try again when someone focuses a field. */
  function askAgainAtFocus(): void {
    if (!ctx.isInvalid) waitForFocus(onRetryFocus);
  }

  /** `pageText`: the background asked for the page's text even without a field (protocol.ts BgCsRecheck). */
  async function run(pageText = false): Promise<void> {
    const mine = ++generation;
    // A re-check, the content or the focus itself is this attempt: nothing more waits for another.
    stopWaiting();
    guard?.stop(false);
    let hello: HelloResponse;
    try {
      hello = await sendToBackground({ type: 'cs-bg-hello', hasScanner: scannerApi() !== undefined, born });
    } catch {
      // No answer: behave as before the extension was here, until someone focuses a field.
      if (mine === generation) askAgainAtFocus();
      return;
    }
    if (mine !== generation || ctx.isInvalid) return;
    if (!hello.proceed) {
      // A banner or warning from before the site became trusted goes away.
      warningUi()?.hideAll();
      return;
    }
    // The background injected the scanner before it answered. Without it (the frame went away meanwhile, or
    // the injection failed and the background logged why) there is nothing to run yet.
    const api = scannerApi();
    if (!api) return askAgainAtFocus();
    // The scans carry `born` too; the page readers' request carries nothing (schemas.ts).
    guard ??= api.createGuard(ctx, doc, ((m) => sendToBackground(m.type === 'cs-bg-scan' ? { ...m, born } : m)) as SendScan, events);
    await guard.run(hello, pageText);
  }

  const stopListening = onExtensionMessage((message): Promise<RecheckAck> | undefined => {
    const recheck = message as BgCsMessage | null;
    if (recheck?.type !== 'bg-cs-recheck') return undefined;
    if (recheck.subframesOnly && window.top === window) return undefined;
    return run(recheck.pageText === true).then(() => ({ done: true as const }));
  });
  ctx.onInvalidated(() => {
    stopListening();
    stopWaiting();
    guard?.stop(true);
  });

  if (isEmptySubframe(doc, win)) {
    content = new MutationObserver(() => {
      if (!isEmptySubframe(doc, win)) void run();
    });
    // The document itself (not its root element) is observed: a document.open() replaces everything below it.
    content.observe(doc, { childList: true, subtree: true });
    waitForFocus(onWaitFocus);
  } else void run();
}
