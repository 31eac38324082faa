import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/local/cli';
import { formatsCommand } from '../../src/local/cli/formats';
import { importCommand } from '../../src/local/cli/import';

const ROOT = join(__dirname, '..', '..');
const FIX = join(ROOT, 'test', 'fixtures', 'exports');

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    readFile: (p) => new Uint8Array(readFileSync(p)),
  };
}

describe('kpi-sheets import', () => {
  it('--json prints exactly one JSON object with files → format, platform, confidence, tables, skipped, issues', async () => {
    const io = capture();
    const code = await importCommand.run(
      [join(FIX, 'x-tweet-activity.csv'), join(FIX, 'youtube-studio.zip'), '--json'],
      io,
    );
    expect(code).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(io.stdout).toHaveLength(1);
    const doc = JSON.parse(io.stdout[0]);
    expect(Object.keys(doc)).toEqual(['files']);
    expect(doc.files.map((f: { format: string }) => f.format)).toEqual([
      'x-tweet-activity',
      'youtube-studio',
    ]);
    const x = doc.files[0];
    expect(Object.keys(x)).toEqual([
      'file',
      'format',
      'platform',
      'confidence',
      'tables',
      'skipped',
      'issues',
    ]);
    expect(x.file).toBe(join(FIX, 'x-tweet-activity.csv'));
    expect(x.tables.posts.rows).toHaveLength(25);
    expect(x.tables.posts.columns[0]).toBe('platform');
    expect(Object.keys(doc.files[1].tables).sort()).toEqual(['daily', 'posts']);
  });

  it('prints a readable summary with the detected format, evidence and a preview of each table', async () => {
    const io = capture();
    expect(await importCommand.run([join(FIX, 'ga4-traffic-acquisition.csv')], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('ga4-traffic-acquisition.csv: ga4 (google-analytics), confidence 0.79');
    expect(text).toContain('table web: 98 rows × 13 columns');
    expect(text).toContain('skipped: file "ga4-traffic-acquisition.csv", row 8: report total row');
  });

  it('--format forces a format', async () => {
    const io = capture();
    expect(
      await importCommand.run([join(FIX, 'generic-posts.tsv'), '--format', 'generic', '--json'], io),
    ).toBe(0);
    expect(JSON.parse(io.stdout[0]).files[0].format).toBe('generic');
  });

  it('fails with exit 1, one clear stderr line per bad file and nothing on stdout when any file fails', async () => {
    const io = capture();
    const code = await importCommand.run(
      [
        join(FIX, 'x-tweet-activity.csv'),
        join(FIX, 'missing.csv'),
        join(FIX, 'password-protected.xlsx'),
        '--json',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(io.stdout).toEqual([]);
    expect(io.stderr[0]).toContain('cannot read "');
    expect(io.stderr[0]).toContain('missing.csv": no such file');
    expect(io.stderr[1]).toContain('the workbook is password-protected');
    expect(io.stderr[2]).toBe(
      'kpi-sheets import: 2 of 3 file(s) could not be imported; nothing was printed.',
    );
  });

  it('exits 2 with usage when no file or an unknown option is given', async () => {
    const io = capture();
    expect(await importCommand.run([], io)).toBe(2);
    expect(await importCommand.run(['a.csv', '--bogus'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain(
      'Usage: kpi-sheets import FILE… [--format ID] [--date-order dmy|mdy] [--json]',
    );
  });

  it('--date-order dmy reads dates that fit both orders day first, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-'));
    const path = join(dir, 'ambiguous.csv');
    writeFileSync(path, 'Date,Impressions\n01/02/2026,5\n03/04/2026,6\n');
    const io = capture();
    expect(await importCommand.run([path, '--date-order', 'dmy', '--json'], io)).toBe(0);
    const file = JSON.parse(io.stdout[0]).files[0];
    expect(
      file.tables.daily.rows.map((r: unknown[]) => r[file.tables.daily.columns.indexOf('date')]),
    ).toEqual(['2026-02-01', '2026-04-03']);
    expect(file.issues[0]).toMatchObject({
      level: 'warning',
      message: expect.stringContaining('day/month/year'),
    });
    expect(await importCommand.run([path, '--date-order', 'ymd'], capture())).toBe(2);
  });
});

describe('kpi-sheets formats', () => {
  it('lists every format id with its platform', async () => {
    const io = capture();
    expect(await formatsCommand.run([], io)).toBe(0);
    for (const id of ['linkedin-page-content', 'meta-insights', 'tiktok-studio', 'ga4', 'generic'])
      expect(io.stdout[0]).toContain(id);
    const json = capture();
    await formatsCommand.run(['--json'], json);
    expect(JSON.parse(json.stdout[0]).formats.length).toBe(18);
  });
});

describe('the CLI as a process', () => {
  const tsx = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/local/cli.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('runs `import --json` from source and prints only JSON on stdout', () => {
    const r = tsx(['import', join(FIX, 'meta-insights-views.csv'), '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files[0].tables.daily.rows).toHaveLength(92);
  });

  it('exits non-zero with a clear stderr message for an unknown command and for a bad file', () => {
    const unknown = tsx(['bogus']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "bogus"');
    const bad = tsx(['import', join(FIX, 'empty.csv')]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('the file is empty');
  });

  it('runs through the package bin (dist/cli.js built by the build)', () => {
    const out = execFileSync(
      process.execPath,
      [join(ROOT, 'bin/kpi-sheets.js'), 'import', join(FIX, 'x-account-overview.csv'), '--json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(JSON.parse(out).files[0].format).toBe('x-account-overview');
  });
});
