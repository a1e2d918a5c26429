// Content script "guard": every http(s) page, every frame, about:blank/srcdoc frames too (they inherit the
// page's origin, and a fake form can be written into one). Thin wiring; the work is in guard.ts.
import { startGuard } from './guard';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Chrome 99+: also about:blank, srcdoc, data: and blob: frames whose creator matches. Firefox ignores it
  // (web-ext lint would flag it), so it is Chrome-only.
  matchOriginAsFallback: { chrome: true },
  runAt: 'document_idle',
  main(ctx) {
    startGuard(ctx);
  },
});
