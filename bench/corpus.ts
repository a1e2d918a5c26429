// The two heaviest real pages of ../shared/eval/corpora, when that folder exists (it does not in a
// user's clone; the benchmark then uses generated pages only). The pages are read in place and served
// on loopback only; nothing from them is copied into the project.
//
// "Heaviest" = most elements in the saved HTML (start tags counted with a regular expression, a close
// enough estimate for ranking; the browser's own count is printed with the results). Element count is
// what drives the sensor's text collection and row lookups, and the page's own load time.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface CorpusPage {
  /** Path relative to the corpora folder, with forward slashes. */
  relPath: string;
  bytes: number;
  estimatedElements: number;
}

export function corporaDir(projectRoot: string): string {
  return resolve(projectRoot, '../shared/eval/corpora');
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.isFile() && /\.html?$/i.test(entry.name)) yield full;
  }
}

/** The `count` pages with the most elements, heaviest first; [] when the folder is absent. */
export function heaviestCorpusPages(root: string, count = 2): CorpusPage[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  const pages: CorpusPage[] = [];
  for (const file of htmlFiles(root)) {
    const html = readFileSync(file, 'latin1');
    pages.push({
      relPath: relative(root, file).split('\\').join('/'),
      bytes: html.length,
      estimatedElements: html.match(/<[a-zA-Z]/g)?.length ?? 0,
    });
  }
  pages.sort((a, b) => b.estimatedElements - a.estimatedElements || b.bytes - a.bytes || a.relPath.localeCompare(b.relPath));
  return pages.slice(0, count);
}
