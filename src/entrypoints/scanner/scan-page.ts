// The whole scan in one task, with the page readers imported (not fetched): for tests and the benchmark's cost
// figure. The scanner in a page runs page-facts.ts scanPageSliced instead, with the readers the background injects.
import { type ScanResult, type ScanSteps, WANT_READERS, scanSteps } from './page-facts';
import { type PageReaders, pageReaders } from './page-readers';

/** Runs `steps` to their end, answering their request for the readers with `readers`. */
export function runSteps(steps: ScanSteps, readers: PageReaders | null = pageReaders): ScanResult {
  for (let answer: PageReaders | null | undefined; ; ) {
    const next = steps.next(answer);
    if (next.done) return next.value;
    answer = next.value === WANT_READERS ? readers : undefined;
  }
}

/** The whole scan in one go. */
export function scanPage(doc: Document, url: string, typed: { has(element: Element): boolean }): ScanResult {
  return runSteps(scanSteps(doc, url, typed));
}
