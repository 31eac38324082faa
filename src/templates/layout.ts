/**
 * The layout every KPI tab shares: title and "data as of", period + comparison cells, input
 * cells, one tile row per metric (value, comparison, Δ, target, status, sparkline), an optional
 * log table, template-specific sections, weekly trend buckets feeding one chart per headline
 * metric, and a definitions block generated from the KPI registry.
 */
import { columnLetter } from './a1';
import { usesInput } from './describe';
import { writeDefinitions } from './definitions';
import { missingFor, type FormulaCtx } from './formulas';
import { writeInputs, writeLog } from './inputs-block';
import { checkOptions } from './options';
import { writeDataAsOf, writePeriod } from './period-block';
import type { DataTabSchema, SheetPlan, TemplateOptions } from './plan';
import { writeHeader, HEADER } from './style';
import { writeSummary } from './summary';
import { writeTiles, type TileRow } from './tiles';
import { chartRows, trendShape, writeCharts, writeTrend } from './trend';
import type { TabSpec } from './types';
import { writeWorkingsHeader, workingsBlock } from './workings';
import { planWriter, type PlanWriter } from './writer';

/** A template-specific block (top posts, per-platform table) placed below the tiles. */
export interface Section {
  height(ctx: FormulaCtx): number;
  write(out: PlanWriter, ctx: FormulaCtx, top: number): void;
}

/** Builds the whole SheetPlan of a KPI tab from its declarative spec. */
export function buildPlan(
  spec: TabSpec,
  schema: DataTabSchema,
  options: TemplateOptions,
  sections: Section[] = [],
): SheetPlan {
  options = checkOptions(spec.id, options);
  const keys = spec.metrics.map((m) => m.key);
  const unknown = Object.keys(options.targets ?? {}).filter((k) => !keys.includes(k));
  if (unknown.length)
    throw new Error(
      `Template ${spec.id}: no KPI named ${unknown.join(', ')} — targets go with ${keys.join(', ')}.`,
    );
  const out = planWriter();
  out.set('A1', { value: spec.title, style: { bold: true, fontSize: 16 } });
  out.set('A3', { value: spec.description, style: { italic: true, fontColor: '#5f6368' } });
  writePeriod(out, options);

  // Tiles first (the first screen), then what the user types.
  const tileTop = 12;
  let row = tileTop + spec.metrics.length + 2;
  const inputs = writeInputs(out, spec, row);
  if (spec.inputs.length) row += spec.inputs.length + 2;
  const log = writeLog(out, spec, row, options.useAddonFunctions === true);
  if (spec.log) row += spec.log.rows + 3;
  const base: FormulaCtx = {
    schema,
    addon: options.useAddonFunctions === true,
    inputs,
    ...(log ? { log } : {}),
  };

  // Positions first (every block's height is known), then the cells.
  const tileRows: TileRow[] = spec.metrics.map((metric, i) => ({
    metric,
    row: tileTop + 1 + i,
    missing: missingFor(metric.expr, base),
  }));
  const charted = tileRows
    .filter((t) => t.metric.headline && !t.missing.length && !usesInput(t.metric.expr))
    .map((t) => t.metric);
  // The charts' own area: no cell is written under them.
  const chartTop = row;
  row += chartRows(charted.length);
  const sectionTops = sections.map((s) => {
    const top = row;
    row += s.height(base) + 1;
    return top;
  });
  const shape = trendShape(options);
  const trendTop = row;
  if (charted.length) row += shape.count + 3;
  const definitionsTop = row;
  row += tileRows.length + 3;
  const workings = workingsBlock(out, base, row, {
    headerRow: trendTop + 1,
    firstCol: 5 + 2 * charted.length,
  });
  const ctx: FormulaCtx = { ...base, workings };

  sections.forEach((s, i) => s.write(out, ctx, sectionTops[i]));
  const trend = writeTrend(out, charted, ctx, trendTop, shape);
  writeDefinitions(out, tileRows, ctx, definitionsTop);

  writeHeader(out, tileTop, ['KPI', 'Value', 'Comparison', 'Δ vs comparison', 'Target', 'Status', 'Trend']);
  out.set(`D${tileTop}`, {
    value: 'Δ vs comparison',
    style: HEADER,
    note: 'Relative change: (value − comparison) ÷ |comparison|. Green when it moves the good way for that KPI.',
  });
  out.set(`E${tileTop}`, {
    value: 'Target',
    style: HEADER,
    note: 'Type your targets; they are kept when the tab is regenerated.',
  });
  const tiles = writeTiles(out, tileRows, ctx, options, (key) => trend.get(key));
  writeSummary(out, tileRows);
  if (tileRows.length) {
    out.protect(
      `B${tileTop + 1}:D${tileTop + tileRows.length}`,
      'KPI formulas: regenerate the tab to rebuild',
    );
    out.protect(
      `F${tileTop + 1}:G${tileTop + tileRows.length}`,
      'KPI formulas: regenerate the tab to rebuild',
    );
  }
  writeCharts(out, charted, trend, chartTop, trendTop, shape);
  writeDataAsOf(out, spec, ctx, options);
  writeWorkingsHeader(out, row, workings.rows());
  if (charted.length) {
    const last = columnLetter(4 + 2 * charted.length + workings.trendColumns());
    out.protect(
      `A${trendTop + 2}:${last}${trendTop + 1 + shape.count}`,
      'Chart data: computed from the data tabs',
    );
  }

  // The workings rows and the trend block's aggregate columns only feed other cells.
  if (workings.rows()) out.helper(`A${row}:C${row + 1 + workings.rows()}`);
  if (workings.trendColumns()) {
    const first = columnLetter(5 + 2 * charted.length);
    const last = columnLetter(4 + 2 * charted.length + workings.trendColumns());
    out.helper(`${first}${trendTop + 1}:${last}${trendTop + 1 + shape.count}`);
  }
  const plan = out.finish({
    template: spec.id,
    title: spec.title,
    frozenRows: 2,
    frozenColumns: 0,
    // Labels, then one shared width for the tile columns B–G, then a narrow gutter: three width
    // runs, so three setColumnWidths calls. The chart area (trend.ts) is sized from these widths.
    columnWidths: { A: 240, B: 115, C: 115, D: 115, E: 115, F: 115, G: 115, H: 24 },
  });
  return { ...plan, tiles };
}
