/**
 * How a KPI tab prints, derived from its SheetPlan alone (any template): landscape, fit to one page
 * wide, the frozen title rows repeated on every page, the summary and the KPI table (the tiles) on
 * page 1, and a page break before each later block (a run of rows after a blank row). The print area
 * spans the plan's cells and charts but not its helper ranges (those go to the calculation sheet).
 */
import { a1ToRect, columnToLetters, type GridRect } from '../emulator/a1';
import type { SheetPlan } from '../../templates/plan';

export interface PrintLayout {
  /** e.g. A1:P80 */
  area: string;
  /** Rows repeated at the top of every page, e.g. "1:2". */
  titleRows?: string;
  /** A manual page break after each of these rows. */
  breaksAfter: number[];
}

/** Pixels of an .xlsx column nobody sized (Excel's 8.43 characters) and of a default row (15 pt). */
export const DEFAULT_COL_PX = 64;
export const DEFAULT_ROW_PX = 20;

const inside = (r: GridRect, row: number, col: number) =>
  row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols;

export function printLayoutOf(plan: SheetPlan, helpers: GridRect[] = []): PrintLayout {
  const rows = new Set<number>();
  let lastCol = 1;
  for (const c of plan.cells) {
    const r = a1ToRect(c.a1, plan.rowCount, plan.columnCount);
    if (helpers.some((h) => inside(h, r.row, r.col))) continue;
    const empty = c.formula === undefined && (c.value === undefined || c.value === null || c.value === '');
    if (empty) continue;
    rows.add(r.row);
    lastCol = Math.max(lastCol, r.col + r.numCols - 1);
  }
  let lastRow = Math.max(0, ...rows);
  const widthPx = (col: number) => plan.columnWidths[columnToLetters(col)] ?? DEFAULT_COL_PX;
  for (const ch of plan.charts) {
    const at = a1ToRect(ch.anchor, plan.rowCount, plan.columnCount);
    let col = at.col;
    for (let px = ch.width; px > 0; col++) px -= widthPx(col);
    lastCol = Math.max(lastCol, col - 1);
    lastRow = Math.max(lastRow, at.row + Math.ceil(ch.height / DEFAULT_ROW_PX));
  }
  const tableEnd = Math.max(0, ...plan.tiles.map((t) => Number(/\d+$/.exec(t.valueA1)?.[0] ?? 0)));
  // A block starts on a filled row after an empty one; page 1 ends with the KPI table.
  const breaksAfter: number[] = [];
  if (tableEnd > 0) {
    let previous = 0;
    for (const r of [...rows].sort((a, b) => a - b)) {
      if (r > tableEnd && r > previous + 1) breaksAfter.push(r - 1);
      previous = r;
    }
  }
  return {
    area: `A1:${columnToLetters(lastCol)}${Math.max(1, lastRow)}`,
    ...(plan.frozenRows > 0 ? { titleRows: `1:${plan.frozenRows}` } : {}),
    breaksAfter,
  };
}

/** A1 ranges of a plan (its `helpers`) as rectangles. */
export function helperRects(plan: SheetPlan): GridRect[] {
  return (plan.helpers ?? []).map((a1) => a1ToRect(a1, plan.rowCount, plan.columnCount));
}
