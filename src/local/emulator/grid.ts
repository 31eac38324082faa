/** A sheet as the workbench grid shows it: computed values, formulas, formats, display strings, styles. */
import { cellA1, columnToLetters, rectA1 } from './a1';
import type { EmuContext } from './context';
import { DEFAULT_COL_WIDTH, STYLE_KEYS, type ChartData, type StyleValue } from './model';
import { formatDisplay } from './number-format';
import type { Stored } from './values';

export interface GridView {
  name: string;
  sheetId: number;
  hidden: boolean;
  maxRows: number;
  maxCols: number;
  /** Rows/cols with content (the arrays below cover rowStart … rowStart+values.length-1, all used columns). */
  lastRow: number;
  lastCol: number;
  rowStart: number;
  frozenRows: number;
  frozenCols: number;
  columnWidths: number[];
  columnLetters: string[];
  merges: string[];
  /** Computed values; dates stay serial numbers here (see formats/display). */
  values: Stored[][];
  formulas: string[][];
  formats: string[][];
  display: string[][];
  /** Sparse: "B5" → { background: '#e8f0fe', fontWeight: 'bold', … }. */
  styles: Record<string, Partial<Record<string, StyleValue>>>;
  notes: Record<string, string>;
  charts: ChartData[];
  conditionalRules: {
    ranges: string[];
    type: string;
    values: (string | number)[];
    background?: string;
    fontColor?: string;
    bold?: boolean;
  }[];
  namedRanges: { name: string; a1: string }[];
}

export function toGrid(
  ctx: EmuContext,
  sheetName: string,
  opts: { rowStart?: number; rowCount?: number } = {},
): GridView {
  const s = ctx.book.sheets.find((x) => x.name === sheetName);
  if (!s) throw new Error(`No sheet named "${sheetName}".`);
  const a = s.values.extent();
  const b = s.formulas.extent();
  const lastRow = Math.max(a.rows, b.rows);
  const lastCol = Math.max(a.cols, b.cols, s.frozenCols);
  const rowStart = Math.max(1, opts.rowStart ?? 1);
  const rowEnd = Math.min(lastRow, rowStart + (opts.rowCount ?? 1000) - 1);
  const values: Stored[][] = [];
  const formulas: string[][] = [];
  const formats: string[][] = [];
  const display: string[][] = [];
  const styles: GridView['styles'] = {};
  const notes: Record<string, string> = {};
  for (let r = rowStart; r <= rowEnd; r++) {
    const vl: Stored[] = [];
    const fl: string[] = [];
    const ml: string[] = [];
    const dl: string[] = [];
    for (let c = 1; c <= lastCol; c++) {
      const f = s.formulas.get(r, c);
      const v = f !== undefined ? ctx.evaluator.read(s.id, r, c) : (s.values.get(r, c) ?? null);
      const fmt = s.formats.get(r, c) ?? '';
      vl.push(v);
      fl.push(f ?? '');
      ml.push(fmt);
      dl.push(formatDisplay(v, fmt));
      const st: Partial<Record<string, StyleValue>> = {};
      for (const k of STYLE_KEYS) {
        const sv = s.styles[k].get(r, c);
        if (sv !== undefined) st[k] = sv;
      }
      if (Object.keys(st).length) styles[cellA1(r, c)] = st;
      const n = s.notes.get(r, c);
      if (n) notes[cellA1(r, c)] = n;
    }
    values.push(vl);
    formulas.push(fl);
    formats.push(ml);
    display.push(dl);
  }
  const sheetOf = (id: number) => ctx.book.sheets.find((x) => x.id === id)?.name ?? '#REF';
  return {
    name: s.name,
    sheetId: s.id,
    hidden: s.hidden,
    maxRows: s.maxRows,
    maxCols: s.maxCols,
    lastRow,
    lastCol,
    rowStart,
    frozenRows: s.frozenRows,
    frozenCols: s.frozenCols,
    columnWidths: Array.from({ length: lastCol }, (_, i) => s.colWidths[i + 1] ?? DEFAULT_COL_WIDTH),
    columnLetters: Array.from({ length: lastCol }, (_, i) => columnToLetters(i + 1)),
    merges: s.merges.map(rectA1),
    values,
    formulas,
    formats,
    display,
    styles,
    notes,
    charts: structuredClone(s.charts),
    conditionalRules: s.rules.map((r) => ({ ...structuredClone(r), ranges: r.ranges.map(rectA1) })),
    namedRanges: ctx.book.named
      .filter((n) => n.sheetId === s.id || sheetOf(n.sheetId) === s.name)
      .map((n) => ({ name: n.name, a1: rectA1(n.rect) })),
  };
}
