/**
 * The broadcasting engine behind every element-wise KPI: coerce each argument once into a flat
 * numeric column (NaN = blank), check shapes, run the per-cell formula over the whole range and
 * return a scalar (all inputs single cells) or a 2-D array that spills in the common shape.
 */
import type { ArgInput, CellInput, CellOutput, KpiResult } from './types';
import { BLANK, coerceNumber, type NumberRule } from './coerce';
import { positionLabel, shapeLabel, type ArgContext } from './describe';
import { isSingle } from './grid';

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
  if (!Array.isArray(arg)) {
    return { values: Float64Array.of(coerceNumber(arg, p, ctx, '')), rows: 1, cols: 1, label: '1×1' };
  }
  const rows = arg.length;
  const cols = rows > 0 && Array.isArray(arg[0]) ? arg[0].length : 0;
  if (rows === 0 || cols === 0) throw new Error(`${fn}: ${p.name} is an empty range`);
  const label = shapeLabel(rows, cols);
  const slow = (v: CellInput, r: number, c: number) =>
    coerceNumber(v, p, ctx, positionLabel(rows, cols, r, c));
  const min = p.min ?? -Infinity;
  const max = p.max ?? Infinity;
  const sumAcross = p.rowSum === true && cols > 1;
  const values = new Float64Array(sumAcross ? rows : rows * cols);
  const ragged = (r: number) =>
    new Error(`${fn}: ${p.name} is not a rectangular range (row ${r + 1} differs)`);
  if (cols === 1) {
    // The common shape (one column), kept tight: this loop is most of a range call's cost.
    for (let r = 0; r < rows; r++) {
      const row = arg[r];
      if (row === null || typeof row !== 'object' || row.length !== 1) throw ragged(r);
      const v = row[0];
      // Fast path: a finite number within bounds (v - v is NaN for ±Infinity and NaN).
      values[r] = typeof v === 'number' && v - v === 0 && v >= min && v <= max ? v : slow(v, r, 0);
    }
    return { values, rows, cols, label };
  }
  for (let r = 0, i = 0; r < rows; r++) {
    const row = arg[r];
    // Sheets never sends ragged ranges; anything else is a caller bug worth naming.
    if (row === null || typeof row !== 'object' || row.length !== cols) throw ragged(r);
    let sum = 0;
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      const n = typeof v === 'number' && v - v === 0 && v >= min && v <= max ? v : slow(v, r, c);
      if (!sumAcross) values[i++] = n;
      else if (n === n) sum += n; // blank parts count as 0, like SUM
    }
    if (sumAcross) values[i++] = sum;
  }
  if (sumAcross) return { values, rows, cols: 1, label: `${label} (added across to ${shapeLabel(rows, 1)})` };
  return { values, rows, cols, label };
}

/**
 * How the engine reads one argument: a pre-coerced column (single values, row-sum params) or,
 * for plain ranges, the 2-D array itself, coerced as the main loop reads it — one pass instead
 * of two over the common `=KPI(B2:B10001, C2:C10001)` call.
 */
interface Source {
  rows: number;
  cols: number;
  label: string;
  /** Pre-coerced values (NaN = blank), or null when read from `grid`. */
  flat: Float64Array | null;
  grid: CellInput[][] | null;
}

function source(fn: string, p: ElementParam, arg: ArgInput): Source {
  if (arg === undefined) return { rows: 1, cols: 1, label: '1×1', flat: Float64Array.of(BLANK), grid: null };
  if (Array.isArray(arg)) {
    const rows = arg.length;
    const cols = rows > 0 && Array.isArray(arg[0]) ? arg[0].length : 0;
    if (rows * cols > 1 && !(p.rowSum && cols > 1)) {
      return { rows, cols, label: shapeLabel(rows, cols), flat: null, grid: arg };
    }
  }
  const c = numericColumn(fn, p, arg);
  return { rows: c.rows, cols: c.cols, label: c.label, flat: c.values, grid: null };
}

export function elementwise(
  fn: string,
  params: ElementParam[],
  f: ElementFn,
): (args: ArgInput[]) => KpiResult {
  const n = params.length;
  const zeroIfBlank = params.map((p) => p.blank === 'zero');
  const mins = params.map((p) => p.min ?? -Infinity);
  const maxs = params.map((p) => p.max ?? Infinity);
  return (args) => {
    checkArity(fn, params, args);
    const srcs = params.map((p, i) => source(fn, p, args[i]));
    let outRows = 1;
    let outCols = 1;
    let shapedBy = -1;
    srcs.forEach((c, i) => {
      if (isSingle(c)) return;
      if (shapedBy < 0) {
        outRows = c.rows;
        outCols = c.cols;
        shapedBy = i;
      } else if (c.rows !== outRows || c.cols !== outCols) {
        throw new Error(
          `${fn}: ${params[shapedBy].name} is ${srcs[shapedBy].label} but ${params[i].name} is ${c.label} — ranges must have the same shape (or be a single cell)`,
        );
      }
    });
    const grids = srcs.map((s) => s.grid);
    const flats = srcs.map((s) => s.flat);
    // Single cells read index 0 for every k (stride 0): broadcasting without copies.
    const stride = srcs.map((s) => (isSingle(s) ? 0 : 1));
    const slow = (j: number, v: CellInput, r: number, c: number) => {
      const row = grids[j]![r];
      if (row === null || typeof row !== 'object' || row.length !== outCols) {
        throw new Error(`${fn}: ${params[j].name} is not a rectangular range (row ${r + 1} differs)`);
      }
      return coerceNumber(v, params[j], { fn, param: params[j].name }, positionLabel(outRows, outCols, r, c));
    };
    const vals: number[] = new Array(n);
    const cell = (k: number, r: number, c: number): CellOutput => {
      let blank = false;
      // Every argument is read (and validated) even after a blank, so bad text never hides.
      for (let j = 0; j < n; j++) {
        const g = grids[j];
        let v: number;
        if (g === null) v = flats[j]![k * stride[j]];
        else {
          const row = g[r];
          const x = row != null && row.length === outCols ? row[c] : undefined;
          // Fast path: a finite number within bounds (x - x is NaN for ±Infinity and NaN).
          v = typeof x === 'number' && x - x === 0 && x >= mins[j] && x <= maxs[j] ? x : slow(j, x, r, c);
        }
        if (v === v) vals[j] = v;
        else if (zeroIfBlank[j]) vals[j] = 0;
        else blank = true;
      }
      if (blank) return '';
      const out = f(vals);
      if (typeof out === 'number' && out - out !== 0) throw new TooLarge();
      return out;
    };
    let k = 0;
    try {
      if (shapedBy < 0) return cell(0, 0, 0);
      const out: CellOutput[][] = new Array(outRows);
      if (outCols === 1) {
        for (; k < outRows; k++) out[k] = [cell(k, k, 0)];
        return out;
      }
      for (let r = 0; r < outRows; r++) {
        const row: CellOutput[] = new Array(outCols);
        for (let c = 0; c < outCols; c++, k++) row[c] = cell(k, r, c);
        out[r] = row;
      }
      return out;
    } catch (e) {
      const at = positionLabel(outRows, outCols, Math.floor(k / outCols), k % outCols);
      if (e instanceof TooLarge)
        throw new Error(`${fn}: result${at} is too large to represent`, { cause: e });
      // Per-cell rule violations (e.g. DAU > MAU) are thrown as CellProblem; say where.
      if (e instanceof CellProblem) {
        const where = at.trim();
        throw new Error(`${fn}: ${where ? where + ': ' : ''}${e.message}`, { cause: e });
      }
      throw e;
    }
  };
}

/** Internal signal: a per-cell result overflowed (the engine names the position). */
class TooLarge extends Error {}
