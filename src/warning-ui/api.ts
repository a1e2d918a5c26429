// The contract between the content script and the lazily injected warning UI. Types and one constant only:
// the content script imports this file, and must not pull in the UI itself.
//
// The background injects the warning UI (the `warning-ui` unlisted script) into a frame with
// scripting.executeScript only when that frame's level is caution or danger. Injected files run in the same
// isolated world as our content script, so the UI publishes its API on that world's global object; the page's
// own scripts live in another world and cannot see or call it.
import type { WarnedField, WarningPlan } from '../messaging/protocol';

export const WARNING_UI_GLOBAL = '__fanzhaGuardWarningUi';
/**
 * The attribute on the host element (a plain <div>, see host.ts), for tests and people reading the DOM. Our own
 * code never recognises the host by it, nor by its tag: a page can put either on elements of its own
 * (`isHost` asks by identity).
 */
export const WARNING_HOST_MARK = 'data-fanzha-guard';

export interface WarningUiApi {
  readonly version: 1;
  /** Shows (or moves) the warning anchored to a sensitive control. Ignored after "dismiss for this page" at this level or higher. */
  showFieldWarning(anchor: Element, plan: WarningPlan, field: WarnedField): void;
  /** Hides the anchored warning until the next focus (not a dismissal). */
  hideFieldWarning(): void;
  /** The anchored warning is showing for this control right now. */
  isShowingFor(anchor: Element): boolean;
  /** The danger banner at the top of the page. */
  showBanner(plan: WarningPlan): void;
  /** Removes everything (the site became trusted, or the content script was torn down). */
  hideAll(): void;
  /** `node` is the element holding our warning now (by identity: an element the page made never is). */
  isHost(node: unknown): boolean;
  /**
   * Every `beforetoggle` the window hears, handed on by the content script's listener, which comes before any of
   * the page's (top-layer.ts says why). True: the event is our host's own, and the caller stops it there, so that no
   * page listener hears it. Optional: stand-ins in tests need not have it.
   */
  beforeToggle?(event: Event): boolean;
}

export function warningUi(): WarningUiApi | undefined {
  return (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] as WarningUiApi | undefined;
}
