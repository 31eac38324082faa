/** The workings: each aggregate a KPI tab needs, spelled out once (period rows, trend columns). */
import { columnType } from '../model/schema';
import { cell } from './a1';
import { describe } from './describe';
import { countOf, leafFormula, type FormulaCtx, type Leaf, type Window, type Workings } from './formulas';
import { HEADER, writeHeader } from './style';
import { COMPARE, CURRENT } from './windows';
import type { PlanWriter } from './writer';

/**
 * The workings: every aggregate (Σ column, rows counted, running total read) spelled out once —
 * for the period windows as rows (this period in B, comparison in C, described in A), and for the
 * trend's weekly buckets as extra columns of the trend block. Tile formulas then read like their
 * definition, e.g. =IF(OR($B$60="",$B$60=0),"",N($B$61)/$B$60), and each SUMIFS runs once however
 * many KPIs share it (a sum reuses its row count as its blank test). Cells are allocated on demand.
 */
export function workingsBlock(
  out: PlanWriter,
  ctx: FormulaCtx,
  top: number,
  trend: { headerRow: number; firstCol: number },
): Workings & { rows(): number; trendColumns(): number } {
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  const written = new Set<string>();
  const inline: FormulaCtx = { ...ctx, workings: undefined };
  // Not "#,##0.##": Sheets shows a whole number in it with a trailing dot ("1,200.").
  const format = (agg: Leaf) =>
    agg.kind === 'sum' && (agg.source === 'log' || columnType(agg.source, agg.column) !== 'count')
      ? '#,##0.00'
      : '#,##0';

  const periodRow = (agg: Leaf): number => {
    const key = JSON.stringify(agg);
    const known = rows.get(key);
    if (known !== undefined) return known;
    const countRow = agg.kind === 'sum' ? periodRow(countOf(agg)) : undefined;
    const row = top + 2 + rows.size;
    rows.set(key, row);
    out.set(`A${row}`, { value: describe(agg, ctx) });
    for (const [col, w] of [
      ['B', CURRENT],
      ['C', COMPARE],
    ] as const) {
      const countRef = countRow === undefined ? undefined : `$${col}$${countRow}`;
      out.set(`${col}${row}`, { formula: leafFormula(agg, inline, w, countRef), format: format(agg) });
    }
    return row;
  };

  const trendCell = (agg: Leaf, w: Window): string => {
    const row = Number(/\d+/.exec(w.start)?.[0]);
    // One column per aggregate and window column (this period's buckets, the comparison's).
    const key = JSON.stringify(agg) + w.start.replace(/\d/g, '');
    const countRef = agg.kind === 'sum' ? trendCell(countOf(agg), w) : undefined;
    let col = cols.get(key);
    if (col === undefined) {
      col = trend.firstCol + cols.size;
      cols.set(key, col);
      const label = describe(agg, ctx) + (w.period === 'compare' ? ' (comparison)' : '');
      out.set(cell(col, trend.headerRow), { value: label, style: HEADER });
    }
    const a1 = cell(col, row);
    if (!written.has(a1)) {
      written.add(a1);
      // Buckets past the period's end are blank.
      const f = leafFormula(agg, inline, w, countRef).slice(1);
      out.set(a1, { formula: `=IF(${w.start}="","",${f})`, format: format(agg) });
    }
    return a1;
  };

  return {
    ref: (agg, w) =>
      w.start === CURRENT.start || w.start === COMPARE.start
        ? `$${w.period === 'compare' ? 'C' : 'B'}$${periodRow(agg)}`
        : trendCell(agg, w),
    rows: () => rows.size,
    trendColumns: () => cols.size,
  };
}

export function writeWorkingsHeader(out: PlanWriter, top: number, count: number): void {
  if (!count) return;
  out.set(`A${top}`, {
    value: 'Workings — the period sums every KPI above is computed from',
    style: { bold: true },
  });
  writeHeader(out, top + 1, ['Aggregate', 'This period', 'Comparison period']);
  out.protect(`B${top + 2}:C${top + 1 + count}`, 'Workings: computed from the data tabs');
}
