/**
 * What the server bundle is made of (esbuild metafile, same options as the build). Every custom-function
 * cell loads all of Code.js, so the KPI-tab templates run in the sidebar and never ship to the server.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('the server bundle (dist/Code.js before its generated stubs)', () => {
  const { inputs } = JSON.parse(
    execFileSync(process.execPath, [join(root, 'scripts/bundle-inputs.mjs'), '--json'], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as { bytes: number; inputs: Record<string, number> };

  it('holds the KPI registry, the applier and the plan check', () => {
    expect(Object.keys(inputs)).toEqual(
      expect.arrayContaining(['src/kpi/registry.ts', 'src/gas/applier.ts', 'src/model/sheet-plan-schema.ts']),
    );
  });

  it('carries nothing from src/templates (plans are built in the sidebar), sidebar/ or src/local', () => {
    expect(Object.keys(inputs).filter((p) => /^(src\/templates|sidebar|src\/local)\//.test(p))).toEqual([]);
  });
});
