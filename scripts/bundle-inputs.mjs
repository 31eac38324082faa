/**
 * What dist/Code.js is made of, from an esbuild metafile over the same options as the build:
 * `node scripts/bundle-inputs.mjs` prints KiB per source folder; `--json` prints
 * { bytes, inputs: { path: bytesInOutput } } (test/bundle/server-inputs.test.ts reads it).
 */
import { build } from 'esbuild';
import { relative } from 'node:path';
import { SERVER_OPTIONS } from './build.mjs';

const out = await build({ ...SERVER_OPTIONS, metafile: true });
const [output] = Object.values(out.metafile.outputs);
const inputs = {};
for (const [path, info] of Object.entries(output.inputs)) {
  // node_modules may be a symlink to a shared install: name packages by their node_modules path.
  const at = path.lastIndexOf('node_modules/');
  inputs[at >= 0 ? path.slice(at) : relative(process.cwd(), path)] = info.bytesInOutput;
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ bytes: output.bytes, inputs }));
} else {
  const byFolder = {};
  for (const [path, bytes] of Object.entries(inputs)) {
    const folder = path.split('/').slice(0, 2).join('/');
    byFolder[folder] = (byFolder[folder] ?? 0) + bytes;
  }
  for (const [folder, bytes] of Object.entries(byFolder).sort((a, b) => b[1] - a[1]))
    console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KiB  ${folder}`);
  console.log(`${(output.bytes / 1024).toFixed(1).padStart(7)} KiB  bundle before the generated stubs`);
}
