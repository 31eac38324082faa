/** `kpi-sheets report`: argument checks with usage, and a written .xlsx with a one-line summary. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportCommand } from '../../../src/local/cli/report';
import type { CliIO } from '../../../src/local/cli';
import { FIXTURES, readXlsx } from './support';

function io(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => void stdout.push(t),
    err: (t) => void stderr.push(t),
    readFile: (p) => new Uint8Array(readFileSync(p)),
  };
}

describe('kpi-sheets report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every missing or malformed argument with the usage line (exit 2)', async () => {
    const o = io();
    expect(await reportCommand.run(['--from', '31/07/2025', '--compare', 'week'], o)).toBe(2);
    const msg = o.stderr.join('\n');
    for (const part of [
      'no input file given',
      '--template is required',
      '-o report.xlsx is required',
      '--from "31/07/2025" is not a date',
      '--compare "week" must be previous or year',
      'Usage: kpi-sheets report',
    ]) {
      expect(msg).toContain(part);
    }
    expect(o.stdout).toEqual([]);
  });

  it('writes the report for a period and says what it wrote', async () => {
    const o = io();
    const out = join(dir, 'ads.xlsx');
    const code = await reportCommand.run(
      [
        join(FIXTURES, 'linkedin-campaign-manager.csv'),
        '--template',
        'linkedin-ads',
        '--from',
        '2026-07-01',
        '--to',
        '2026-07-28',
        '--compare',
        'year',
        '-o',
        out,
      ],
      o,
    );
    expect(code).toBe(0);
    expect(o.stdout.join('')).toMatch(
      /Wrote .*ads\.xlsx: "LinkedIn Ads KPIs" for 2026-07-01 … 2026-07-28 \(Data · Campaigns: \d+ rows\)/,
    );
    const wb = await readXlsx(new Uint8Array(readFileSync(out)));
    const start = wb.definedNames.model.find((n) => n.name === 'LINKEDIN_ADS_PERIOD_START');
    expect(start).toBeDefined();
    const [sheet, cell] = start!.ranges[0].split('!');
    expect(wb.getWorksheet(sheet.replace(/^'|'$/g, ''))!.getCell(cell.replace(/\$/g, '')).value).toEqual(
      new Date('2026-07-01T00:00:00Z'),
    );
  });

  it('fails with a clear message and writes nothing for an unknown template', async () => {
    const o = io();
    const out = join(dir, 'none.xlsx');
    await expect(
      reportCommand.run(
        [join(FIXTURES, 'linkedin-campaign-manager.csv'), '--template', 'nope', '-o', out],
        o,
      ),
    ).rejects.toThrow(/Unknown template "nope"\. Choose one of: linkedin-page/);
    expect(existsSync(out)).toBe(false);
  });
});
