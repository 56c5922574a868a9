// The LP solver port of the minimal joint audit (domain/audit/solve.ts) over HiGHS, compiled to WebAssembly and shipped
// inside the `highs` package. Loaded once, on the first model that needs it.
import highsModule from 'highs';
import type { Highs } from 'highs';
import type { LpSolution, LpSolver } from '../domain/audit/solve.js';

// `highs` ships CommonJS-typed declarations with `export default`, so under NodeNext the default import is typed as the
// module object, while Node's ESM entry (build/highs.mjs) hands over the loader function itself. Accept both without
// a cast: the `in` check narrows the type, and at run time picks whichever shape is there.
const highsLoader = 'default' in highsModule ? highsModule.default : highsModule;

let highsInstance: Promise<Highs> | undefined;

function loadHighs(): Promise<Highs> {
  const loading = highsInstance ?? highsLoader();
  highsInstance = loading;
  return loading;
}

/** Solves with HiGHS: no relative MIP gap, a fixed random seed, the caller's time limit. */
export const highsSolver: LpSolver = async (lp, timeLimitSeconds): Promise<LpSolution> => {
  const highs = await loadHighs();
  const solver = `HiGHS ${highs.version.string}`;
  let result: ReturnType<Highs['solve']>;
  try {
    result = highs.solve(lp, { output_flag: false, mip_rel_gap: 0, time_limit: timeLimitSeconds, random_seed: 0 });
  } catch (error) {
    // A native error can leave the Wasm runtime unusable; load a fresh one next time.
    highsInstance = undefined;
    throw error;
  }
  const values = new Map<string, number>();
  for (const [name, column] of Object.entries(result.Columns)) {
    if (!('Primal' in column)) return { status: result.Status, objective: Number.NaN, values: null, solver };
    values.set(name, column.Primal);
  }
  return { status: result.Status, objective: result.ObjectiveValue, values, solver };
};
