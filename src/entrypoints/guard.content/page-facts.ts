// DOM → PageFacts in the page: the sensor's control snapshots (never values), classified here, so only the
// findings and a little text cross to the background. The page's body text (up to 50,000 characters) is read
// only when some control was classified: most pages have no sensitive field and pay only for the controls.
import { classifyFields } from '@/core/fields/classify';
import type { PageFacts } from '@/core/types';
import { collectControls, sensorHeadings, sensorPageText, snapshotControls } from '@/sensor/snapshot';
import { withTypedCards } from './typed-card';

const TITLE_MAX = 200;

export interface ScanResult {
  facts: PageFacts;
  /** The page's controls in snapshot order: `facts.fields[i].index` points into this. */
  elements: Element[];
}

export function scanPage(doc: Document, url: string, typed: { has(element: Element): boolean }): ScanResult {
  const elements = collectControls(doc);
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX);
  if (elements.length === 0) return { facts: { url, title, headings: [], text: '', fields: [] }, elements };
  const fields = withTypedCards(classifyFields(snapshotControls(elements)), elements, typed);
  const sensitive = fields.length > 0;
  return {
    facts: {
      url,
      title,
      headings: sensitive ? sensorHeadings(doc) : [],
      text: sensitive ? sensorPageText(doc) : '',
      fields,
    },
    elements,
  };
}
