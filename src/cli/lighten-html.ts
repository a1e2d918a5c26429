// Empties the raw-text elements the scan never reads, before jsdom sees the page.
//
// jsdom parses every <style> into a CSS object model (slow: most of the parse time on real shop pages, and
// it can throw on odd CSS) and keeps every <script> body as text. The sensor reads neither: visibility
// comes from inline styles and the hidden attribute, and text from the DOM without script/style. <noscript>
// is emptied too: a browser with scripting on (the user's) treats its content as text, while jsdom without
// scripts would turn it into controls and shift the control indices.
//
// It runs on the decoded text. The pattern walks the markup left to right the way the HTML
// tokenizer does for these cases: a comment, or a raw-text / RCDATA element up to its own end tag, so a
// `<style>` written inside a script string or a comment is never taken for a real one.

const TAG_ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const RAW = new RegExp(
  `<!--[\\s\\S]*?(?:-->|$)|<(script|style|noscript|textarea|title|xmp|iframe|noembed|noframes)\\b(${TAG_ATTRS})>([\\s\\S]*?)</\\1\\s*>`,
  'gi',
);
const EMPTIED = new Set(['script', 'style', 'noscript']);

export function lightenHtml(html: string): string {
  return html.replace(RAW, (whole, tag: string | undefined, attrs: string | undefined) =>
    tag && EMPTIED.has(tag.toLowerCase()) ? `<${tag}${attrs ?? ''}></${tag}>` : whole,
  );
}
