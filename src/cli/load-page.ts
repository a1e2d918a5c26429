// A saved page → PageSnapshot, with jsdom.
//
// Safety: the page is parsed with DOMParser inside one jsdom window that was created without `runScripts`
// and without `resources`, so the page's scripts never run and nothing is fetched (no stylesheets, images,
// frames). Documents from DOMParser have scripting disabled by definition.
//
// Cost: a fresh JSDOM per page builds a whole window (hundreds of interfaces) and parses every stylesheet;
// one window per process with DOMParser, and lightenHtml() emptying script/style/noscript first, makes the
// evaluation set about twice as cheap. The sensor gets `url` explicitly, so the document's own
// about:blank address never matters.
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { JSDOM, VirtualConsole } from 'jsdom';
import { classifyFields } from '../core/fields/classify';
import type { PageSnapshot } from '../core/types';
import { pageTextNear } from '../sensor/page-text-window';
import { snapshotPage } from '../sensor/snapshot';
import { lightenHtml } from './lighten-html';

let parser: DOMParser | undefined;

function domParser(): DOMParser {
  // A page's markup and CSS errors must not reach our stdout: a silent console.
  parser ??= new new JSDOM('', { virtualConsole: new VirtualConsole() }).window.DOMParser();
  return parser;
}

/**
 * Bytes → text the way a browser does for a saved file: BOM, then `<meta charset>` in the first 1024 bytes,
 * else UTF-8 (jsdom's own default is windows-1252, which garbles Chinese pages saved without a meta tag).
 */
export function decodeHtml(bytes: Uint8Array): string {
  const encoding = sniffHTMLEncoding(bytes, { defaultEncoding: 'UTF-8' });
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    // An encoding Node cannot decode (`replacement`, `x-user-defined`): read it as UTF-8.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function snapshotHtml(bytes: Uint8Array, url: string): PageSnapshot {
  const doc = domParser().parseFromString(lightenHtml(decodeHtml(bytes)), 'text/html');
  // The page's text as the extension reads it (scanner/page-readers.ts): past the cap, near the sensitive fields the
  // classifier finds (sensor/page-text-window.ts). A document from DOMParser has no window, so no question about
  // layout is asked: the window near the first field alone applies.
  return snapshotPage(doc, url, (controls, elements) => pageTextNear(doc, classifyFields(controls).map((f) => elements[f.index]!))).snapshot;
}
