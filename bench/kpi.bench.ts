/**
 * Custom-function cost as Sheets pays it, measured on the built artifact (dist/Code.js):
 * - kpi_range_overhead: `=CTR(B2:B10001, C2:C10001)` through the generated top-level stub in a
 *   bare vm context ÷ a plain JS loop over the same 2-D arrays in the same context (target ≤ 3);
 * - bundle_kb: size of dist/Code.js (target ≤ 150; every custom-function cell loads it);
 * - cold_load_ms: evaluating dist/Code.js in a fresh context, median of 20.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { median } from './measure';

const CODE = join(__dirname, '..', 'dist', 'Code.js');
const ROWS = 10_000;

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Median wall time of `fn` in ms after warm-up (JIT settles before measuring). */
function timeMedian(fn: () => unknown, reps: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Interleaves the two timings so machine noise hits both alike; returns the median of per-round ratios too. */
function compare(subject: () => unknown, baseline: () => unknown, rounds: number, reps: number) {
  const s: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    b.push(timeMedian(baseline, reps, r === 0 ? 50 : 3));
    s.push(timeMedian(subject, reps, r === 0 ? 50 : 3));
  }
  return {
    subjectMs: median(s),
    baselineMs: median(b),
    ratio: median(s.map((x, i) => x / b[i])),
    // Best round each: robust to a noisy neighbour slowing one side for a whole round.
    bestRatio: Math.min(...s) / Math.min(...b),
  };
}

export default async function kpiBench(): Promise<Record<string, unknown>> {
  if (!existsSync(CODE)) throw new Error(`bench kpi: ${CODE} is missing — run \`npm run build\` first`);
  const code = readFileSync(CODE, 'utf8');

  // Data as Sheets hands it over: 2-D arrays created in the script's own realm.
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  vm.runInContext(
    `var bench_ = {
       clicks: Array.from({ length: ${ROWS} }, (_, i) => [(i * 7) % 53]),
       impressions: Array.from({ length: ${ROWS} }, (_, i) => [1000 + ((i * 13) % 977)]),
       plain(clicks, impressions) {
         const out = new Array(clicks.length);
         for (let r = 0; r < clicks.length; r++) {
           const den = impressions[r][0];
           out[r] = [den === 0 ? '' : clicks[r][0] / den];
         }
         return out;
       },
     };`,
    context,
  );
  const stub = vm.runInContext('() => CTR(bench_.clicks, bench_.impressions)', context) as () => unknown[][];
  const plain = vm.runInContext(
    '() => bench_.plain(bench_.clicks, bench_.impressions)',
    context,
  ) as () => unknown[][];

  // Same answer first, or the ratio means nothing.
  const a = stub();
  const b = plain();
  for (let r = 0; r < ROWS; r++) {
    if (Math.abs((a[r][0] as number) - (b[r][0] as number)) > 1e-12) {
      throw new Error(`bench kpi: stub and plain loop disagree at row ${r + 1}: ${a[r][0]} vs ${b[r][0]}`);
    }
  }
  const overhead = compare(stub, plain, 15, 20);

  const loads: number[] = [];
  for (let i = 0; i < 20; i++) {
    const fresh = vm.createContext({});
    const t0 = performance.now();
    vm.runInContext(code, fresh, { filename: 'Code.js' });
    loads.push(performance.now() - t0);
  }

  const bundleKb = statSync(CODE).size / 1024;
  return {
    kpi_range_overhead: round(overhead.ratio, 2),
    kpi_range_overhead_target: '<= 3',
    kpi_range_overhead_best_rounds: round(overhead.bestRatio, 2),
    kpi_range_stub_ms: round(overhead.subjectMs),
    kpi_range_plain_loop_ms: round(overhead.baselineMs),
    kpi_range_rows: ROWS,
    bundle_kb: round(bundleKb, 1),
    bundle_kb_target: '<= 150',
    cold_load_ms: round(median(loads), 2),
    cold_load_ms_note: 'median of 20 fresh vm contexts (compile + evaluate)',
  };
}
