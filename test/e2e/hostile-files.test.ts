/**
 * The hostile-file corpus (scripts/hostile-corpus.ts, generated into a temp dir) through the built
 * CLI, one child process per file: each is refused with the message that names its limit, and the
 * process's peak memory stays under the file's ceiling (the reading budget is 256 MB).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeHostileCorpus, type HostileCase } from '../../scripts/hostile-corpus';
import { runMeasured } from '../helpers/max-rss';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

describe('kpi-sheets import refuses hostile files in bounded memory', () => {
  let dir: string;
  let cases: HostileCase[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-hostile-'));
    cases = makeHostileCorpus(dir);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const names = [
    'nested-bomb.zip',
    'lying-bomb.zip',
    'deep-nesting.zip',
    'unknown-300mb.csv',
    'unknown-200mb.csv',
    'duplicate-headers.csv',
    'million-columns.csv',
    'one-line-1gb.csv',
    'one-line-100mb.csv',
    'too-large.xlsx',
  ];

  it('the corpus holds every case this suite checks', () => {
    expect(cases.map((c) => c.file).sort()).toEqual([...names].sort());
  });

  it.each(names)(
    '%s: refused with its reason, within its memory ceiling',
    (file) => {
      const c = cases.find((x) => x.file === file) as HostileCase;
      const run = runMeasured([CLI, 'import', join(dir, file), '--json']);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(c.message);
      expect(run.stderr).toContain(`file "${file}`);
      expect(run.stderr).not.toMatch(/unexpected failure|please report/i);
      expect(run.peakMb).toBeLessThanOrEqual(c.maxRssMb);
    },
    120_000,
  );
});
