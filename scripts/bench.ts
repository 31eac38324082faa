/**
 * `npm run bench`: runs every bench/*.bench.ts (each default-exports an async function returning
 * named figures, ratios measured against a baseline in the same run) and prints one JSON object.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

async function main(): Promise<void> {
  const dir = resolve(__dirname, '..', 'bench');
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const out: Record<string, unknown> = {};
  for (const f of files) {
    const mod = await import(pathToFileURL(join(dir, f)).href);
    const run = (mod.default?.default ?? mod.default) as () => Promise<Record<string, unknown>>;
    Object.assign(out, await run());
  }
  console.log(JSON.stringify(out, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
