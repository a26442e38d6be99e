// Small numeric helpers shared by the sync benchmarks: percentiles by the nearest-rank
// method (the p99 of 100 samples is the 99th smallest, not an interpolation) and the
// formatting the table and docs use.

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function percentile(samplesMs: readonly number[], fraction: number): number {
  if (samplesMs.length === 0) return Number.NaN;
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function summarize(samplesMs: readonly number[]): LatencySummary {
  return {
    count: samplesMs.length,
    p50Ms: percentile(samplesMs, 0.5),
    p99Ms: percentile(samplesMs, 0.99),
    maxMs: samplesMs.length === 0 ? Number.NaN : Math.max(...samplesMs),
  };
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`;

export function describeLatency(summary: LatencySummary): string {
  return `p99 ${ms(summary.p99Ms)} (p50 ${summary.p50Ms.toFixed(1)}, max ${summary.maxMs.toFixed(1)}, n=${summary.count})`;
}

export const elapsedMs = (startedAt: bigint): number =>
  Number(process.hrtime.bigint() - startedAt) / 1e6;
