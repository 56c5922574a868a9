// Warms each store the way a service in use is warm, before anything is timed. A Neo4j server that has just started runs
// its statements through the JVM's first compilers: on this 2-core machine an access-log append took 5.6 ms p50 over
// the first 500 and 1.4–1.5 ms from about 6,000 on, a graph-version read 3.3 ms and then 0.8 ms. Both stores get the same
// statements, counted, and the first and last rounds are printed beside each other.
import { randomUUID } from 'node:crypto';
import type { AccessLogEntry, GraphStore } from '../src/store/port.js';
import { ms, settled, stats } from './stats.js';

/**
 * Access-log appends (each with the catalogue read a request makes) per store before anything is timed: at least
 * `STORE_WARMUP`, then on in rounds of `ROUND` until a round's p50 is within 5 % of the one before, at most `MAX_WARMUP`.
 */
export const STORE_WARMUP = Number(process.env.HARMONIE_BENCH_STORE_WARMUP ?? 6000);
const MAX_WARMUP = 4 * STORE_WARMUP;
const ROUND = 500;

export interface WarmRow {
  store: string;
  appends: number;
  /** p50 of the first and the last round of `ROUND` appends. */
  first: number;
  last: number;
  seconds: number;
}

const entry = (): AccessLogEntry => ({
  id: randomUUID(), at: new Date().toISOString(), keyId: null, role: null, actingFor: null, purpose: 'bench warm-up', operation: 'warm-up', variablesHash: null, outcome: 'OK',
});

/**
 * Runs rounds of `size` steps until at least `min` steps have run and every series has settled (a round's p50 within 5 %
 * of the one before), or `max` steps have. `round` runs one round and returns its p50 for each series, always in the
 * same order. Returns the steps run and, per series, the p50 of every round.
 */
export async function warmUntilSettled(round: () => Promise<number[]>, size: number, min: number, max: number): Promise<{ steps: number; series: number[][] }> {
  const series: number[][] = [];
  let steps = 0;
  while (steps < Math.min(min, max) || (!(series.length > 0 && series.every(settled)) && steps < max)) {
    (await round()).forEach((p50, i) => (series[i] ??= []).push(p50));
    steps += size;
  }
  return { steps, series };
}

export async function warmStores(stores: Array<{ label: string; store: GraphStore }>, appends = STORE_WARMUP): Promise<WarmRow[]> {
  const rows: WarmRow[] = [];
  for (const { label, store } of stores) {
    const t0 = performance.now();
    const { steps, series: [rounds = []] } = await warmUntilSettled(async () => {
      const round: number[] = [];
      for (let i = 0; i < ROUND; i++) {
        const t = performance.now();
        await store.appendAccessLog(entry());
        round.push(performance.now() - t);
        // The catalogue: on Neo4j, its version read; the cached catalogue after the first.
        await store.catalogue();
      }
      return [stats(round).p50];
    }, ROUND, appends, MAX_WARMUP);
    rows.push({ store: label, appends: steps, first: rounds[0] ?? NaN, last: rounds.at(-1) ?? NaN, seconds: (performance.now() - t0) / 1000 });
  }
  return rows;
}

export function formatWarm(rows: WarmRow[]): string {
  return [
    `| store | appends (each with a catalogue read; ≥ ${STORE_WARMUP}, then until a round of ${ROUND} is within 5 % of the one before) | append p50, first ${ROUND} | append p50, last ${ROUND} | took |`,
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.store} | ${r.appends} | ${ms(r.first)} ms | ${ms(r.last)} ms | ${r.seconds.toFixed(1)} s |`),
  ].join('\n');
}
