/** Accumulates a SheetPlan's parts while sections write their cells (one place for the bookkeeping). */
import { columnIndex } from './a1';
import { scopedName } from './names';
import type { ChartSpec, ConditionalRule, PlanCell, PlanFill, SheetPlan, ValidationSpec } from './plan';

export interface PlanWriter {
  set(a1: string, cell: Omit<PlanCell, 'a1'>): void;
  /** One R1C1 formula filled down a range (SheetPlan `fills`). */
  fill(fill: PlanFill): void;
  rule(rule: ConditionalRule): void;
  chart(chart: ChartSpec): void;
  name(name: string, a1: string): void;
  protect(a1: string, description: string): void;
  input(a1: string): void;
  merge(a1: string): void;
  /** Marks a range as intermediate computations (SheetPlan `helpers`). */
  helper(a1: string): void;
  /** A rejecting input check (SheetPlan `validations`). */
  validate(v: ValidationSpec): void;
  finish(
    base: Pick<SheetPlan, 'template' | 'title' | 'frozenRows' | 'frozenColumns' | 'columnWidths'>,
  ): SheetPlan;
}

function extent(a1: string): { row: number; col: number } {
  let row = 0;
  let col = 0;
  for (const part of a1.split(':')) {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(part);
    if (!m) continue;
    row = Math.max(row, Number(m[2]));
    col = Math.max(col, columnIndex(m[1]));
  }
  return { row, col };
}

export function planWriter(): PlanWriter {
  const cells = new Map<string, PlanCell>();
  const rules: ConditionalRule[] = [];
  const charts: ChartSpec[] = [];
  const names = new Map<string, string>();
  const protections: SheetPlan['protections'] = [];
  const inputs: string[] = [];
  const merges: string[] = [];
  const helpers: string[] = [];
  const validations: ValidationSpec[] = [];
  const fills: PlanFill[] = [];
  let maxRow = 1;
  let maxCol = 1;
  const grow = (a1: string) => {
    const e = extent(a1);
    maxRow = Math.max(maxRow, e.row);
    maxCol = Math.max(maxCol, e.col);
  };
  return {
    set(a1, cell) {
      grow(a1);
      cells.set(a1, { a1, ...cell });
    },
    fill(f) {
      grow(f.range);
      fills.push(f);
    },
    rule(r) {
      rules.push(r);
    },
    chart(c) {
      grow(c.anchor);
      charts.push(c);
    },
    name(n, a1) {
      if (names.has(n)) throw new Error(`Template: named range ${n} defined twice`);
      names.set(n, a1);
    },
    protect(a1, description) {
      protections.push({ a1, description, warningOnly: true });
    },
    input(a1) {
      grow(a1);
      if (!inputs.includes(a1)) inputs.push(a1);
    },
    merge(a1) {
      grow(a1);
      merges.push(a1);
    },
    helper(a1) {
      helpers.push(a1);
    },
    validate(v) {
      grow(v.range);
      validations.push(v);
    },
    finish(base) {
      return {
        version: 1,
        ...base,
        // Room for charts to the right of the tiles (≈ 8 columns of a 480 px chart).
        rowCount: maxRow + 5,
        columnCount: Math.max(maxCol + 1, 17),
        merges,
        cells: [...cells.values()],
        ...(fills.length ? { fills } : {}),
        conditionalRules: rules,
        charts,
        namedRanges: [...names].map(([name, a1]) => ({ name: scopedName(base.template, name), a1 })),
        protections,
        tiles: [],
        inputs,
        ...(helpers.length ? { helpers } : {}),
        ...(validations.length ? { validations } : {}),
      };
    },
  };
}
