/** Shared measuring helpers of the bench files (one median, one stopwatch). */

/** The median (mean of the middle two for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds one call of fn takes. */
export function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
