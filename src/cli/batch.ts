// The batch file: one JSON object per line, `{"file": "...", "url": "...", "trusted": ["..."]}`.
// Each non-blank line gives exactly one output line, in order: a verdict, or `{"file", "line", "error"}`.
import { dirname, resolve } from 'node:path';
import type { ScanJob } from './scan-job';

export type BatchLine = { line: number; job: ScanJob } | { line: number; file: string | null; error: string };

/** Parses one line. Relative file paths are relative to the batch file. */
export function parseBatchLine(text: string, line: number, batchFile: string): BatchLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { line, file: null, error: `bad JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, file: null, error: 'expected a JSON object {"file", "url", "trusted"}' };
  }
  const { file, url, trusted } = value as Record<string, unknown>;
  if (typeof file !== 'string' || !file) return { line, file: null, error: '"file" must be a non-empty string' };
  // Resolved before the other checks, so an error line names the file as a verdict line (and a failed read) would.
  const path = resolve(dirname(batchFile), file);
  if (typeof url !== 'string') return { line, file: path, error: '"url" must be a string' };
  if (trusted !== undefined && !(Array.isArray(trusted) && trusted.every((t) => typeof t === 'string'))) {
    return { line, file: path, error: '"trusted" must be an array of strings' };
  }
  return { line, job: { file: path, url, trusted: (trusted as string[] | undefined) ?? [] } };
}

/** All non-blank lines of a batch file, numbered from 1 as an editor shows them. */
export function parseBatch(content: string, batchFile: string): BatchLine[] {
  const out: BatchLine[] = [];
  // Editors on Windows may save a byte-order mark before the first line.
  content.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((text, i) => {
    if (text.trim()) out.push(parseBatchLine(text, i + 1, batchFile));
  });
  return out;
}
