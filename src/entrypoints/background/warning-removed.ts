// When a page keeps our in-page warning off the page. A fake refund page can run its own MutationObserver that
// removes the warning's host the moment we put it back; host.ts stops answering after a few rounds (two observers
// answering each other would spin) and, once the page has won twice, the warning UI reports it
// (cs-bg-warning-removed). The page has then hidden the one thing that was to tell the user, who may be on the
// phone with the fraudster, what is happening. So:
//
//   report ─▶ mark the frame (tab-state.ts withWarningRemoved): the popup says it in one line, at any level
//          └▶ the tab is at danger ─▶ the popup's own explanation of that tab, in a small window of the
//             extension's (windows.create type 'popup': no permission, out of the page's reach), once per tab and
//             page address: not again at the page's next fight, nor after a reload of the same address
//   a scan that raises a marked tab to danger (a caution step that fought, then the card page) ─▶ the same check
//
// At caution only the popup line: a window over a page that is only "be careful" would cry wolf.
import type { TabState, WarningRemovedResponse } from '@/messaging/protocol';
import { topFrameOf, withWarningRemoved } from './tab-state';
import type { TabStore } from './tab-store';

export interface WarningRemovedDeps {
  store: Pick<TabStore, 'update' | 'shown' | 'noteOutsideWarning'>;
  /** Opens the popup's explanation of the tab in a window of its own (platform/warning-window.ts). */
  openWarningWindow?(tabId: number): Promise<void>;
  now(): number;
  warn(message: string, error: unknown): void;
}

/** The page's address as the window's "once" goes by: without its fragment (a page moving its #… is one page). */
function pageAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** The tab needs the warning window: at danger, and one of its frames kept our warning off the page. */
export function needsWarningWindow(state: TabState | null): state is TabState {
  return state !== null && state.level === 'danger' && state.frames.some((frame) => frame.warningRemoved);
}

export function warningRemovedRule(deps: WarningRemovedDeps) {
  /** Opens the warning window when the tab needs it and has not had it for this address. Never throws. */
  async function warnOutside(tabId: number): Promise<void> {
    try {
      const state = await deps.store.shown(tabId);
      if (!needsWarningWindow(state) || !deps.openWarningWindow) return;
      const top = topFrameOf(state) ?? state.frames[0];
      if (!top || !(await deps.store.noteOutsideWarning(tabId, pageAddress(top.url)))) return;
      await deps.openWarningWindow(tabId);
    } catch (error) {
      deps.warn('warning window', error); // the tab may have closed meanwhile
    }
  }

  /** A frame's report (its tab and frame are the sender's, validate.ts). */
  async function reported(from: { tabId: number; frameId: number }): Promise<WarningRemovedResponse> {
    await deps.store.update(from.tabId, (state) => withWarningRemoved(state, from.frameId, deps.now()));
    await warnOutside(from.tabId);
    return { done: true };
  }

  return { reported, warnOutside };
}
