/**
 * `npm run bench`: runs every bench/*.bench.ts (each default-exports an async function returning
 * named figures, ratios measured against a baseline in the same run) and prints one JSON object.
 * Each bench file runs in its own Node process, so one area's heap and JIT state (the import bench
 * leaves hundreds of MB behind) cannot skew another's timings.
 * `npx tsx scripts/bench.ts kpi import` runs only the files whose names contain those words.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(__dirname, '..', 'bench');
/** Prefix of the child's result line; anything else a bench prints is passed on to stderr. */
const MARK = '@@bench-result@@';

async function runOne(file: string): Promise<void> {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  const run = (mod.default?.default ?? mod.default) as () => Promise<Record<string, unknown>>;
  process.stdout.write(`\n${MARK}${JSON.stringify(await run())}\n`);
}

function runAll(only: string[]): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const out: Record<string, unknown> = {};
  for (const f of files) {
    const json = execFileSync(process.execPath, [...process.execArgv, __filename, '--one', f], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines = json.split('\n');
    const result = lines.find((l) => l.startsWith(MARK));
    const chatter = lines.filter((l) => l && !l.startsWith(MARK)).join('\n');
    if (chatter) console.error(chatter);
    if (!result) throw new Error(`bench/${f} printed no result`);
    Object.assign(out, JSON.parse(result.slice(MARK.length)));
  }
  console.log(JSON.stringify(out, null, 2));
}

const args = process.argv.slice(2);
(args[0] === '--one' ? runOne(args[1]) : Promise.resolve(runAll(args))).catch((e) => {
  console.error(e);
  process.exit(1);
});
