// Firefox only: the guard for a tab a page opened (src/platform/inject.ts, injectGuardIntoOpenedTab, says why).
// The injection cannot happen when the tab is created: Firefox refuses it then ("Missing host permission for the
// tab": the blank document does not have the opener's origin yet). It works once the tab reports its first load
// complete, which the blank document of window.open('') does too. So: note the tab when it is created, inject at
// its first `complete`, and forget it. Later loads in that tab are ordinary pages with the declared script.

export interface OpenedTabs {
  created(tabId: number): void;
  updated(tabId: number, status: string | undefined): void;
  removed(tabId: number): void;
}

export function openedTabs(injectGuard: (tabId: number) => Promise<void>): OpenedTabs {
  const waiting = new Set<number>();
  return {
    created: (tabId) => void waiting.add(tabId),
    updated: (tabId, status) => {
      if (status !== 'complete' || !waiting.delete(tabId)) return;
      void injectGuard(tabId);
    },
    removed: (tabId) => void waiting.delete(tabId),
  };
}
