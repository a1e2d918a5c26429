// Isolated-world content script at document_start: holds the hook's private port and relays its reports
// to the background (src/share-guard/share-relay.ts). Tiny on purpose: it runs in every frame of every page
// and does nothing until a page actually shares its screen.
import { browser } from 'wxt/browser';
import { startShareRelay } from '@/share-guard/share-relay';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: { chrome: true },
  main(ctx) {
    startShareRelay(window, {
      send: (message) => browser.runtime.sendMessage(message),
      listen: (handler) => {
        const listener = (message: unknown, sender: { id?: string }) =>
          sender.id === browser.runtime.id ? handler(message) : undefined;
        browser.runtime.onMessage.addListener(listener);
        ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
      },
      onPageHide: (callback) => {
        window.addEventListener('pagehide', (event) => {
          if (event.isTrusted) callback();
        });
      },
    });
  },
});
