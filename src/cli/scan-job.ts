// One page to scan: validate the job, read the file, snapshot it, evaluate it. Every failure becomes
// an error message naming what was wrong; nothing throws out of here.
import { readFile, stat } from 'node:fs/promises';
import { normalizeTrustedDomain } from '../core/domain';
import { evaluatePage } from '../core/engine';
import type { Verdict } from '../core/types';
import { snapshotHtml } from './load-page';

export interface ScanJob {
  file: string;
  url: string;
  trusted: readonly string[];
}

export type ScanResult = { ok: true; verdict: Verdict } | { ok: false; error: string };

/**
 * The largest page scanned. jsdom holds a page at about 250 times its size: 5 MB of dense form markup took 16 s
 * and 1.2 GB here, and 13 MB ran the process out of memory, taking the rest of a small batch (scanned in this
 * process) with it. The largest of the evaluation's 500 saved pages is 0.85 MB.
 */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** The URL a page is scanned as must be an absolute http(s) address. */
export function checkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `invalid URL ${JSON.stringify(url)}`;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? null : `URL must be http or https: ${JSON.stringify(url)}`;
}

/** Normalises the trusted list; the first entry refused is an error. */
export function checkTrusted(trusted: readonly string[]): { ok: true; domains: string[] } | { ok: false; error: string } {
  const domains: string[] = [];
  for (const entry of trusted) {
    const r = normalizeTrustedDomain(entry);
    if (!r.ok) return { ok: false, error: `cannot trust ${JSON.stringify(entry)}: ${r.reason.code}${r.reason.detail ? ` (${r.reason.detail})` : ''}` };
    domains.push(r.domain);
  }
  return { ok: true, domains };
}

export async function runScanJob(job: ScanJob): Promise<ScanResult> {
  const urlError = checkUrl(job.url);
  if (urlError) return { ok: false, error: urlError };
  const trusted = checkTrusted(job.trusted);
  if (!trusted.ok) return trusted;
  let html: Buffer;
  try {
    const { size } = await stat(job.file);
    if (size > MAX_PAGE_BYTES) {
      return { ok: false, error: `cannot scan ${job.file}: page too large (${size} bytes; the limit is ${MAX_PAGE_BYTES} bytes, ${MAX_PAGE_BYTES / 1024 / 1024} MB)` };
    }
    html = await readFile(job.file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { ok: false, error: `cannot read ${job.file}: ${code}` };
  }
  try {
    const snapshot = snapshotHtml(html, job.url);
    return { ok: true, verdict: evaluatePage(snapshot, { trusted: trusted.domains }) };
  } catch (err) {
    return { ok: false, error: `cannot scan ${job.file}: ${(err as Error).message.split('\n')[0]}` };
  }
}
