// Empties the raw-text elements the scan never reads, before jsdom sees the page.
//
// jsdom parses every <style> into a CSS object model (slow: most of the parse time on real shop pages, and
// it can throw on odd CSS) and keeps every <script> body as text. The sensor reads neither: visibility
// comes from inline styles and the hidden attribute, and text from the DOM without script/style. <noscript>
// is emptied too: a browser with scripting on (the user's) treats its content as text, while jsdom without
// scripts would turn it into controls and shift the control indices.
//
// It runs on the decoded text and walks the markup left to right the way the HTML tokenizer does for
// these cases: a comment, or a raw-text / RCDATA element up to its own end tag, so a `<style>` written
// inside a script string or a comment is never taken for a real one.
//
// Every search moves forward, so the walk is linear in the page's length: the pages are hostile, and one
// regular expression over the whole page (as this was) went back to each unclosed `<script` and searched
// to the end again (220 KB of `<script a="` took 6.3 s).

const OPEN = /<!--|<(script|style|noscript|textarea|title|xmp|iframe|noembed|noframes)\b/gi;
/** The rest of an open tag: attributes (quoted values may hold `>`) up to its `>`. Sticky: from lastIndex only. */
const TAG_REST = /(?:[^>"']|"[^"]*"|'[^']*')*>/y;
const EMPTIED = new Set(['script', 'style', 'noscript']);
const endTags = new Map<string, RegExp>();

function endTagOf(tag: string): RegExp {
  let re = endTags.get(tag);
  if (!re) endTags.set(tag, (re = new RegExp(`</${tag}\\s*>`, 'gi')));
  return re;
}

export function lightenHtml(html: string): string {
  let out = '';
  let copied = 0;
  // Elements whose end tag was searched for and is nowhere further on: later ones of that tag have none either.
  const unclosed = new Set<string>();
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(html); m; m = OPEN.exec(html)) {
    const name = m[1];
    if (!name) {
      // A comment runs to its `-->`, or to the end of the page.
      const end = html.indexOf('-->', OPEN.lastIndex);
      if (end < 0) break;
      OPEN.lastIndex = end + 3;
      continue;
    }
    TAG_REST.lastIndex = OPEN.lastIndex;
    // A tag that never ends (no `>`, or a quote never closed) runs to the end of the page: nothing after it is markup.
    if (!TAG_REST.test(html)) break;
    const bodyStart = TAG_REST.lastIndex;
    OPEN.lastIndex = bodyStart;
    const tag = name.toLowerCase();
    if (unclosed.has(tag)) continue;
    const endTag = endTagOf(tag);
    endTag.lastIndex = bodyStart;
    const end = endTag.exec(html);
    if (!end) {
      unclosed.add(tag);
      continue;
    }
    if (EMPTIED.has(tag) && end.index > bodyStart) {
      out += html.slice(copied, bodyStart);
      copied = end.index;
    }
    OPEN.lastIndex = end.index + end[0].length;
  }
  return copied ? out + html.slice(copied) : html;
}
