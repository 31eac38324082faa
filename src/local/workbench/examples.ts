/** The sample exports shipped in examples/, offered as one-click loads in the workbench. */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExampleFile } from './types';

const EXT = /\.(csv|tsv|txt|xls|xlsx|zip)$/i;

/** examples/README.md lines like "- `file.xlsx` — what it is" describe the files. */
function descriptions(dir: string): Record<string, string> {
  const readme = join(dir, 'README.md');
  if (!existsSync(readme)) return {};
  const out: Record<string, string> = {};
  for (const m of readFileSync(readme, 'utf8').matchAll(/^- `([^`]+)` — (.+)$/gm)) out[m[1]] = m[2].trim();
  return out;
}

export function listExamples(dir: string): ExampleFile[] {
  if (!existsSync(dir)) return [];
  const desc = descriptions(dir);
  return readdirSync(dir)
    .filter((f) => EXT.test(f))
    .sort()
    .map((name) => ({ name, size: statSync(join(dir, name)).size, description: desc[name] ?? name }));
}

/** Bytes of one example, or null when the name is not a listed example (no path tricks). */
export function readExample(dir: string, name: string): Uint8Array | null {
  if (basename(name) !== name || !EXT.test(name)) return null;
  const file = join(dir, name);
  return existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
}
