// Small statistics for the benchmark: medians and ratios of timing samples.
// Medians, not means: a single GC pause or scheduler hiccup on a 2-core machine must not move a figure.

/** Median of the samples; throws on an empty list so a missing measurement is never reported as 0. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median: no samples (the measurement produced nothing)');
  for (const s of samples) {
    if (!Number.isFinite(s)) throw new Error(`median: sample ${String(s)} is not a finite number`);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The q-quantile (0..1) by linear interpolation between closest ranks. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('quantile: no samples');
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile: q must be within 0..1, got ${q}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** a / b, or null when b is 0 (a ratio to nothing is not a number worth printing). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** Relative overhead of `measured` over `base`: 0.05 means 5 % slower. Null when base is 0. */
export function overhead(measured: number, base: number): number | null {
  const r = ratio(measured, base);
  return r === null ? null : r - 1;
}

/** Round for display and JSON (timings in ms to 3 decimals are already below timer resolution). */
export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
