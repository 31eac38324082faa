/** The .xlsx report: native formulas with cached values, named ranges, formats, styles — and user text never becomes a formula. */
import { writeTable } from '../../../src/gas/writer';
import { createSpreadsheet, installGlobals } from '../../../src/local/emulator';
import { buildReport } from '../../../src/local/report/build-report';
import { spreadsheetToXlsx } from '../../../src/local/report/xlsx';
import { toExcelFormula } from '../../../src/local/report/excel-formulas';
import { relocateFormula, sideOf } from '../../../src/local/report/calc-sheet';
import { helperRects } from '../../../src/local/report/print-layout';
import { a1ToRect } from '../../../src/local/emulator/a1';
import { TABLES, type CanonicalValue } from '../../../src/model/schema';
import * as XLSX from '@e965/xlsx';
import { fixture, formulasOf, isFormula, readXlsx } from './support';

const INJECTIONS = [
  '=HYPERLINK("http://x","click")',
  '+1',
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  "=cmd|' /C calc'!A0",
  '=IMPORTXML("http://e","//a")',
];

describe('xlsx formula dialect', () => {
  it('drops the "=", closes open-ended ranges and prefixes Excel 2010+ functions', () => {
    expect(toExcelFormula(`=MAXIFS('Data · Daily'!L2:L,'Data · Daily'!D2:D,"<="&PERIOD_END)`)).toBe(
      `_xlfn.MAXIFS('Data · Daily'!L2:L1048576,'Data · Daily'!D2:D1048576,"<="&PERIOD_END)`,
    );
    expect(toExcelFormula('=IFERROR(SUM(A:A),"MAXIFS(x)")')).toBe('IFERROR(SUM(A:A),"MAXIFS(x)")');
  });
});

describe('spreadsheetToXlsx', () => {
  it('keeps injection payloads from imported text as text cells', async () => {
    const ss = createSpreadsheet();
    installGlobals(globalThis, ss);
    const cols = TABLES.posts.columns.map((c) => c.name);
    const rows = INJECTIONS.map((title, i) =>
      cols.map(
        (c): CanonicalValue =>
          ({ platform: 'linkedin', post_id: `p${i}`, title, impressions: 10 })[c] ?? null,
      ),
    );
    writeTable(ss.asGas(), { table: 'posts', columns: cols, rows });
    const wb = await readXlsx(await spreadsheetToXlsx(ss));
    const ws = wb.getWorksheet(TABLES.posts.tab)!;
    expect(formulasOf(ws)).toEqual({});
    const titleCol = cols.indexOf('title') + 1;
    expect(INJECTIONS.map((_, i) => ws.getCell(i + 2, titleCol).value)).toEqual(INJECTIONS);
    expect(wb.worksheets.map((w) => w.name)).not.toContain(expect.stringMatching(/staging/));
  });
});

describe('kpi-sheets report (buildReport)', () => {
  let wb: Awaited<ReturnType<typeof readXlsx>>;
  let res: Awaited<ReturnType<typeof buildReport>>;
  beforeAll(async () => {
    res = await buildReport(
      [fixture('linkedin-page-content.xlsx'), fixture('linkedin-page-followers.xlsx')],
      { template: 'linkedin-page' },
    );
    wb = await readXlsx(res.bytes);
  });

  const calcName = () => `${res.plan.title} – workings`;

  it('puts the KPI tab first, then the data tabs, then the hidden calculation sheet, without the blank starter sheet', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      res.plan.title,
      TABLES.daily.tab,
      TABLES.posts.tab,
      calcName(),
    ]);
    expect(wb.worksheets.map((w) => w.state)).toEqual(['visible', 'visible', 'visible', 'hidden']);
  });

  it('has every KPI formula of the plan as a native formula with a cached result, helpers on the calculation sheet', () => {
    const ws = wb.getWorksheet(res.plan.title)!;
    const calc = wb.getWorksheet(calcName())!;
    const rel = { tab: res.plan.title, calc: calcName(), rects: helperRects(res.plan) };
    const portable = res.plan.cells.filter((c) => c.formula && !c.googleOnly);
    expect(portable.length).toBeGreaterThan(20);
    let moved = 0;
    for (const c of portable) {
      const side = sideOf(a1ToRect(c.a1, res.plan.rowCount, res.plan.columnCount), rel, c.a1);
      if (side === 'calc') moved++;
      const v = (side === 'calc' ? calc : ws).getCell(c.a1).value;
      const other = side === 'calc' ? ws : calc;
      expect({ a1: c.a1, formula: isFormula(v) ? v.formula : v, left: other.getCell(c.a1).value }).toEqual({
        a1: c.a1,
        formula: relocateFormula(toExcelFormula(c.formula!), side, rel),
        left: null,
      });
    }
    expect(moved).toBeGreaterThan(20);
    const tile = res.plan.tiles.find((t) => t.key === 'IMPRESSIONS')!;
    const cachedValue = (ws.getCell(tile.valueA1).value as { result?: unknown }).result;
    expect(cachedValue).toBe(
      res.spreadsheet.asGas().getRangeByName('LINKEDIN_PAGE_KPI_IMPRESSIONS')!.getValue(),
    );
  });

  it('replaces Google-only cells by their portable substitute', () => {
    const ws = wb.getWorksheet(res.plan.title)!;
    const googleOnly = res.plan.cells.filter((c) => c.googleOnly);
    expect(googleOnly.length).toBeGreaterThan(0);
    for (const c of googleOnly) {
      const v = ws.getCell(c.a1).value;
      if (c.portable?.formula) expect(isFormula(v) && v.formula).toBe(toExcelFormula(c.portable.formula));
      else expect(v ?? '').toBe(c.portable?.value ?? '');
    }
  });

  it('defines every named range of the plan', () => {
    const names = Object.fromEntries(wb.definedNames.model.map((n) => [n.name, n.ranges[0]]));
    for (const n of res.plan.namedRanges) {
      const abs = n.a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2').replace(/^(\$[A-Z]+\$\d+):\1$/, '$1');
      expect(names[n.name]).toBe(`'${res.plan.title}'!${abs}`);
    }
  });

  it('keeps number formats, styles, frozen panes, widths and conditional formats', () => {
    const ws = wb.getWorksheet(res.plan.title)!;
    const formatted = res.plan.cells.find((c) => c.format === '0.00%')!;
    expect(ws.getCell(formatted.a1).numFmt).toBe('0.00%');
    const bold = res.plan.cells.find((c) => c.style?.bold)!;
    expect(ws.getCell(bold.a1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: res.plan.frozenRows });
    expect(ws.getColumn('A').width).toBeCloseTo((res.plan.columnWidths.A - 5) / 7, 1);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(cf.length).toBe(res.plan.conditionalRules.length);
    const data = wb.getWorksheet(TABLES.daily.tab)!;
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('keeps the injection payload title of the fixture as text', () => {
    const ws = wb.getWorksheet(TABLES.posts.tab)!;
    expect(formulasOf(ws)).toEqual({});
    const titleCol = (ws.getRow(1).values as unknown[]).indexOf('title');
    const titles = (ws.getColumn(titleCol).values as unknown[]).filter((v) => typeof v === 'string');
    expect(titles).toContain('=HYPERLINK("http://x","click")');
  });

  it('explains bad arguments clearly', async () => {
    await expect(buildReport([fixture('linkedin-page-content.xlsx')], { template: 'nope' })).rejects.toThrow(
      /Unknown template "nope"/,
    );
    await expect(buildReport([fixture('empty.csv')], { template: 'linkedin-page' })).rejects.toThrow(
      /empty\.csv/,
    );
  });
});

describe('big data tabs (fast XML path)', () => {
  it('writes every row with its values, number formats and text intact', async () => {
    const ss = createSpreadsheet();
    installGlobals(globalThis, ss);
    const cols = TABLES.posts.columns.map((c) => c.name);
    const rows = Array.from({ length: 300 }, (_, i) =>
      cols.map(
        (c): CanonicalValue =>
          ({
            platform: 'linkedin',
            post_id: `7${String(i).padStart(18, '0')}`,
            published_at: i % 2 ? '2025-07-20T18:42:00Z' : '2025-07-21',
            title: INJECTIONS[i % INJECTIONS.length] + (i % 3 ? ' & <b>' : ''),
            impressions: i * 10,
            ctr_reported: i / 1000,
          })[c] ?? null,
      ),
    );
    writeTable(ss.asGas(), { table: 'posts', columns: cols, rows });
    const bytes = await spreadsheetToXlsx(ss, { fastRows: 100 });
    const wb = XLSX.read(bytes, { cellNF: true });
    const ws = wb.Sheets[TABLES.posts.tab];
    expect(ws['!ref']).toBe(`A1:${XLSX.utils.encode_col(cols.length - 1)}${rows.length + 1}`);
    const grid = ss.toGrid(TABLES.posts.tab, { rowCount: 1000 });
    const at = (r: number, c: number) => ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
    for (let r = 0; r <= rows.length; r++) {
      for (let c = 0; c < cols.length; c++) {
        const want = grid.values[r][c];
        const cell = at(r, c);
        expect({ r, c, v: cell?.v ?? null, formula: cell?.f ?? null }).toEqual({
          r,
          c,
          v: want,
          formula: null,
        });
        if (r > 0 && grid.formats[r][c])
          expect({ r, c, z: cell?.z }).toEqual({ r, c, z: grid.formats[r][c] });
      }
    }
    // The header stays bold (exceljs wrote it); a second read with exceljs sees the same rows.
    const back = await readXlsx(bytes);
    expect(back.getWorksheet(TABLES.posts.tab)!.getCell('A1').font?.bold).toBe(true);
    expect(back.getWorksheet(TABLES.posts.tab)!.rowCount).toBe(rows.length + 1);
  });
});
