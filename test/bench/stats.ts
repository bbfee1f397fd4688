// Order statistics for the benchmark samples.

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The sample closest to the median, to show a representative breakdown. */
export function indexOfMedian(samples: readonly number[]): number {
  const m = median(samples);
  let best = 0;
  samples.forEach((value, index) => {
    if (Math.abs(value - m) < Math.abs(samples[best]! - m)) best = index;
  });
  return best;
}
