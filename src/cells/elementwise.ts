/**
 * The broadcasting engine behind every element-wise KPI: coerce each argument once into a flat
 * numeric column (NaN = blank), check shapes, run the per-cell formula over the whole range and
 * return a scalar (all inputs single cells) or a 2-D array that spills in the common shape.
 */
import type { ArgInput, CellOutput, KpiResult } from './types';
import { BLANK, coerceNumber, type NumberRule } from './coerce';
import { positionLabel, shapeLabel, type ArgContext } from './describe';
import { isSingle, toGrid, type Grid } from './grid';

export interface ElementParam extends NumberRule {
  name: string;
  /**
   * What a blank does: 'zero' counts it as 0 (numerator parts, as Sheets' arithmetic and SUM
   * do); 'blank' makes that cell's result blank (denominators, end values, pillars).
   */
  blank: 'zero' | 'blank';
  /** Multi-column range whose columns are added per row. */
  rowSum?: boolean;
  /** May be omitted; omitted counts as a blank. */
  optional?: boolean;
}

/** Thrown by a per-cell formula when its inputs break a rule; the engine adds function and position. */
export class CellProblem extends Error {}

/** Per-cell formula over already-coerced numbers (never NaN); returns a number or text ("" = blank). */
export type ElementFn = (v: number[]) => number | string;

export interface Column {
  values: Float64Array;
  rows: number;
  cols: number;
  /** Shape as passed, for messages (row-sum params collapse to rows×1). */
  label: string;
}

export function checkArity(
  fn: string,
  params: readonly { name: string; optional?: boolean }[],
  args: ArgInput[],
) {
  if (args.length > params.length) {
    throw new Error(
      `${fn}: takes at most ${params.length} argument(s) (${params.map((p) => p.name).join(', ')}), got ${args.length}`,
    );
  }
  params.forEach((p, i) => {
    if (!p.optional && args[i] === undefined) {
      throw new Error(`${fn}: ${p.name} is missing — expected ${params.map((q) => q.name).join(', ')}`);
    }
  });
}

/** One argument → flat numeric values (NaN = blank), row-sum params already added across. */
export function numericColumn(fn: string, p: Omit<ElementParam, 'blank'>, arg: ArgInput): Column {
  const ctx: ArgContext = { fn, param: p.name };
  const g: Grid = toGrid(arg, ctx);
  if (g.rows === 0 || g.cols === 0) throw new Error(`${fn}: ${p.name} is an empty range`);
  const label = shapeLabel(g.rows, g.cols);
  if (p.rowSum && g.cols > 1) {
    const values = new Float64Array(g.rows);
    for (let r = 0; r < g.rows; r++) {
      let sum = 0;
      for (let c = 0; c < g.cols; c++) {
        const n = coerceNumber(g.cells[r * g.cols + c], p, ctx, positionLabel(g.rows, g.cols, r, c));
        if (n === n) sum += n; // blank parts count as 0, like SUM
      }
      values[r] = sum;
    }
    return { values, rows: g.rows, cols: 1, label: `${label} (added across to ${shapeLabel(g.rows, 1)})` };
  }
  const values = new Float64Array(g.cells.length);
  for (let i = 0; i < values.length; i++) {
    const v = g.cells[i];
    values[i] =
      typeof v === 'number' &&
      v === v &&
      (p.min === undefined || v >= p.min) &&
      (p.max === undefined || v <= p.max) &&
      v !== Infinity &&
      v !== -Infinity
        ? v // fast path: the common case of a clean number
        : coerceNumber(v, p, ctx, positionLabel(g.rows, g.cols, Math.floor(i / g.cols), i % g.cols));
  }
  return { values, rows: g.rows, cols: g.cols, label };
}

export function elementwise(
  fn: string,
  params: ElementParam[],
  f: ElementFn,
): (args: ArgInput[]) => KpiResult {
  return (args) => {
    checkArity(fn, params, args);
    const cols = params.map((p, i) =>
      args[i] === undefined
        ? { values: Float64Array.of(BLANK), rows: 1, cols: 1, label: '1×1' }
        : numericColumn(fn, p, args[i]),
    );
    let outRows = 1;
    let outCols = 1;
    let shapedBy = -1;
    cols.forEach((c, i) => {
      if (isSingle(c)) return;
      if (shapedBy < 0) {
        outRows = c.rows;
        outCols = c.cols;
        shapedBy = i;
      } else if (c.rows !== outRows || c.cols !== outCols) {
        throw new Error(
          `${fn}: ${params[shapedBy].name} is ${cols[shapedBy].label} but ${params[i].name} is ${c.label} — ranges must have the same shape (or be a single cell)`,
        );
      }
    });
    const n = params.length;
    const vals: number[] = new Array(n);
    const cell = (k: number, r: number, c: number): CellOutput => {
      for (let j = 0; j < n; j++) {
        const col = cols[j];
        const v = col.rows === 1 && col.cols === 1 ? col.values[0] : col.values[k];
        if (v !== v) {
          if (params[j].blank === 'blank') return '';
          vals[j] = 0;
        } else vals[j] = v;
      }
      const out = f(vals);
      if (typeof out === 'number' && !Number.isFinite(out)) {
        throw new Error(`${fn}: result${positionLabel(outRows, outCols, r, c)} is too large to represent`);
      }
      return out;
    };
    let r = 0;
    let c = 0;
    try {
      if (shapedBy < 0) return cell(0, 0, 0);
      const out: CellOutput[][] = new Array(outRows);
      for (let k = 0; r < outRows; r++) {
        const row: CellOutput[] = new Array(outCols);
        for (c = 0; c < outCols; c++, k++) row[c] = cell(k, r, c);
        out[r] = row;
      }
      return out;
    } catch (e) {
      // Per-cell rule violations (e.g. DAU > MAU) are thrown as CellProblem; say where.
      if (e instanceof CellProblem) {
        const at = positionLabel(outRows, outCols, r, c).trim();
        throw new Error(`${fn}: ${at ? at + ': ' : ''}${e.message}`, { cause: e });
      }
      throw e;
    }
  };
}
