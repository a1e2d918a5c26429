// Bench-only page script (bundled by esbuild into bench/out/page-scan.js, an IIFE run in the page's own
// world): the content script's full scan — its own `scanPage` (sensor + classifier, page text when a
// field is sensitive), the very function it times as `fanzha-guard:scan` — next to the baseline walk,
// timed alternately in the same page so both see the same DOM, CPU and caches.
//
// Before every timed call the DOM is touched (an element added and removed): a real scan always follows
// a page change, and Chromium caches some lookups until the next change, which would flatter repeats.

import { scanPage } from '../src/entrypoints/guard.content/page-facts';
import { baselineWalk } from './baseline';

export interface ScanSamples {
  scan: number[];
  baseline: number[];
  controls: number;
  findings: number;
  elements: number;
}

function touchDom(): void {
  const probe = document.createElement('i');
  document.body.appendChild(probe);
  probe.remove();
}

const noTypedCards = new WeakSet<Element>();

/** The content script's scan: DOM → snapshots → findings (+ headings and page text when any field counts). */
function fullScan(): number {
  return scanPage(document, location.href, noTypedCards).facts.fields.length;
}

function measure(reps: number, warmup: number): ScanSamples {
  const out: ScanSamples = { scan: [], baseline: [], controls: 0, findings: 0, elements: document.getElementsByTagName('*').length };
  let sink = 0;
  for (let r = 0; r < warmup + reps; r++) {
    // Alternate which goes first so neither always runs on a just-warmed cache.
    const order = r % 2 === 0 ? (['scan', 'baseline'] as const) : (['baseline', 'scan'] as const);
    for (const which of order) {
      touchDom();
      const t0 = performance.now();
      const n = which === 'scan' ? fullScan() : baselineWalk(document);
      const ms = performance.now() - t0;
      sink += n;
      if (r >= warmup) out[which].push(ms);
      if (which === 'scan') out.findings = n;
    }
  }
  out.controls = document.querySelectorAll('input, select, textarea').length;
  (globalThis as { __fanzhaBenchSink?: number }).__fanzhaBenchSink = sink;
  return out;
}

(globalThis as { __fanzhaBench?: unknown }).__fanzhaBench = { measure };
