// The engine: one page's facts in, one Verdict out.
//
//   evaluatePage(snapshot)      ─classifyFields─▶ evaluateFindings(facts)
//   evaluateFindings(facts)     ─assessDomain─▶ ─pageSignals─▶ ─decide─▶ Verdict
//
// The extension's background calls evaluateFindings (the content script already classified the fields in
// the page); the scan CLI calls evaluatePage on a snapshot taken with jsdom. Both end in the same policy.
import { assessDomain } from './domain';
import { classifyFields } from './fields/classify';
import { pageSignals, withPageAround } from './signals';
import type { Context, PageFacts, PageSnapshot, Verdict } from './types';
import { decide } from './verdict';

export function evaluateFindings(facts: PageFacts, context: Context): Verdict {
  const domain = assessDomain(facts.url, context.trusted);
  const own = pageSignals(facts, domain);
  // A frame that could not read the top page still stands in it: the background passes what that page claimed.
  const signals = context.topSignals ? withPageAround(own, context.topSignals) : own;
  return decide({ url: facts.url, domain, fields: facts.fields, signals, context });
}

export function evaluatePage(snapshot: PageSnapshot, context: Context): Verdict {
  const { url, title, headings, text } = snapshot;
  return evaluateFindings({ url, title, headings, text, fields: classifyFields(snapshot.controls) }, context);
}
