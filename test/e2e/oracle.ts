/**
 * Expected KPI tile values: the templates' own recipes evaluated on the canonical rows in plain
 * JavaScript with the KPI registry's compute (H4's reference interpreter), over the rows the data
 * tabs hold after merging every imported file by natural key (H3's mergeRows).
 */
import { readFileSync } from 'node:fs';
import { importFile, mergeRows } from '../../src/importers';
import type { CanonicalTable, TableName } from '../../src/model/schema';
import type { FormulaCtx } from '../../src/templates/formulas';
import { missingFor } from '../../src/templates/formulas';
import { comparePeriod } from '../../src/templates/period';
import type { SheetPlan, TemplateOptions } from '../../src/templates/plan';
import { schemaFromTables } from '../../src/templates/schema';
import type { KpiTemplate } from '../../src/templates/types';
import { tileValue, type RefData, type Value } from '../unit/templates/helpers/reference';

/** The data tabs' content after importing these files in order. */
export function mergedTables(paths: string[]): CanonicalTable[] {
  const byTable = new Map<TableName, CanonicalTable>();
  for (const p of paths) {
    const r = importFile(p.split('/').pop()!, new Uint8Array(readFileSync(p)));
    for (const t of r.tables) {
      if (t.rows.length === 0) continue;
      byTable.set(t.table, mergeRows(byTable.get(t.table) ?? null, t).table);
    }
  }
  return [...byTable.values()];
}

export interface ExpectedTile {
  key: string;
  label: string;
  valueA1: string;
  compareA1: string;
  targetA1: string;
  value: Value;
  compare: Value | undefined;
}

export function expectedTiles(
  template: KpiTemplate,
  tables: CanonicalTable[],
  opts: TemplateOptions,
): ExpectedTile[] {
  const schema = schemaFromTables(tables);
  const plan: SheetPlan = template.build(schema, opts);
  const spec = template.spec(schema);
  const data: RefData = { tables: Object.fromEntries(tables.map((t) => [t.table, t])) };
  const ctx: FormulaCtx = {
    schema,
    addon: false,
    inputs: Object.fromEntries(spec.inputs.map((i) => [i.id, { current: '', compare: '' }])),
  };
  const cmp = comparePeriod(opts.periodStart, opts.periodEnd, opts.compare);
  return spec.metrics.map((m) => {
    const tile = plan.tiles.find((t) => t.key === m.key)!;
    const missing = missingFor(m.expr, ctx).length > 0;
    const at = (w: { start: string; end: string; period: 'current' | 'compare' }) =>
      missing ? '' : tileValue(m.expr, data, ctx, w);
    return {
      key: m.key,
      label: m.label,
      valueA1: tile.valueA1,
      compareA1: tile.compareA1,
      targetA1: tile.targetA1,
      value: at({ start: opts.periodStart, end: opts.periodEnd, period: 'current' }),
      compare: m.noCompare ? undefined : at({ ...cmp, period: 'compare' }),
    };
  });
}

/** Grid value vs expected: blank = blank, numbers within 1e-9. */
export function sameValue(actual: unknown, expected: Value): boolean {
  if (expected === '') return actual === null || actual === '';
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9;
  return actual === expected;
}
