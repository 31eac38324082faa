/**
 * The package bin (`kpi-sheets`) runs the bundled CLI; on a fresh checkout without dist/ it
 * builds first, keeping the build's own output off stdout (so `--json` stays parseable).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT as root, sourceCheckout } from './checkout';

describe('bin/kpi-sheets.js', () => {
  let checkout = '';

  beforeAll(() => {
    checkout = sourceCheckout('kpi-sheets-bin-');
    symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  });

  afterAll(() => {
    if (checkout) rmSync(checkout, { recursive: true, force: true });
  });

  it('builds dist/cli.js when it is missing, then runs it with the given arguments', () => {
    expect(existsSync(join(checkout, 'dist', 'cli.js'))).toBe(false);
    const out = execFileSync(process.execPath, [join(checkout, 'bin', 'kpi-sheets.js'), '--help'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(existsSync(join(checkout, 'dist', 'cli.js'))).toBe(true);
    expect(existsSync(join(checkout, 'dist', 'Code.js'))).toBe(true);
    expect(out).toContain('kpi-sheets'); // the CLI's own usage text
    expect(out).not.toContain('build:');
  });
});
