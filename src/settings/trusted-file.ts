// The trusted-list file: what "export" writes and what "import" accepts.
//
// Export writes:   { "format": "fanzha-guard-trusted", "version": 1, "trusted": ["example.com", …] }
// Import accepts:  that object (format and version optional; a version other than 1 is refused), or
//                  a bare JSON array of strings: ["example.com", "https://shop.example.cn/path"].
// Every entry goes through the same normaliser as the "add" box. Import is all-or-nothing: one bad
// entry refuses the whole file, with a reason per bad entry, and the stored list is not touched.
// The file's bytes may be UTF-8 or, with a byte-order mark, UTF-16 (Windows Notepad's "Unicode").
import type { Reason } from '@/core/types';
import { TRUSTED_MAX } from './schema';
import type { TrustedNormalizer } from './trusted-normalizer';

export const TRUSTED_FILE_FORMAT = 'fanzha-guard-trusted';
export const TRUSTED_FILE_VERSION = 1;
/** A hand-kept list is a few kilobytes; anything near this is not one. */
export const TRUSTED_FILE_MAX_CHARS = 256 * 1024;

export interface ImportProblem {
  /** Position of the entry in the file's list; null for a problem with the file as a whole. */
  index: number | null;
  /** The entry as text, when the problem is one entry. */
  entry?: string;
  reason: Reason;
}

export type ImportRefused = { ok: false; problems: ImportProblem[] };
export type ParsedTrustedFile = { ok: true; domains: string[] } | ImportRefused;

export function formatTrustedFile(trusted: readonly string[]): string {
  return `${JSON.stringify({ format: TRUSTED_FILE_FORMAT, version: TRUSTED_FILE_VERSION, trusted }, null, 2)}\n`;
}

function fileProblem(code: string, detail?: string): ImportRefused {
  return { ok: false, problems: [{ index: null, reason: detail === undefined ? { code } : { code, detail } }] };
}

function entryText(entry: unknown): string {
  const text = typeof entry === 'string' ? entry : JSON.stringify(entry) ?? String(entry);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * The UTF-16 byte-order marks and the encodings they announce; a file without one must be UTF-8. TextDecoder
 * drops the mark of its own encoding (a UTF-8 one too), so the text starts after it.
 */
const UTF16_MARKS: readonly (readonly [first: number, second: number, encoding: string])[] = [
  [0xff, 0xfe, 'utf-16le'],
  [0xfe, 0xff, 'utf-16be'],
];

/**
 * A trusted-list file's bytes as text. Decoding is strict: a file in another encoding (GBK, say) is
 * refused by name rather than read as replacement characters and then refused entry by entry.
 */
export function decodeTrustedFile(bytes: Uint8Array): { ok: true; text: string } | ImportRefused {
  // Bounded before decoding: no encoding takes more than four bytes for a character.
  if (bytes.length > TRUSTED_FILE_MAX_CHARS * 4) return fileProblem('import-too-large', String(bytes.length));
  const encoding = UTF16_MARKS.find(([first, second]) => bytes[0] === first && bytes[1] === second)?.[2] ?? 'utf-8';
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return fileProblem('import-not-text');
  }
}

/** Reads a trusted-list file into normalised, unique domains, or says what is wrong with it. */
export function parseTrustedFile(text: string, normalize: TrustedNormalizer): ParsedTrustedFile {
  if (text.length > TRUSTED_FILE_MAX_CHARS) return fileProblem('import-too-large', String(text.length));
  let data: unknown;
  try {
    // A UTF-8 byte-order mark is common in files saved by Windows editors.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fileProblem('import-not-json');
  }
  let list: unknown;
  if (Array.isArray(data)) {
    list = data;
  } else if (typeof data === 'object' && data !== null) {
    const file = data as Record<string, unknown>;
    if ('format' in file && file.format !== TRUSTED_FILE_FORMAT) return fileProblem('import-wrong-format', entryText(file.format));
    if ('version' in file && file.version !== TRUSTED_FILE_VERSION) {
      return fileProblem('import-unsupported-version', entryText(file.version));
    }
    list = file.trusted;
    if (!Array.isArray(list)) return fileProblem('import-no-list');
  } else {
    return fileProblem('import-no-list');
  }
  const entries = list as unknown[];

  const problems: ImportProblem[] = [];
  const domains = new Set<string>();
  entries.forEach((entry, index) => {
    if (typeof entry !== 'string') {
      problems.push({ index, entry: entryText(entry), reason: { code: 'import-entry-not-text' } });
      return;
    }
    const result = normalize(entry);
    if (result.ok) domains.add(result.domain);
    else problems.push({ index, entry: entryText(entry), reason: result.reason });
  });
  if (problems.length > 0) return { ok: false, problems };
  // Counted after normalising: "www.a.com" and "a.com" are one site, and a list that holds every site
  // twice is no longer than the list itself. The file's size bounds the work done before this point.
  if (domains.size > TRUSTED_MAX) return fileProblem('import-too-many', String(domains.size));
  return { ok: true, domains: [...domains].sort() };
}
