/**
 * Exports the emulated spreadsheet to .xlsx with exceljs: native formulas (with cached results so
 * viewers that do not recalculate still show numbers), number formats, styles, notes, merges,
 * column widths, frozen panes, conditional formats and named ranges (defined names). Google-only
 * formulas (SPARKLINE …) are replaced by their portable substitute or their value. Charts cannot
 * be written by exceljs: each chart leaves a note at its anchor cell instead. Staging sheets are skipped.
 */
import ExcelJS from 'exceljs';
import { cellA1, quoteSheet, rectA1 } from '../emulator/a1';
import type { EmulatedSpreadsheet } from '../emulator';
import type { SheetData } from '../emulator/model';
import type { Stored } from '../emulator/values';
import { excelStyle, ruleStyle } from './cell-style';
import { isGoogleOnly, toExcelFormula } from './excel-formulas';
import { fastSheetPlan, fillFastSheets, templateRows, type FastSheet } from './fast-sheet';
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
}

export const CHART_NOTE =
  'Chart not included: the .xlsx writer (exceljs) cannot write charts. Open the Google Sheets tab to see it.';

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
): CellValue {
  const f = s.formulas.get(row, col);
  if (f === undefined) return literal(s.values.get(row, col) ?? null);
  const result = withResults ? ss.ctx.evaluator.read(s.id, row, col) : null;
  const sub = subs?.[cellA1(row, col)];
  if (sub) {
    if (sub.formula)
      return { formula: toExcelFormula(sub.formula), result: cached(result) } as ExcelJS.CellFormulaValue;
    return sub.value === undefined || sub.value === '' ? null : xlsxValue(sub.value);
  }
  // Without a substitute, a Google-only formula leaves its last value (or a blank).
  if (isGoogleOnly(f))
    return withResults ? literal(typeof result === 'string' && result.startsWith('#') ? null : result) : null;
  return { formula: toExcelFormula(f), result: cached(result) } as ExcelJS.CellFormulaValue;
}

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

function writeSheet(
  ss: EmulatedSpreadsheet,
  wb: ExcelJS.Workbook,
  s: SheetData,
  subs: PortableSubstitutes[string] | undefined,
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
    for (let c = 1; c <= lastCol; c++) values[c - 1] = cellValue(ss, s, r, c, subs, withResults);
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
            formulae: [toExcelFormula(String(rule.values[0]))],
            style: ruleStyle(rule),
          },
        ],
      });
    }
  }
  for (const chart of s.charts) {
    const cell = ws.getCell(chart.anchorRow, chart.anchorCol);
    const title = typeof chart.options.title === 'string' ? chart.options.title : 'Chart';
    // exceljs drops notes on empty cells: the anchor gets a visible placeholder label.
    if (cell.value === null || cell.value === undefined || cell.value === '')
      cell.value = xlsxText(`[${title} — chart in Google Sheets only]`);
    cell.note = xlsxText(
      `"${title}" (${chart.type.toLowerCase()} chart of ${chart.ranges.join(', ')}). ${CHART_NOTE}`,
    );
  }
  return fast;
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
  for (const s of sheets) {
    const f = writeSheet(ss, wb, s, opts.substitutes?.[s.name], opts.cachedValues !== false, opts.fastRows);
    if (f) fast.push(f);
  }
  for (const n of book.named) {
    const s = sheets.find((x) => x.id === n.sheetId);
    if (!s) continue;
    const abs = rectA1(n.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    wb.definedNames.add(`${quoteSheet(s.name)}!${abs}`, n.name);
  }
  const buf = await wb.xlsx.writeBuffer();
  return fillFastSheets(new Uint8Array(buf as ArrayBuffer), fast);
}
