// Command-line arguments of the scan command. Wrong usage is reported, never guessed around.
import { parseArgs } from 'node:util';

export const USAGE = [
  'usage: npm run scan -- --url URL [--trusted DOMAIN]... FILE.html',
  '       npm run scan -- --batch FILE.jsonl   (lines: {"file": "...", "url": "...", "trusted": ["..."]}; a relative file is read beside FILE.jsonl)',
].join('\n');

export type ScanArgs =
  | { mode: 'single'; file: string; url: string; trusted: string[] }
  | { mode: 'batch'; file: string }
  | { mode: 'usage-error'; message: string };

export function parseScanArgs(argv: readonly string[]): ScanArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        url: { type: 'string' },
        trusted: { type: 'string', multiple: true },
        batch: { type: 'string' },
      },
    });
  } catch (err) {
    return { mode: 'usage-error', message: (err as Error).message };
  }
  const { values, positionals, tokens } = parsed;
  // parseArgs keeps the last of a repeated single option: `--url A --url B` would scan as B without a word.
  for (const once of ['url', 'batch'] as const) {
    if (tokens.filter((t) => t.kind === 'option' && t.name === once).length > 1) {
      return { mode: 'usage-error', message: `--${once} given more than once` };
    }
  }
  if (values.batch !== undefined) {
    if (values.url !== undefined || values.trusted !== undefined || positionals.length > 0) {
      return { mode: 'usage-error', message: '--batch takes only its file: put url and trusted in each line' };
    }
    return { mode: 'batch', file: values.batch };
  }
  if (positionals.length !== 1) {
    return { mode: 'usage-error', message: positionals.length ? 'give exactly one FILE.html' : 'missing FILE.html' };
  }
  if (values.url === undefined) return { mode: 'usage-error', message: 'missing --url URL' };
  return { mode: 'single', file: positionals[0]!, url: values.url, trusted: values.trusted ?? [] };
}
