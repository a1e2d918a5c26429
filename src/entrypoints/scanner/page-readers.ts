// The page readers: what a scan reads of the page once it found a sensitive field (page-facts.ts scanSteps), or when
// the background asked for the page's text: its headings and prominent lines (sensor/headings.ts), its text
// (sensor/page-text-window.ts pageTextNear) and the top page around a frame (surrounding-page.ts). With them comes the
// classifier's card context (core/fields/card-context.ts), which only a page with a card field needs: such a scan
// waits for the readers anyway, and asks for them before its findings. And the number pads a page draws itself
// (sensor/pin-pad.ts, drawn-pad.ts), looked for at a press: a pad found is a password field, whose scan would wait
// for the readers too.
//
// Not in the scanner: most pages have no sensitive field and never need them. In the page they come in the
// page-readers script (src/entrypoints/page-readers/), which the background injects into a frame at its first need;
// that script is bundled apart from the scanner, so the scanner hands it its own text reader and box test
// (`ScannerDom`): a heading reads as shown where the scanner's record says so (dom-text.ts setSeenText), as before.
// The one-task scan (scan-page.ts: tests, the benchmark) and the CLI import them directly.
import { applyCardContext } from '@/core/fields/card-context';
import type { SurroundingPage } from '@/core/types';
import { setSeenText, textOf } from '@/sensor/dom-text';
import { isBox } from '@/sensor/editable';
import { readHeadings } from '@/sensor/headings';
import { pageTextNear } from '@/sensor/page-text-window';
import { isPinPad, pinPadOf } from '@/sensor/pin-pad';
import type { SeenDom } from '@/sensor/seen-text';
import { surroundingPageOf } from './surrounding-page';

/** The scanner's own functions that keep or read state of its module (dom-text.ts's seen texts, editable.ts's key boxes). */
export interface ScannerDom extends SeenDom {
  isBox: typeof isBox;
}

export interface PageReaders {
  /** Title, prominent lines, h1–h3, logo images (sensor/headings.ts), in the document and the shadow roots `roots`. */
  headings(doc: Document, roots: readonly ShadowRoot[]): string[];
  /**
   * The body's text, through the shadow roots `roots` (the scan's), without what someone typed into the boxes
   * `typedInto` (sensor/dom-text.ts); past the cap, what a person sees of it, near the sensitive `fields` the scan
   * found (sensor/page-text-window.ts).
   */
  text(doc: Document, typedInto: ReadonlySet<Node> | null, roots: readonly ShadowRoot[], fields?: readonly Element[]): string;
  /** The top page around a frame, when the frame may read it (surrounding-page.ts). */
  around(doc: Document): SurroundingPage | null;
  /** The classifier's card context (core/fields/card-context.ts), with the caller's analyse.ts functions. */
  cardContext: typeof applyCardContext;
  /** The number pad a press at `start` lies in (sensor/pin-pad.ts), a drawn one's prompt read with the caller's words. */
  padOf: typeof pinPadOf;
  /** Whether a pad found at a press still is one, for the scans after it (sensor/pin-pad.ts). */
  isPad: typeof isPinPad;
}

export function pageReadersWith(dom: ScannerDom): PageReaders {
  return {
    headings: (doc, roots) => readHeadings(doc, dom.textOf, roots),
    text: (doc, typedInto, roots, fields = []) => pageTextNear(doc, fields, undefined, typedInto, roots),
    around: (doc) => surroundingPageOf(doc, dom),
    cardContext: applyCardContext,
    padOf: pinPadOf,
    isPad: isPinPad,
  };
}

/** The readers with this bundle's own functions: for the one-task scan, tests and the benchmark (not in the scanner). */
export const pageReaders: PageReaders = pageReadersWith({ textOf, setSeenText, isBox });
