// Order statistics of timing samples.
export interface Stats {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
  return { n: s.length, p50: q(0.5), p95: q(0.95), min: s[0] ?? NaN, max: s.at(-1) ?? NaN };
}

export const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));

/** Whether a warm-up has settled: the last round's p50 is within 5 % of the one before. */
export function settled(roundP50s: number[]): boolean {
  const [before, last] = roundP50s.slice(-2);
  return roundP50s.length >= 2 && Math.abs(last! - before!) <= 0.05 * before!;
}
