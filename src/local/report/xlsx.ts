/**
 * Exports the emulated spreadsheet to .xlsx with exceljs: native formulas (with cached results so
 * viewers that do not recalculate still show numbers), number formats, styles, notes, merges,
 * column widths, frozen panes, conditional formats and named ranges (defined names). Google-only
 * formulas (SPARKLINE …) are replaced by their portable substitute or their value. exceljs writes
 * no charts: the package is then post-processed once (unzip → big data rows, chart parts → zip).
 * Optionally a tab prints as a report (print-layout.ts) and its helper ranges move to a hidden
 * calculation sheet (calc-sheet.ts). Staging sheets are skipped.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { cellA1, quoteSheet, rectA1, type GridRect } from '../emulator/a1';
import type { EmulatedSpreadsheet } from '../emulator';
import type { SheetData } from '../emulator/model';
import type { Stored } from '../emulator/values';
import { relocateFormula, sideOf, splitSheet, type Relocation } from './calc-sheet';
import { excelStyle, ruleStyle } from './cell-style';
import { isGoogleOnly, toExcelFormula } from './excel-formulas';
import { fastSheetPlan, fillFastSheets, sheetPaths, templateRows, type FastSheet } from './fast-sheet';
import { DEFAULT_COL_PX, DEFAULT_ROW_PX, type PrintLayout } from './print-layout';
import { sheetCharts } from './sheet-charts';
import { addCharts, type ChartPart } from './xlsx-charts';
import { xlsxText, xlsxValue } from './xml-text';

/** Per sheet, per A1: what to write instead of a Google-only formula (from the SheetPlan's `portable`). */
export type PortableSubstitutes = Record<
  string,
  Record<string, { formula?: string; value?: string | number | null }>
>;

export interface XlsxOptions {
  substitutes?: PortableSubstitutes;
  /** Sheet names to put first (e.g. the KPI tab). */
  first?: string[];
  /** Skip sheets whose name starts with one of these (staging sheets). */
  skipPrefixes?: string[];
  /** Write each formula's computed result (default true) so viewers that never recalculate show numbers. */
  cachedValues?: boolean;
  /** Plain sheets with at least this many rows take the fast XML path (default FAST_ROWS). */
  fastRows?: number;
  /** Native charts and sparkline substitutes (default true; false = no chart parts at all). */
  charts?: boolean;
  /** Per sheet name: how it prints (landscape, fit to width, print area, title rows, page breaks). */
  print?: Record<string, PrintLayout>;
  /** Per sheet name: helper ranges that move to a hidden calculation sheet of this name. */
  calc?: Record<string, { name: string; rects: GridRect[] }>;
}

const DEFAULT_SKIP = ['~kpi-sheets'];

type CellValue = ExcelJS.CellValue;

function cached(v: Stored): ExcelJS.CellFormulaValue['result'] {
  if (v === null) return undefined;
  if (typeof v === 'string' && /^#[A-Z0-9/]+[!?]?$/.test(v))
    return { error: v as ExcelJS.CellErrorValue['error'] };
  return xlsxValue(v);
}

function literal(v: Stored): CellValue {
  return v === null ? null : xlsxValue(v);
}

function cellValue(
  ss: EmulatedSpreadsheet,
  s: SheetData,
  row: number,
  col: number,
  subs: PortableSubstitutes[string] | undefined,
  withResults: boolean,
  rewrite?: (formula: string) => string,
): CellValue {
  const f = s.formulas.get(row, col);
  if (f === undefined) return literal(s.values.get(row, col) ?? null);
  const result = withResults ? ss.ctx.evaluator.read(s.id, row, col) : null;
  const sub = subs?.[cellA1(row, col)];
  if (sub) {
    if (sub.formula)
      return {
        formula: excelFormula(sub.formula, rewrite),
        result: cached(result),
      } as ExcelJS.CellFormulaValue;
    return sub.value === undefined || sub.value === '' ? null : xlsxValue(sub.value);
  }
  // Without a substitute, a Google-only formula leaves its last value (or a blank).
  if (isGoogleOnly(f))
    return withResults ? literal(typeof result === 'string' && result.startsWith('#') ? null : result) : null;
  return { formula: excelFormula(f, rewrite), result: cached(result) } as ExcelJS.CellFormulaValue;
}

const excelFormula = (f: string, rewrite?: (formula: string) => string) =>
  rewrite ? rewrite(toExcelFormula(f)) : toExcelFormula(f);

/** Column number format shared by every data row (so it can be set once on the column). */
function columnFormat(s: SheetData, col: number, lastRow: number): string | undefined {
  let fmt: string | undefined;
  for (let r = 2; r <= lastRow; r++) {
    const f = s.formats.get(r, col);
    if (r === 2) fmt = f;
    else if (f !== fmt) return undefined;
  }
  return fmt;
}

interface SheetJob {
  s: SheetData;
  subs: PortableSubstitutes[string] | undefined;
  /** Re-points references when helper cells moved to a calculation sheet. */
  rewrite?: (formula: string) => string;
  print?: PrintLayout;
}

function writeSheet(
  ss: EmulatedSpreadsheet,
  wb: ExcelJS.Workbook,
  { s, subs, rewrite, print }: SheetJob,
  withResults: boolean,
  fastRows: number | undefined,
): FastSheet | undefined {
  const ws = wb.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible' });
  const a = s.values.extent();
  const b = s.formulas.extent();
  const lastRow = Math.max(a.rows, b.rows);
  const lastCol = Math.max(a.cols, b.cols, ...Object.keys(s.colWidths).map(Number));
  // Big plain data tabs: exceljs writes the header and style templates, fillFastSheets the rows.
  const fast = fastSheetPlan(s, lastRow, lastCol, fastRows);
  const colFormats: (string | undefined)[] = [];
  for (let c = 1; c <= lastCol; c++) {
    const col = ws.getColumn(c);
    const px = s.colWidths[c];
    if (px) col.width = Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);
    // Data tabs: one format per column. Set before rows exist so new cells inherit it.
    colFormats[c] = lastRow > 50 && !fast ? columnFormat(s, c, lastRow) : undefined;
    if (colFormats[c]) col.numFmt = colFormats[c] as string;
  }
  for (let r = 1; r <= (fast ? 1 : lastRow); r++) {
    const values: CellValue[] = new Array(lastCol);
    for (let c = 1; c <= lastCol; c++) values[c - 1] = cellValue(ss, s, r, c, subs, withResults, rewrite);
    const row = ws.addRow(values);
    for (let c = 1; c <= lastCol; c++) {
      const fmt = s.formats.get(r, c);
      const style = excelStyle(s, r, c);
      const note = s.notes.get(r, c);
      if (!style && !note && (fmt === undefined || fmt === colFormats[c])) continue;
      const cell = row.getCell(c);
      if (fmt !== undefined && fmt !== colFormats[c]) cell.numFmt = fmt;
      if (style) Object.assign(cell, style);
      if (note) cell.note = xlsxText(note);
    }
  }
  if (fast) {
    for (const t of templateRows(fast)) {
      const cell = ws.getCell(t.row, t.col);
      cell.value = 0;
      if (t.format) cell.numFmt = t.format;
    }
  }
  for (const m of s.merges) ws.mergeCells(rectA1(m));
  if (s.frozenRows || s.frozenCols)
    ws.views = [{ state: 'frozen', xSplit: s.frozenCols, ySplit: s.frozenRows }];
  let priority = 1;
  for (const rule of s.rules) {
    if (rule.type !== 'CUSTOM_FORMULA') continue;
    for (const range of rule.ranges) {
      ws.addConditionalFormatting({
        ref: rectA1(range),
        rules: [
          {
            type: 'expression',
            priority: priority++,
            formulae: [excelFormula(String(rule.values[0]), rewrite)],
            style: ruleStyle(rule),
          },
        ],
      });
    }
  }
  if (print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      // exceljs prefixes each corner with "$" only: "A$1" becomes "$A$1". A half-absolute "$A1"
      // makes LibreOffice 7.4 ignore the print area and shrink the whole sheet onto the page.
      printArea: print.area.replace(/([A-Z]+)(\d+)/g, '$1$$$2'),
      ...(print.titleRows ? { printTitlesRow: print.titleRows } : {}),
    };
    for (const r of print.breaksAfter) ws.getRow(r).addPageBreak();
  }
  return fast;
}

/** The sheets to write: each tab with helpers becomes the tab without them plus its calculation sheet (last). */
function jobsOf(
  sheets: SheetData[],
  opts: XlsxOptions,
): { jobs: SheetJob[]; relocations: Map<number, Relocation> } {
  const jobs: SheetJob[] = [];
  const calcJobs: SheetJob[] = [];
  const relocations = new Map<number, Relocation>();
  for (const s of sheets) {
    const subs = opts.substitutes?.[s.name];
    const print = opts.print?.[s.name];
    const calc = opts.calc?.[s.name];
    if (!calc || !calc.rects.length) {
      jobs.push({ s, subs, print });
      continue;
    }
    const rel: Relocation = { tab: s.name, calc: calc.name, rects: calc.rects };
    relocations.set(s.id, rel);
    const split = splitSheet(s, rel);
    jobs.push({ s: split.tab, subs, print, rewrite: (f) => relocateFormula(f, 'tab', rel) });
    calcJobs.push({ s: split.calc, subs, rewrite: (f) => relocateFormula(f, 'calc', rel) });
  }
  return { jobs: [...jobs, ...calcJobs], relocations };
}

/** Charts of one written sheet, their references re-pointed like its formulas. */
function chartsOf(job: SheetJob, rel: Relocation | undefined): ChartPart[] {
  const size = (_row: number, col: number) => ({
    width: job.s.colWidths[col] ?? DEFAULT_COL_PX,
    height: DEFAULT_ROW_PX,
  });
  const charts = sheetCharts(job.s, size);
  if (!rel) return charts;
  return charts.map((c) => ({
    ...c,
    ...(c.categories ? { categories: relocateFormula(c.categories, 'tab', rel) } : {}),
    series: c.series.map((x) => ({ ...x, values: relocateFormula(x.values, 'tab', rel) })),
  }));
}

/** The whole emulated spreadsheet as .xlsx bytes. */
export async function spreadsheetToXlsx(
  ss: EmulatedSpreadsheet,
  opts: XlsxOptions = {},
): Promise<Uint8Array> {
  const book = ss.ctx.book;
  const skip = opts.skipPrefixes ?? DEFAULT_SKIP;
  const first = opts.first ?? [];
  const sheets = book.sheets
    .filter((s) => !skip.some((p) => s.name.startsWith(p)))
    .sort((x, y) => {
      const rank = (s: SheetData) => (first.includes(s.name) ? first.indexOf(s.name) : first.length);
      return rank(x) - rank(y);
    });
  if (sheets.length === 0)
    throw new Error('Nothing to export: the spreadsheet has no sheets besides staging sheets.');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kpi-sheets';
  wb.calcProperties = { fullCalcOnLoad: true };
  const fast: FastSheet[] = [];
  const { jobs, relocations } = jobsOf(sheets, opts);
  for (const job of jobs) {
    const f = writeSheet(ss, wb, job, opts.cachedValues !== false, opts.fastRows);
    if (f) fast.push(f);
  }
  for (const n of book.named) {
    const s = sheets.find((x) => x.id === n.sheetId);
    if (!s) continue;
    const rel = relocations.get(s.id);
    const home = rel && sideOf(n.rect, rel, `named range ${n.name}`) === 'calc' ? rel.calc : s.name;
    const abs = rectA1(n.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    wb.definedNames.add(`${quoteSheet(home)}!${abs}`, n.name);
  }
  const charts =
    opts.charts === false
      ? []
      : jobs.map((j) => ({ name: j.s.name, charts: chartsOf(j, relocations.get(j.s.id)) }));
  const buf = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  if (!fast.length && !charts.some((c) => c.charts.length)) return buf;
  const files = unzipSync(buf);
  const paths = sheetPaths(files);
  fillFastSheets(files, paths, fast);
  for (const c of charts) if (c.charts.length) addCharts(files, paths.get(c.name) ?? '', c.charts);
  return zipSync(files, { level: 6 });
}

/** Text of one part of an .xlsx package (for tests and read-back). */
export function xlsxPart(bytes: Uint8Array, path: string): string | undefined {
  const f = unzipSync(bytes, { filter: (x) => x.name === path })[path];
  return f ? strFromU8(f) : undefined;
}
