// Text and id/name into the forms the word lists match against (the text matcher is lexicon.ts).
//
// Text: NFKC (full-width ＣＶＶ → cvv), lower case, whitespace collapsed, spaces between CJK characters
// dropped (银行 卡号 → 银行卡号).
// Attributes: camelCase and separators split into tokens ("ccExpMonth" → cc exp month), and the tokens
// joined again for substring cues ("card_number" → cardnumber).

const CJK_SPACE = /([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])\s+(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])/g;

const ASCII = /^[\x20-\x7e]*$/;

export function normalizeText(text: string): string {
  // NFKC only matters outside printable ASCII (full-width ＣＶＶ, compatibility forms).
  return (ASCII.test(text) ? text : text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').replace(CJK_SPACE, '$1').trim();
}

/** id/name split into tokens and re-joined. */
export interface AttrForms {
  tokens: string[];
  compact: string;
}

const formsCache = new Map<string, AttrForms>();

/** id/name as tokens and compact form; cached, since pages repeat names across rows and re-scans. */
export function attrForms(...values: (string | null)[]): AttrForms {
  const cacheKey = values.join('\u0000');
  const hit = formsCache.get(cacheKey);
  if (hit) return hit;
  const forms = computeAttrForms(values);
  if (formsCache.size < 4000) formsCache.set(cacheKey, forms);
  return forms;
}

function computeAttrForms(values: readonly (string | null)[]): AttrForms {
  const tokens: string[] = [];
  const compact: string[] = [];
  for (const v of values) {
    if (!v) continue;
    const split = v
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/([a-zA-Z])(\d)/g, '$1 $2')
      .replace(/(\d)([a-zA-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/);
    for (const t of split) if (t && !/^\d+$/.test(t)) tokens.push(t);
    compact.push(v.toLowerCase().replace(/[^a-z0-9]+/g, ''));
  }
  // '|' keeps id and name from running into each other.
  return { tokens, compact: compact.join('|') };
}
