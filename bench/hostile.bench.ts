/**
 * Hostile-file figures (`npx tsx scripts/bench.ts hostile`), issue #10: the nested ZIP bomb
 * (scripts/hostile-corpus.ts: ten ZIPs of 300 MB CSVs in one ZIP) through the built CLI, in fresh
 * child processes, against importing a small real export (the YouTube Studio ZIP fixture) the same
 * way in the same run:
 *  - refuse_bomb_peak_mb / refuse_bomb_s: peak RSS (getrusage maxRSS of the child) and wall time
 *    until the refusal, medians of 3;
 *  - the same for the small import, and the bomb ÷ small-import ratios.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nestedBomb } from '../scripts/hostile-corpus';
import { runMeasured } from '../test/helpers/max-rss';
import { median } from './measure';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SMALL = join(ROOT, 'test', 'fixtures', 'exports', 'youtube-studio.zip');
const RUNS = 3;

const round2 = (x: number) => Math.round(x * 100) / 100;

function measure(file: string, expectStatus: number): { peakMb: number; seconds: number } {
  const peaks: number[] = [];
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = runMeasured([CLI, 'import', file, '--json']);
    if (run.status !== expectStatus)
      throw new Error(`${file}: exit ${run.status}: ${run.stderr.slice(0, 400)}`);
    peaks.push(run.peakMb);
    times.push(run.seconds);
  }
  return { peakMb: median(peaks), seconds: median(times) };
}

export default async function hostileBench(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-hostile-bench-'));
  try {
    const bomb = nestedBomb();
    const file = join(dir, 'nested-bomb.zip');
    writeFileSync(file, bomb);
    const small = measure(SMALL, 0);
    const refused = measure(file, 1);
    return {
      refuse_bomb_file_bytes: bomb.length,
      refuse_bomb_inflated_mb: 10 * 300,
      refuse_bomb_peak_mb: Math.round(refused.peakMb),
      refuse_bomb_s: round2(refused.seconds),
      small_import_peak_mb: Math.round(small.peakMb),
      small_import_s: round2(small.seconds),
      refuse_bomb_vs_small_import_peak: round2(refused.peakMb / small.peakMb),
      refuse_bomb_vs_small_import_s: round2(refused.seconds / small.seconds),
      refuse_bomb_method: `dist/cli.js import FILE --json in ${RUNS} fresh child processes each (peak RSS = the child's getrusage maxRSS, time = wall clock of the child); small import = test/fixtures/exports/youtube-studio.zip`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
