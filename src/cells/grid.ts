/** An argument as a flat grid: Sheets passes a scalar for a single cell and a 2-D array for a range. */
import type { ArgInput, CellInput } from './types';
import type { ArgContext } from './describe';

export interface Grid {
  rows: number;
  cols: number;
  /** Row-major values. */
  cells: CellInput[];
  /** Was it passed as a plain value (not an array)? */
  scalar: boolean;
}

export function toGrid(arg: ArgInput, ctx: ArgContext): Grid {
  if (!Array.isArray(arg)) return { rows: 1, cols: 1, cells: [arg], scalar: true };
  const rows = arg.length;
  if (rows === 0) return { rows: 0, cols: 0, cells: [], scalar: false };
  const cols = Array.isArray(arg[0]) ? arg[0].length : 0;
  const cells: CellInput[] = new Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const row = arg[r];
    // Sheets never sends ragged ranges; anything else is a caller bug worth naming.
    if (!Array.isArray(row) || row.length !== cols) {
      throw new Error(`${ctx.fn}: ${ctx.param} is not a rectangular range (row ${r + 1} differs)`);
    }
    for (let c = 0; c < cols; c++) cells[r * cols + c] = row[c];
  }
  return { rows, cols, cells, scalar: false };
}

/** A grid of one cell broadcasts against any shape. */
export function isSingle(g: Pick<Grid, 'rows' | 'cols'>): boolean {
  return g.rows === 1 && g.cols === 1;
}
