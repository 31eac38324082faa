/**
 * The .xlsx report of the social-selling tab built from the LinkedIn member export: no private
 * value (names, e-mails, notes, subjects, message text) is in the file, and LibreOffice,
 * recalculating every formula itself, gets the LinkedIn block the KPI registry gets on the rows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import { buildReport, type ReportResult } from '../../../src/local/report/build-report';
import { comparePeriod } from '../../../src/templates/period';
import { smallExport } from '../../fixtures/linkedin-member';
import { recalcWithLibreOffice } from '../../helpers/libreoffice';
import { objects, reference } from '../../helpers/linkedin-reference';
import { fixture } from './support';

const ZIP = 'Basic_LinkedInDataExport_01-05-2026.zip';
const NO_KEYWORDS = { companies: [], titles: [], industries: [] };

describe('social-selling report from the LinkedIn member export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-member-report-'));
  let res: ReportResult;
  let cached: ReportResult;
  let recalculated: XLSX.WorkBook;

  beforeAll(async () => {
    const opts = { template: 'social-selling', from: '2025-12-01', to: '2025-12-28' };
    res = await buildReport([fixture(ZIP)], { ...opts, cachedValues: false });
    cached = await buildReport([fixture(ZIP)], opts);
    writeFileSync(join(dir, 'member.xlsx'), res.bytes);
    recalcWithLibreOffice([join(dir, 'member.xlsx')], join(dir, 'out'), join(dir, 'profile'));
    recalculated = XLSX.read(readFileSync(join(dir, 'out', 'member.xlsx')));
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds no name, e-mail, note, subject or message text anywhere in the file', () => {
    // Every XML part of the package, cached values included: shared strings, sheets, comments.
    const text = Object.values(unzipSync(cached.bytes))
      .map((b) => new TextDecoder().decode(b))
      .join('\n');
    const escaped = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const leaked = smallExport().secrets.filter((s) => text.includes(s) || text.includes(escaped(s)));
    expect(leaked).toEqual([]);
    expect(text).toContain('linkedin.com/in/'); // the profile URLs are there: the search reads real content
  });

  it('recalculates in LibreOffice to the registry’s numbers for the period and its comparison', () => {
    const ws = recalculated.Sheets[res.plan.title];
    const head = Number(res.plan.cells.find((c) => c.value === 'LinkedIn activity')!.a1.slice(1));
    const tables = res.imports.flatMap((r) => r.tables);
    const net = objects(tables.find((t) => t.table === 'network')!);
    const conv = objects(tables.find((t) => t.table === 'conversations')!);
    const cmp = comparePeriod('2025-12-01', '2025-12-28', 'previous');
    const want = {
      B: reference(NO_KEYWORDS, net, conv, '2025-12-01', '2025-12-28'),
      C: reference(NO_KEYWORDS, net, conv, cmp.start, cmp.end),
    };
    for (const col of ['B', 'C'] as const) {
      want[col].forEach((expected, i) => {
        const cell = ws[`${col}${head + 1 + i}`] as XLSX.CellObject | undefined;
        const got = cell?.v === undefined || cell.v === null ? '' : cell.v;
        const where = `${String((ws[`A${head + 1 + i}`] as XLSX.CellObject).v)} ${col}`;
        if (typeof expected === 'string') expect({ where, got }).toEqual({ where, got: expected });
        else
          expect({ where, diff: typeof got === 'number' ? Math.abs(got - expected) <= 1e-9 : got }).toEqual({
            where,
            diff: true,
          });
      });
    }
  });
});
