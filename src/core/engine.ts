// The engine: one page's facts in, one Verdict out.
//
//   evaluatePage(snapshot)      ─classifyFields─▶ evaluateFindings(facts)
//   evaluateFindings(facts)     ─assessDomain─▶ ─pageSignals─▶ ─decide─▶ Verdict
//
// The extension's background calls evaluateFindings (the content script already classified the fields in
// the page); the scan CLI calls evaluatePage on a snapshot taken with jsdom. Both end in the same policy.
import { assessDomain } from './domain';
import { classifyFields } from './fields/classify';
import { countsReportedAround, readPage, withPageAround } from './signals';
import type { Context, PageFacts, PageSnapshot, Verdict } from './types';
import { decide } from './verdict';

export function evaluateFindings(facts: PageFacts, context: Context): Verdict {
  const domain = assessDomain(facts.url, context.trusted);
  const { signals: own, reported, bankLogin } = readPage(facts, domain);
  // A frame that could not read the top page still stands in it: the background passes what that page claimed, and
  // the scripts it only quoted, which count beside a card-and-code form (page-signals.ts `countsReportedAround`).
  const around = [...(context.topSignals ?? []), ...(countsReportedAround(facts.fields) ? (context.topReported ?? []) : [])];
  const withTop = around.length > 0 ? withPageAround(own, around) : own;
  // And the stories the frames beside it tell (a chat frame beside the card form in the top page).
  const signals = context.besideSignals ? withPageAround(withTop, context.besideSignals) : withTop;
  const verdict = decide({ url: facts.url, domain, fields: facts.fields, signals, context, bankLogin });
  return reported.length > 0 ? { ...verdict, reported } : verdict;
}

export function evaluatePage(snapshot: PageSnapshot, context: Context): Verdict {
  const { url, title, headings, text } = snapshot;
  return evaluateFindings({ url, title, headings, text, fields: classifyFields(snapshot.controls) }, context);
}
