import { describe, expect, it } from 'vitest';
import { median, overhead, quantile, ratio, round } from './stats';

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 1, 1000, 2, 3], 3],
  ])('median(%j) = %d', (samples, expected) => {
    expect(median(samples)).toBe(expected);
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses an empty list instead of reporting 0', () => {
    expect(() => median([])).toThrow(/no samples/);
  });

  it('refuses NaN samples', () => {
    expect(() => median([1, Number.NaN])).toThrow(/not a finite number/);
  });
});

describe('quantile', () => {
  it.each([
    [0, 1],
    [0.5, 3],
    [1, 5],
    [0.25, 2],
    [0.95, 4.8],
  ])('q=%d of 1..5 is %d', (q, expected) => {
    expect(quantile([5, 4, 3, 2, 1], q)).toBeCloseTo(expected, 10);
  });

  it('rejects q outside 0..1', () => {
    expect(() => quantile([1], 1.5)).toThrow(/0\.\.1/);
  });
});

describe('ratio and overhead', () => {
  it('divides', () => {
    expect(ratio(30, 10)).toBe(3);
    expect(overhead(105, 100)).toBeCloseTo(0.05, 10);
    expect(overhead(95, 100)).toBeCloseTo(-0.05, 10);
  });

  it('returns null for a zero base', () => {
    expect(ratio(1, 0)).toBeNull();
    expect(overhead(1, 0)).toBeNull();
  });
});

describe('round', () => {
  it('rounds to the given digits', () => {
    expect(round(1.23456)).toBe(1.235);
    expect(round(1.23456, 1)).toBe(1.2);
  });
});
