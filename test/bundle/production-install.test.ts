/**
 * `npm install --omit=dev && npx kpi-sheets import FILE` on a clean clone: a checkout without dist/
 * whose node_modules holds only the packages package-lock.json installs without dev dependencies
 * (linked from the shared install). The bin builds dist/ with esbuild, then import and report run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT as root, sourceCheckout } from './checkout';

const FIX = join(root, 'test', 'fixtures', 'exports');

/** `node_modules/…` paths of the packages a production install puts on disk (top level; nested ones come with their parent). */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, p]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !p.dev)
    .map(([path]) => path);
}

describe('a production install runs the CLI', () => {
  let checkout = '';
  const run = (args: string[]) =>
    execFileSync(process.execPath, [join(checkout, 'bin', 'kpi-sheets.js'), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: checkout,
    });

  beforeAll(() => {
    checkout = sourceCheckout('kpi-sheets-prod-');
    for (const path of productionPackages()) {
      if (!existsSync(join(root, path))) continue; // an optional package for another platform
      mkdirSync(dirname(join(checkout, path)), { recursive: true });
      symlinkSync(join(root, path), join(checkout, path), 'dir');
    }
  });
  afterAll(() => {
    if (checkout) rmSync(checkout, { recursive: true, force: true });
  });

  it('leaves the dev tools out (the check below would pass with them)', () => {
    const packages = productionPackages();
    expect(packages).not.toContain('node_modules/jest');
    expect(packages).not.toContain('node_modules/tsx');
    expect(packages).toEqual(
      expect.arrayContaining(['node_modules/esbuild', 'node_modules/exceljs', 'node_modules/hyperformula']),
    );
  });

  it('kpi-sheets import FILE --json builds dist/ and prints the tables', () => {
    const doc = JSON.parse(run(['import', join(FIX, 'x-tweet-activity.csv'), '--json']));
    expect(doc.files[0].format).toBe('x-tweet-activity');
  }, 120_000);

  it('kpi-sheets report writes an .xlsx (exceljs and hyperformula at run time)', () => {
    const out = join(checkout, 'report.xlsx');
    run(['report', join(FIX, 'linkedin-campaign-manager.csv'), '--template', 'linkedin-ads', '-o', out]);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 120_000);
});
