/**
 * Turns the emulator's grid views (H5's toGrid: computed values, display strings, formulas,
 * sparse styles, chart specs) into the JSON the workbench page draws.
 */
import type { GridView } from '../emulator';
import { sparklineRange } from '../report/excel-formulas';
import { applyConditionalFormats } from './rules';
import type { CellView, ChartView, SheetView } from './types';

/** Big data tabs are cut for the page; the grid says how many rows it shows. */
export const MAX_VIEW_ROWS = 500;
export const MIN_COLS = 12;
export const DEFAULT_WIDTH = 100;

/** Reads a (sheet-qualified) range's values for a chart. */
export type RangeReader = (ref: string) => unknown[][];

export function sheetView(g: GridView, readRange: RangeReader): SheetView {
  const cells: (CellView | null)[][] = g.values.map((row, i) =>
    row.map((v, j): CellView | null => {
      const a1 = `${g.columnLetters[j]}${g.rowStart + i}`;
      const st = g.styles[a1] ?? {};
      const formula = g.formulas[i][j];
      if ((v === null || v === '') && !formula && !st.background) return null;
      const cell: CellView = { text: g.display[i][j], value: v };
      if (formula) cell.formula = formula;
      const spark = sparkline(formula, v, readRange);
      if (spark) {
        cell.spark = spark;
        cell.text = '';
      }
      if (st.fontWeight === 'bold') cell.bold = true;
      if (st.fontStyle === 'italic') cell.italic = true;
      if (typeof st.fontColor === 'string') cell.color = st.fontColor;
      if (typeof st.background === 'string') cell.background = st.background;
      const a = typeof st.hAlign === 'string' ? st.hAlign.toLowerCase() : undefined;
      if (a === 'left' || a === 'center' || a === 'right') cell.align = a;
      return cell;
    }),
  );
  applyConditionalFormats(g, cells);
  const cols = Math.max(g.lastCol, MIN_COLS);
  return {
    name: g.name,
    sheetId: g.sheetId,
    hidden: g.hidden,
    rowCount: g.lastRow,
    colCount: g.lastCol,
    shownRows: g.values.length,
    frozenRows: g.frozenRows,
    colWidths: Array.from({ length: cols }, (_, j) => g.columnWidths[j] ?? DEFAULT_WIDTH),
    cells,
    charts: g.charts.map((c) => chartView(c, readRange)),
  };
}

/** Values behind a Google-only =SPARKLINE(range, …) that the evaluator could not run (#NAME?). */
function sparkline(formula: string, value: unknown, readRange: RangeReader): (number | null)[] | undefined {
  const range = sparklineRange(formula);
  if (!range || (typeof value === 'number' && Number.isFinite(value))) return undefined;
  try {
    return readRange(range.replace(/\$/g, ''))
      .flat()
      .map((x) => (typeof x === 'number' && Number.isFinite(x) ? x : null));
  } catch {
    return undefined;
  }
}

const scalarText = (v: unknown): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

export function chartView(c: GridView['charts'][number], readRange: RangeReader): ChartView {
  const columns = c.ranges.map((ref) => {
    try {
      const vals = readRange(ref);
      // A chart range is a column (or a row): flatten it in reading order.
      return vals.length === 1 ? vals[0] : vals.map((r) => r[0]);
    } catch {
      return [];
    }
  });
  // A header row on top of the ranges names the series (text above numbers).
  const hasHeader =
    columns.length > 1 && columns.slice(1).every((col) => typeof col[0] === 'string' && col[0] !== '');
  const names = hasHeader ? columns.slice(1).map((col) => String(col[0])) : [];
  const [domain = [], ...series] = hasHeader ? columns.map((col) => col.slice(1)) : columns;
  const o = c.options;
  return {
    id: c.id,
    title: typeof o.title === 'string' ? o.title : '',
    type: c.type,
    row: c.anchorRow,
    col: c.anchorCol,
    width: Number(o.width ?? 480),
    height: Number(o.height ?? 240),
    categories: domain.map(scalarText),
    series: series.map((s, i) => ({
      name: names[i] ?? (series.length === 1 && typeof o.title === 'string' ? o.title : `Series ${i + 1}`),
      values: s.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
    })),
  };
}

/** A tab the page is not showing: its name only, so the tab strip can list it. */
export function summaryView(t: { name: string; sheetId: number; hidden: boolean }): SheetView {
  return {
    ...t,
    rowCount: 0,
    colCount: 0,
    shownRows: 0,
    frozenRows: 0,
    colWidths: [],
    cells: [],
    charts: [],
  };
}
