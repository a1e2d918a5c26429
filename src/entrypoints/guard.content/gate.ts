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
import { sendToBackground } from '@/messaging/client';
import type { BgCsMessage, HelloResponse, RecheckAck } from '@/messaging/protocol';
import type { ScriptContext } from '@/platform/content-context';
import { onExtensionMessage } from '@/platform/content-messaging';
import { warningUi } from '@/warning-ui/api';
import type { Guard } from '../scanner/guard';
import { scannerApi } from '../scanner/api';

export function startGate(ctx: ScriptContext, doc: Document = document): void {
  let guard: Guard | null = null;
  let generation = 0;

  async function run(): Promise<void> {
    const mine = ++generation;
    guard?.stop(false);
    let hello: HelloResponse;
    try {
      hello = await sendToBackground({ type: 'cs-bg-hello', hasScanner: scannerApi() !== undefined });
    } catch {
      return; // no answer: behave as before the extension was here
    }
    if (mine !== generation || ctx.isInvalid) return;
    if (!hello.proceed) {
      // A banner or warning from before the site became trusted goes away.
      warningUi()?.hideAll();
      return;
    }
    // The background injected the scanner before it answered. Without it (the frame went away meanwhile, or
    // the injection failed and the background logged why) there is nothing to run.
    const api = scannerApi();
    if (!api) return;
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
    guard?.stop(true);
  });

  void run();
}
