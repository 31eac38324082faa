/** The definitions block, generated from the KPI registry (formula, unit, source) and the recipes. */
import { describe, outerKpi } from './describe';
import { findKpi, type FormulaCtx } from './formulas';
import { writeHeader } from './style';
import type { TileRow } from './tiles';
import type { PlanWriter } from './writer';

export function writeDefinitions(out: PlanWriter, rows: TileRow[], ctx: FormulaCtx, top: number): void {
  out.set(`A${top}`, { value: 'Definitions', style: { bold: true } });
  writeHeader(out, top + 1, ['KPI', 'Function', 'Formula', 'Unit', 'Source', 'How this tab computes it']);
  rows.forEach(({ metric: m }, i) => {
    const row = top + 2 + i;
    const name = outerKpi(m.expr, ctx);
    const def = name ? findKpi(name) : undefined;
    out.set(`A${row}`, { value: m.label });
    out.set(`B${row}`, { value: name ?? 'total' });
    out.set(`C${row}`, { value: def?.formula ?? `Σ over the period` });
    out.set(`D${row}`, { value: def?.unit ?? m.unit });
    out.set(`E${row}`, { value: def?.source ?? 'data tabs' });
    out.set(`F${row}`, { value: describe(m.expr, ctx) + (m.note ? ` — ${m.note}` : '') });
  });
}
