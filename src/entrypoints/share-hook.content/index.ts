// Main-world content script: hooks the page's screen-capture calls, and document.open()/write(), before any page script runs.
// It has no extension APIs (main world): it talks only to the isolated world's guard.content, over a private port for
// the share relay (src/share-guard/display-media-hook.ts and hook-channel.ts) and a private DOM node for document.open()
// (src/platform/document-open-hook.ts and reopen-channel.ts).
//
// Settings and why:
// - world MAIN: getDisplayMedia must be wrapped in the page's own JavaScript world, where the page calls it.
// - document_start: before page scripts can keep a reference to the unwrapped function.
// - all frames, about:blank and origin-fallback (data:, blob:) frames: a page can share from an iframe, and a blank
//   iframe is the usual way to reach an unwrapped copy of a built-in.
// - globalName false: the bundle leaves no global variable behind on the page.
import { installDisplayMediaHook } from '@/share-guard/display-media-hook';
import { openHookEnd } from '@/share-guard/hook-channel';
import { installDocumentOpenHook } from '@/platform/document-open-hook';
import { nativeWrapper } from '@/platform/native-wrap';
import { takeReopenLine } from '@/platform/reopen-channel';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  globalName: false,
  main() {
    installDocumentOpenHook(window, document, takeReopenLine(window), nativeWrapper(window));
    const end = openHookEnd(window);
    const hook = installDisplayMediaHook(window, end.sink);
    // Where nothing can capture (an insecure page has no MediaDevices) the answer is "no live share", not
    // silence: silence would read as "unknown" and keep a share that ended with the previous document.
    end.answerWith(hook ? hook.liveShareIds : () => []);
  },
});
