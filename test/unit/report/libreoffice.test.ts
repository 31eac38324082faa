/**
 * The .xlsx report recalculated headlessly by LibreOffice (written WITHOUT cached values, so every
 * number read back was computed by LibreOffice) equals the KPI registry computed directly on the
 * canonical rows, for the period and the comparison period.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeRows } from '../../../src/model/merge';
import type { CanonicalTable, TableName } from '../../../src/model/schema';
import { buildReport, type ReportResult } from '../../../src/local/report/build-report';
import { getTemplate } from '../../../src/templates';
import { missingFor } from '../../../src/templates/formulas';
import { comparePeriod } from '../../../src/templates/period';
import type { KpiTemplate } from '../../../src/templates/types';
import { oracleCtx } from '../templates/helpers/fill';
import { tileValue, type RefWindow } from '../templates/helpers/reference';
import * as XLSX from '@e965/xlsx';
import { recalcWithLibreOffice } from '../../helpers/libreoffice';
import { fixture } from './support';

// fastRows 10: the data tabs of the first case take the xlsx fast path (rows written as raw XML).
const CASES = [
  {
    template: 'linkedin-page',
    files: ['linkedin-page-content.xlsx', 'linkedin-page-followers.xlsx'],
    fastRows: 10,
  },
  { template: 'linkedin-ads', files: ['linkedin-campaign-manager.csv'], fastRows: undefined },
];

function mergedTables(res: ReportResult): Partial<Record<TableName, CanonicalTable>> {
  const out: Partial<Record<TableName, CanonicalTable>> = {};
  for (const r of res.imports)
    for (const t of r.tables) out[t.table] = mergeRows(out[t.table] ?? null, t).table;
  return out;
}

describe('LibreOffice recalculation of the xlsx report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-report-'));
  // Read back with SheetJS: exceljs' reader drops cached results equal to 0.
  const reports: { res: ReportResult; template: KpiTemplate; recalculated: XLSX.WorkBook }[] = [];

  beforeAll(async () => {
    const paths: string[] = [];
    for (const c of CASES) {
      const res = await buildReport(c.files.map(fixture), {
        template: c.template,
        cachedValues: false,
        fastRows: c.fastRows,
      });
      const path = join(dir, `${c.template}.xlsx`);
      writeFileSync(path, res.bytes);
      paths.push(path);
      reports.push({ res, template: getTemplate(c.template), recalculated: undefined as never });
    }
    recalcWithLibreOffice(paths, join(dir, 'out'), join(dir, 'profile'));
    for (const [i, c] of CASES.entries()) {
      reports[i].recalculated = XLSX.read(readFileSync(join(dir, 'out', `${c.template}.xlsx`)));
    }
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES.map((c, i) => [c.template, i] as const))(
    '%s: KPI tiles equal the registry on the canonical rows',
    (_name, i) => {
      const { res, template, recalculated } = reports[i];
      const ws = recalculated.Sheets[res.plan.title];
      const read = (a1: string): number | string => {
        const cell = ws[a1] as XLSX.CellObject | undefined;
        // Every formula cell must carry a value computed by LibreOffice (the file was written without any).
        expect({ a1, hasFormula: Boolean(cell?.f), hasValue: cell?.v !== undefined }).toEqual({
          a1,
          hasFormula: true,
          hasValue: true,
        });
        const v = cell?.v;
        return typeof v === 'number' ? v : v === undefined || v === null ? '' : String(v);
      };
      const spec = template.spec(res.schema);
      const ctx = oracleCtx(res.schema, spec);
      const data = { tables: mergedTables(res) };
      const cur: RefWindow = { start: res.period.start, end: res.period.end, period: 'current' };
      const cmp: RefWindow = {
        ...comparePeriod(res.period.start, res.period.end, 'previous'),
        period: 'compare',
      };
      let numbers = 0;
      for (const m of spec.metrics) {
        const tile = res.plan.tiles.find((t) => t.key === m.key)!;
        for (const [a1, w] of [[tile.valueA1, cur], ...(m.noCompare ? [] : [[tile.compareA1, cmp]])] as [
          string,
          RefWindow,
        ][]) {
          const want = missingFor(m.expr, ctx).length ? '' : tileValue(m.expr, data, ctx, w);
          const got = read(a1);
          if (typeof want === 'number') {
            numbers++;
            expect({
              tile: m.key,
              a1,
              got: typeof got === 'number' && Math.abs(got - want) <= 1e-9 ? want : got,
            }).toEqual({ tile: m.key, a1, got: want });
          } else {
            expect({ tile: m.key, a1, got }).toEqual({ tile: m.key, a1, got: want });
          }
        }
      }
      // Enough tiles carried numbers for the comparison to mean something.
      expect(numbers).toBeGreaterThanOrEqual(10);
    },
  );
});
