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
// A gate that ends with no guard although the site was not found official (the background did not answer,
// or it could not inject the scanner: the service worker was restarting, the frame was between documents)
// asks once more at the next trusted focus on a form field. That is the moment a warning matters, and it
// costs nothing until then: one capture listener, no timer.
import { sendToBackground } from '@/messaging/client';
import type { BgCsMessage, HelloResponse, RecheckAck } from '@/messaging/protocol';
import type { ScriptContext } from '@/platform/content-context';
import { onExtensionMessage } from '@/platform/content-messaging';
import { warningUi } from '@/warning-ui/api';
import type { Guard } from '../scanner/guard';
import { scannerApi } from '../scanner/api';
import { isControlFocus } from './when-idle';

export function startGate(ctx: ScriptContext, doc: Document = document): void {
  let guard: Guard | null = null;
  let generation = 0;
  const win = doc.defaultView ?? window;
  let retryArmed = false;
  const disarmRetry = (): void => {
    win.removeEventListener('focusin', onRetryFocus, true);
    retryArmed = false;
  };
  const onRetryFocus = (event: Event): void => {
    if (isControlFocus(event) && !ctx.isInvalid) void run();
  };
  /** No guard came of this gate, though it was not told to stop: try again when someone focuses a field. */
  function askAgainAtFocus(): void {
    if (retryArmed || ctx.isInvalid) return;
    retryArmed = true;
    win.addEventListener('focusin', onRetryFocus, true);
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    // A re-check (or the focus itself) is this attempt: no second one waits at the next focus.
    disarmRetry();
    guard?.stop(false);
    let hello: HelloResponse;
    try {
      hello = await sendToBackground({ type: 'cs-bg-hello', hasScanner: scannerApi() !== undefined });
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
    guard ??= api.createGuard(ctx, doc, sendToBackground);
    await guard.run(hello);
  }

  const stopListening = onExtensionMessage((message): Promise<RecheckAck> | undefined => {
    const recheck = message as BgCsMessage | null;
    if (recheck?.type !== 'bg-cs-recheck') return undefined;
    if (recheck.subframesOnly && window.top === window) return undefined;
    return run().then(() => ({ done: true as const }));
  });
  ctx.onInvalidated(() => {
    stopListening();
    disarmRetry();
    guard?.stop(true);
  });

  void run();
}
