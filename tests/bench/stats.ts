/** Small helpers for repeated measurements. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The run whose `pick` value is the median one (the lower middle for an even count). */
export function medianRun<T>(runs: readonly T[], pick: (run: T) => number): T {
  const sorted = [...runs].sort((a, b) => pick(a) - pick(b));
  const run = sorted[(sorted.length - 1) >> 1];
  if (run === undefined) throw new Error('medianRun() of no runs');
  return run;
}
