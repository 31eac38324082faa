/**
 * Simulates a user filling a generated tab: typed input cells (this period / comparison) and
 * weekly log rows, located through the plan's own labels. Returns the edits (A1 → value) and the
 * same numbers in the oracle's shape.
 */
import type { RawCellContent } from 'hyperformula';
import { columnLetter } from '../../../../src/templates/a1';
import type { FormulaCtx } from '../../../../src/templates/formulas';
import { addDays, isoToSerial } from '../../../../src/templates/period';
import type { DataTabSchema, SheetPlan } from '../../../../src/templates/plan';
import type { TabSpec } from '../../../../src/templates/types';
import type { RefData } from './reference';

function rowOfLabel(plan: SheetPlan, label: string, column = 'A'): number {
  const c = plan.cells.find((x) => x.value === label && x.a1.startsWith(column) && /^[A-Z]\d/.test(x.a1));
  if (!c) throw new Error(`label "${label}" not on the tab`);
  return Number(c.a1.slice(1));
}

export interface Filled {
  edits: Record<string, RawCellContent>;
  inputs: RefData['inputs'];
  log: RefData['log'];
}

export function fillTab(plan: SheetPlan, spec: TabSpec, seed = 3): Filled {
  let s = seed;
  const rnd = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
  const edits: Record<string, RawCellContent> = {};
  const inputs: NonNullable<RefData['inputs']> = {};
  for (const input of spec.inputs) {
    const row = rowOfLabel(plan, input.label);
    const cur = 50 + rnd(5000);
    const cmp = 50 + rnd(5000);
    edits[`B${row}`] = cur;
    edits[`C${row}`] = cmp;
    inputs[input.id] = [cur, cmp];
  }
  // Keep rates possible: DAU ≤ MAU, answered ≤ received.
  const clamp = (small: string, big: string) => {
    if (!inputs[small] || !inputs[big]) return;
    for (const i of [0, 1] as const) {
      const v = Math.min(Number(inputs[small][i]), Number(inputs[big][i]));
      inputs[small][i] = v;
      edits[`${i ? 'C' : 'B'}${rowOfLabel(plan, spec.inputs.find((x) => x.id === small)!.label)}`] = v;
    }
  };
  clamp('dau', 'mau');
  clamp('responded', 'received');
  const log: NonNullable<RefData['log']> = [];
  if (spec.log?.dateColumn) {
    const header = rowOfLabel(plan, spec.log.columns[0].label);
    let connections = 800;
    for (let w = 0; w < 30; w++) {
      connections += rnd(25);
      const row: Record<string, number | string | null> = {
        week: addDays('2025-01-06', 7 * w),
        brand: 5 + rnd(20),
        people: 5 + rnd(20),
        insights: 5 + rnd(20),
        relationships: 5 + rnd(20),
        connections,
        relevant_connections: Math.floor(connections * 0.4) + rnd(40),
        profile_views: rnd(120),
        relevant_views: rnd(40),
        messages: w % 5 === 3 ? null : rnd(15),
        conversations: rnd(4),
      };
      log.push(row);
      spec.log.columns.forEach((c, i) => {
        const v = row[c.name];
        if (v === null || v === undefined) return;
        edits[`${columnLetter(i + 1)}${header + 1 + w}`] =
          c.name === spec.log!.dateColumn ? isoToSerial(String(v)) : v;
      });
    }
  }
  return { edits, inputs, log };
}

/** The formula context the oracle needs to resolve the same alternatives as the template. */
export function oracleCtx(schema: DataTabSchema, spec: TabSpec): FormulaCtx {
  const columns = Object.fromEntries((spec.log?.columns ?? []).map((c, i) => [c.name, i + 1]));
  return {
    schema,
    addon: false,
    inputs: Object.fromEntries(spec.inputs.map((i) => [i.id, { current: '', compare: '' }])),
    ...(spec.log
      ? {
          log: {
            firstRow: 1,
            lastRow: 2,
            columns,
            ...(spec.log.dateColumn ? { dateColumn: spec.log.dateColumn } : {}),
          },
        }
      : {}),
  };
}
