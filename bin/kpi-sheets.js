#!/usr/bin/env node
// Package bin: runs the bundled CLI (dist/cli.js), building it first on a fresh checkout.
const { existsSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');

if (!existsSync(cli)) {
  try {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch {
    console.error('kpi-sheets: the build failed (see above); run `npm run build` in ' + root);
    process.exit(1);
  }
  if (!existsSync(cli)) {
    console.error('kpi-sheets: the build did not produce dist/cli.js (src/local/cli.ts is missing)');
    process.exit(1);
  }
}
require(cli);
