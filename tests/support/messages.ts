// The extension's own strings, read from public/_locales, so tests compare against what the user is
// meant to see in their language instead of repeating the text.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './build-state';

type Catalog = Record<string, { message: string }>;
const catalogs = new Map<string, Catalog>();

export function message(locale: 'zh_CN' | 'en', key: string): string {
  let catalog = catalogs.get(locale);
  if (!catalog) {
    catalog = JSON.parse(readFileSync(path.join(projectRoot, 'public/_locales', locale, 'messages.json'), 'utf8')) as Catalog;
    catalogs.set(locale, catalog);
  }
  const entry = catalog[key];
  if (!entry) throw new Error(`no message ${key} in public/_locales/${locale}/messages.json`);
  return entry.message;
}
