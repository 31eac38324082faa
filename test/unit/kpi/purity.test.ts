/**
 * The KPI core runs unchanged in Apps Script, the browser and Node, so src/cells and src/kpi are
 * pure: no imports from the shells (gas, local, sidebar) or Node, no platform globals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const files = ['src/cells', 'src/kpi'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f)),
);
/** Code without comments and string contents, so prose never trips the check. */
const code = (f: string) =>
  readFileSync(join(ROOT, f), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

describe('the KPI core is pure', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s imports only the core and data packages', (f) => {
    const imports = [...code(f).matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const i of imports) {
      expect(i).not.toMatch(/^node:|\/(gas|local|sidebar)(\/|$)/);
      if (!i.startsWith('.')) expect(i).toMatch(/^sentiment\/.*\.json$/);
    }
  });

  it.each(files)('%s uses no platform globals', (f) => {
    const src = code(f).replace(/'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*"/g, "''");
    for (const g of [
      'process',
      'Buffer',
      'require',
      'window',
      'document',
      'SpreadsheetApp',
      'setTimeout',
      'fetch',
      'TextDecoder',
      'Utilities',
    ]) {
      expect(src).not.toMatch(new RegExp(`\\b${g}\\b`));
    }
    expect(src).not.toMatch(/#[a-z]\w*\s*[;=(]/); // no #private class members (Apps Script)
    expect(src).not.toMatch(/\bstatic\s+\w+\s*[=;]/); // no static class fields (Apps Script)
  });
});
