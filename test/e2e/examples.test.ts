/**
 * The sample exports the workbench offers with one click: each one is described, reads as its
 * platform's format (never the generic fallback) and yields rows — so a new user's first click works.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../src/importers';
import { listExamples } from '../../src/local/workbench/examples';
import { ROOT } from './browser';

const DIR = join(ROOT, 'examples');
const files = readdirSync(DIR).filter((f) => f !== 'README.md');

describe('examples/', () => {
  it('offers every sample file, each with a description from examples/README.md', () => {
    const listed = listExamples(DIR);
    expect(listed.map((e) => e.name).sort()).toEqual([...files].sort());
    for (const e of listed)
      expect({ name: e.name, described: e.description !== e.name }).toEqual({
        name: e.name,
        described: true,
      });
  });

  it.each(files)('%s is read as its platform format with rows to import', (file) => {
    const r = importFile(file, new Uint8Array(readFileSync(join(DIR, file))));
    expect(r.format).not.toBe('generic');
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.tables.reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThan(0);
  });
});
