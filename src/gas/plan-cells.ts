/**
 * A SheetPlan's cells as full 2-D matrices over their bounding range — one matrix per attribute, so
 * the applier writes each attribute with ONE batched call. Pure (no Apps Script services).
 */
import { columnIndex, columnLetter } from '../cells/a1';
import type { CellStyle, PlanCell, SheetPlan } from '../templates/plan';
import { toSheetValue } from '../model/sheet-value';

export type SheetInput = string | number | boolean | Date;

export interface CellMatrices {
  rows: number;
  cols: number;
  /** setValues input: formulas as "=…" strings, text protected by toSheetValue. */
  values: SheetInput[][];
  formats: string[][];
  /** Only the style attributes some cell uses (unused ones cost no call). */
  styles: Partial<Record<StyleAttr, (string | number | boolean | null)[][]>>;
  /** Bold/italic/size/colour of each cell, written with ONE setTextStyles (null: no text styling anywhere). */
  text: (TextSpec | null)[][] | null;
  notes: string[][] | null;
}

export type StyleAttr = 'background' | 'hAlign' | 'vAlign' | 'wrap';

/** A cell's text style as plain data; the applier turns each distinct one into a TextStyle. */
export type TextSpec = Pick<CellStyle, 'bold' | 'italic' | 'fontSize' | 'fontColor'>;

/** Plan styles written with one Range setter each (same names as CellStyle's). Add a style = add a name. */
const STYLE_ATTRS: StyleAttr[] = ['background', 'hAlign', 'vAlign', 'wrap'];

const CELL = /^\$?([A-Z]+)\$?(\d+)$/;

export function parseCell(a1: string): { row: number; col: number } {
  const m = CELL.exec(a1.trim().toUpperCase());
  if (!m) throw new Error(`Plan cell "${a1}" is not a single-cell A1 reference like B5.`);
  return { row: Number(m[2]), col: columnIndex(m[1]) };
}

/** Every cell of "B5" or "A41:C90", as upper-case A1 with row/col. */
export function expandCells(a1: string): { a1: string; row: number; col: number }[] {
  const [a, b] = a1.split(':');
  const start = parseCell(a);
  const end = b ? parseCell(b) : start;
  const out: { a1: string; row: number; col: number }[] = [];
  for (let r = Math.min(start.row, end.row); r <= Math.max(start.row, end.row); r++) {
    for (let c = Math.min(start.col, end.col); c <= Math.max(start.col, end.col); c++) {
      out.push({ a1: `${columnLetter(c)}${r}`, row: r, col: c });
    }
  }
  return out;
}

/** The value setValues receives for a plan cell: formula text, protected literal, or typed number/boolean. */
export function cellInput(c: PlanCell): SheetInput {
  if (c.formula) return c.formula;
  const v = c.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return toSheetValue(v, 'text').value;
  return v;
}

export function planMatrices(plan: SheetPlan, override: Map<string, SheetInput> = new Map()): CellMatrices {
  const placed = plan.cells.map((c) => ({ c, ...parseCell(c.a1) }));
  // Loops, not Math.max(...): plans can hold hundreds of thousands of cells.
  let rows = 1;
  let cols = 1;
  for (const p of placed) {
    if (p.row > rows) rows = p.row;
    if (p.col > cols) cols = p.col;
  }
  const grid = <T>(v: T): T[][] => Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
  const values = grid<SheetInput>('');
  const formats = grid('');
  const styles: CellMatrices['styles'] = {};
  let text: (TextSpec | null)[][] | null = null;
  let notes: string[][] | null = null;
  for (const { c, row, col } of placed) {
    const key = c.a1.toUpperCase();
    values[row - 1][col - 1] = override.has(key) ? (override.get(key) as SheetInput) : cellInput(c);
    formats[row - 1][col - 1] = c.format ?? '';
    if (c.style) {
      for (const attr of STYLE_ATTRS) {
        const v = c.style[attr];
        if (v === undefined) continue;
        (styles[attr] ??= grid<string | number | boolean | null>(null))[row - 1][col - 1] = v;
      }
      const t = textSpec(c.style);
      if (t) (text ??= grid<TextSpec | null>(null))[row - 1][col - 1] = t;
    }
    if (c.note) (notes ??= grid(''))[row - 1][col - 1] = c.note;
  }
  return { rows, cols, values, formats, styles, text, notes };
}

function textSpec({ bold, italic, fontSize, fontColor }: CellStyle): TextSpec | null {
  return bold || italic || fontSize || fontColor ? { bold, italic, fontSize, fontColor } : null;
}
