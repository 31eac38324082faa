/** A plan's fill-downs as the cells they become (pure): for writers that take one formula per cell. */
import { r1c1ToA1 } from '../cells/r1c1';
import { columnIndex, columnLetter } from './a1';
import type { PlanCell, SheetPlan } from './plan';

function parseRange(a1: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1);
  if (!m) throw new Error(`Plan fill range "${a1}" must be bounded, like BZ2:BZ1001.`);
  const [top, left] = [Number(m[2]), columnIndex(m[1])];
  const [bottom, right] = m[3] ? [Number(m[4]), columnIndex(m[3])] : [top, left];
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** Every cell of every fill, with the A1 formula Sheets derives for it from the fill's R1C1 formula. */
export function expandFills(plan: Pick<SheetPlan, 'fills'>): PlanCell[] {
  const out: PlanCell[] = [];
  for (const f of plan.fills ?? []) {
    const r = parseRange(f.range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        out.push({
          a1: `${columnLetter(col)}${row}`,
          formula: r1c1ToA1(f.formulaR1C1, row, col),
        });
  }
  return out;
}

/** The plan's cells with its fills expanded (fills are applied after cells, so they win). */
export function cellsWithFills(plan: Pick<SheetPlan, 'cells' | 'fills'>): PlanCell[] {
  return [...plan.cells, ...expandFills(plan)];
}
