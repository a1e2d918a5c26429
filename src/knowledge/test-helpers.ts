// Small helpers shared by the knowledge tests.

/** Plain code-unit order, the order `Array.prototype.sort()` gives; strictly increasing (no repeats). */
export function isSorted(values: readonly string[]): boolean {
  return values.every((v, i) => i === 0 || values[i - 1]! < v);
}

/** Levenshtein distance ≤ 1 (one letter added, dropped or changed). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.length === l.length ? s.slice(i + 1) === l.slice(i + 1) : s.slice(i) === l.slice(i + 1);
}

/** The values that occur more than once (each repeat listed). */
export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}
