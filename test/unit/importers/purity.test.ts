import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The import core runs in the browser sidebar and in Node; model code also runs in Apps Script. */
const ROOT = join(__dirname, '..', '..', '..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

/** Source without comments and string literals (which may mention `document` or `#,##0`). */
const code = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");

describe('the import core has no platform dependencies', () => {
  const core = [...files(join(ROOT, 'src/importers')), ...files(join(ROOT, 'src/model'))];

  it.each(core.map((p) => [relative(ROOT, p)]))(
    '%s imports nothing from gas/local/sidebar and uses no Node or Apps Script globals',
    (rel) => {
      const src = code(join(ROOT, rel));
      const imports = [...readFileSync(join(ROOT, rel), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const i of imports)
        expect(i).not.toMatch(/^(node:|fs$|path$|os$|child_process$)|(^|\/)(gas|local|sidebar)\//);
      expect(src).not.toMatch(/\b(Buffer|process|require|SpreadsheetApp|document|window)\b/);
    },
  );

  it('model code that Apps Script bundles avoids TextDecoder, #private and static fields', () => {
    for (const p of files(join(ROOT, 'src/model'))) {
      const src = code(p);
      expect(src).not.toMatch(/\bTextDecoder\b|#\w+|\bstatic\s+\w+\s*=/);
    }
  });
});
