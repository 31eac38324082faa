/**
 * The .xlsx report as a stakeholder gets it, rendered by headless LibreOffice: printed to PDF, page 1
 * holds the summary and the whole KPI table, and no helper or workings text is printed; saved again
 * by LibreOffice, every chart of the tab (and a trend mini-chart per tile) is still a chart object
 * whose series are the tab's own cells. SheetJS and exceljs read the report back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { buildReport, type ReportResult } from '../../../src/local/report/build-report';
import { sparklineRange } from '../../../src/local/report/excel-formulas';
import { chartRef } from '../../../src/local/report/sheet-charts';
import { convertWithLibreOffice, pdfText } from '../../helpers/libreoffice';
import { fixture, readXlsx } from './support';

const CASES = [
  { template: 'linkedin-page', files: ['linkedin-page-content.xlsx', 'linkedin-page-followers.xlsx'] },
  { template: 'linkedin-ads', files: ['linkedin-campaign-manager.csv'] },
];

/** Per chart part of a package: the references of its categories and values, in order. */
function chartRefs(xlsx: Uint8Array): string[][] {
  const files = unzipSync(xlsx);
  return Object.keys(files)
    .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    .map((p) =>
      [...strFromU8(files[p]).matchAll(/<c:(cat|val)>[\s\S]*?<c:f>([^<]*)<\/c:f>/g)].map((m) =>
        m[2].replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
      ),
    );
}

/** What the plan says each chart draws: domain + series, and each sparkline's range. */
function expectedRefs(res: ReportResult): string[][] {
  const own = res.plan.title;
  // In xlsx every series carries its own categories (the chart's domain) next to its values.
  const charts = res.plan.charts.map((c) =>
    c.series.flatMap((s) => [c.domain, s.range]).map((r) => chartRef(r, own)),
  );
  const sparks = res.plan.cells
    .map((c) => (c.formula ? sparklineRange(c.formula) : undefined))
    .filter((r): r is string => r !== undefined)
    .map((r) => [chartRef(r, own)]);
  return [...charts, ...sparks];
}

const sorted = (refs: string[][]) => refs.map((r) => r.join(' | ')).sort();

describe('the .xlsx report printed and re-saved by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-print-'));
  const reports: ReportResult[] = [];

  beforeAll(async () => {
    const paths: string[] = [];
    for (const c of CASES) {
      const res = await buildReport(c.files.map(fixture), { template: c.template });
      const path = join(dir, `${c.template}.xlsx`);
      writeFileSync(path, res.bytes);
      paths.push(path);
      reports.push(res);
    }
    convertWithLibreOffice(paths, join(dir, 'pdf'), join(dir, 'profile'), 'pdf');
    convertWithLibreOffice(paths, join(dir, 'xlsx'), join(dir, 'profile'), 'xlsx');
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES.map((c, i) => [c.template, i] as const))(
    '%s: page 1 holds the summary and every row of the KPI table; workings and helpers are not printed',
    (template, i) => {
      const res = reports[i];
      const pdf = join(dir, 'pdf', `${template}.pdf`);
      const page1 = pdfText(pdf, 1);
      expect(page1).toContain(res.plan.title);
      for (const label of ['Period start', 'Period end', 'Compare with', 'KPI', 'Value', 'Target', 'Status'])
        expect(page1).toContain(label);
      const missing = res.plan.tiles.map((t) => t.label).filter((label) => !page1.includes(label));
      expect(missing).toEqual([]);
      // Each tile's value as the tab shows it: the KPI table's numbers are on page 1 too.
      const tab = res.spreadsheet.asGas().getSheetByName(res.plan.title)!;
      const shown = res.plan.tiles
        .map((t) => tab.getRange(t.valueA1).getDisplayValue())
        .filter((v) => v !== '');
      expect(shown.length).toBeGreaterThan(5);
      expect(shown.filter((v) => !page1.includes(v))).toEqual([]);
      const all = pdfText(pdf, 1, 1000);
      expect(all).not.toMatch(/Workings —|helper:/);
    },
  );

  it.each(CASES.map((c, i) => [c.template, i] as const))(
    '%s: every chart and trend mini-chart is a chart object on the right ranges, before and after LibreOffice',
    (template, i) => {
      const res = reports[i];
      const expected = sorted(expectedRefs(res));
      expect(res.plan.charts.length).toBeGreaterThan(0);
      expect(sorted(chartRefs(res.bytes))).toEqual(expected);
      const resaved = new Uint8Array(readFileSync(join(dir, 'xlsx', `${template}.xlsx`)));
      expect(sorted(chartRefs(resaved))).toEqual(expected);
    },
  );

  it.each(CASES.map((c, i) => [c.template, i] as const))(
    '%s: SheetJS and exceljs read the report back, with its print setup',
    async (_template, i) => {
      const res = reports[i];
      const sheetjs = XLSX.read(res.bytes);
      expect(sheetjs.SheetNames[0]).toBe(res.plan.title);
      const wb = await readXlsx(res.bytes);
      const ws = wb.getWorksheet(res.plan.title)!;
      expect(ws.pageSetup).toMatchObject({
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `1:${res.plan.frozenRows}`,
      });
      expect(ws.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?[A-Z]+\$?\d+$/);
    },
  );
});
