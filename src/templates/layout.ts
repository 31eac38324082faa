/**
 * The layout every KPI tab shares: title and "data as of", period + comparison cells, input
 * cells, one tile row per metric (value, comparison, Δ, target, status, sparkline), an optional
 * log table, template-specific sections, weekly trend buckets feeding one chart per headline
 * metric, and a definitions block generated from the KPI registry.
 */
import { TABLES, type TableName } from '../model/schema';
import { abs, cell, columnLetter, quoteSheet, str } from './a1';
import {
  countOf,
  DATE_COLUMN,
  findKpi,
  leafFormula,
  metricFormula,
  missingFor,
  resolve,
  type FormulaCtx,
  type Leaf,
  type Window,
  type Workings,
} from './formulas';
import { checkOptions } from './options';
import { isoToSerial } from './period';
import type { DataTabSchema, SheetPlan, TemplateOptions, TileSpec } from './plan';
import type { Agg, Metric, TabSpec } from './types';
import { planWriter, type PlanWriter } from './writer';

/** A template-specific block (top posts, per-platform table) placed below the tiles. */
export interface Section {
  height(ctx: FormulaCtx): number;
  write(out: PlanWriter, ctx: FormulaCtx, top: number): void;
}

export const FORMATS: Record<TileSpec['unit'], string | undefined> = {
  percent: '0.00%',
  ratio: '0.00',
  currency: '#,##0.00',
  count: '#,##0',
  per_week: '0.0',
  minutes: '0.0',
  score: '0.00',
  text: undefined,
};
const DATE_FORMAT = 'yyyy-mm-dd';
const DELTA_FORMAT = '"▲ "0.0%;"▼ "0.0%;"– "0.0%';
const GOOD = '#137333';
const BAD = '#c5221f';
const MET_BG = '#e6f4ea';
const MISSED_BG = '#fce8e6';
const HEADER: { bold: true; background: string } = { bold: true, background: '#f1f3f4' };
/** Weekly buckets behind each trend chart: the 13 weeks (a quarter) ending on the period's last day. */
export const TREND_WEEKS = 13;

/** Fixed cells of the period block (also the named ranges). */
export const PERIOD_CELLS = {
  start: 'B5',
  end: 'B6',
  mode: 'B7',
  compareStart: 'B8',
  compareEnd: 'B9',
} as const;
/** The reporting period and the comparison period as formula windows. */
export const CURRENT: Window = { start: '$B$5', end: '$B$6', period: 'current', workings: true };
export const COMPARE: Window = { start: '$B$8', end: '$B$9', period: 'compare', workings: true };

function usesInput(agg: Agg): boolean {
  switch (agg.kind) {
    case 'input':
      return true;
    case 'kpi':
      return agg.args.some((a) => a !== undefined && usesInput(a));
    case 'add':
      return agg.parts.some(usesInput);
    case 'first':
      return agg.options.some(usesInput);
    case 'sentiment':
    case 'typedOr':
    case 'typedPlus':
      return true;
    case 'coalesce':
      return agg.options.some(usesInput);
    default:
      return false;
  }
}

/** Data tabs an aggregate reads (for the "data as of" line). */
function tablesOf(agg: Agg): TableName[] {
  switch (agg.kind) {
    case 'sum':
    case 'count':
    case 'at':
      return agg.source === 'log' ? [] : [agg.source];
    case 'kpi':
      return agg.args.flatMap((a) => (a ? tablesOf(a) : []));
    case 'perWeek':
      return tablesOf(agg.sum);
    case 'add':
      return agg.parts.flatMap(tablesOf);
    case 'first':
      return agg.options.flatMap(tablesOf);
    case 'typedOr':
      return tablesOf(agg.otherwise);
    case 'typedPlus':
      return tablesOf(agg.plus);
    case 'coalesce':
      return agg.options.flatMap(tablesOf);
    default:
      return [];
  }
}

/** One-line, human description of how a metric is computed (definitions block). */
export function describe(agg: Agg, ctx: FormulaCtx): string {
  const a = resolve(agg, ctx);
  const from = (source: string) => (source === 'log' ? 'the log above' : TABLES[source as TableName].tab);
  const filt = (w?: { column: string; equals?: string; notEquals?: string }[]) =>
    (w ?? []).map((f) =>
      f.equals !== undefined
        ? `${f.column} = ${f.equals}`
        : f.notEquals
          ? `${f.column} ≠ ${f.notEquals}`
          : `${f.column} not blank`,
    );
  switch (a.kind) {
    case 'sum': {
      const f = filt(a.where);
      return `Σ ${a.column} in ${from(a.source)}, rows dated in the period${f.length ? `, ${f.join(', ')}` : ''}`;
    }
    case 'count':
      return `rows of ${from(a.source)} dated in the period${a.where ? `, ${filt(a.where).join(', ')}` : ''}`;
    case 'at':
      return `${a.column} on the latest date ≤ period ${a.bound} in ${from(a.source)} (a running total: read, never summed)`;
    case 'input':
      return `typed in the inputs block`;
    case 'kpi':
      return `${a.name}(${a.args.map((x) => (x ? describe(x, ctx) : '—')).join('; ')})`;
    case 'perWeek':
      return `${describe(a.sum, ctx)} ÷ weeks in the period`;
    case 'add':
      return a.parts.map((p) => describe(p, ctx)).join(' + ');
    case 'typedOr':
      return `the number typed in the inputs block, else ${describe(a.otherwise, ctx)}`;
    case 'typedPlus':
      return `the number typed in the inputs block + ${describe(a.plus, ctx)}`;
    case 'coalesce':
      return a.options.map((o) => describe(o, ctx)).join('; if blank: ');
    case 'sentiment':
      return `mean SENTIMENT() score of the comments pasted in the tab`;
    default:
      return '';
  }
}

function outerKpi(agg: Agg, ctx: FormulaCtx): string | undefined {
  const a = resolve(agg, ctx);
  return a.kind === 'kpi' ? a.name : a.kind === 'sentiment' ? 'SENTIMENT' : undefined;
}

function writeHeader(out: PlanWriter, row: number, labels: string[], startCol = 1): void {
  labels.forEach((label, i) => out.set(cell(startCol + i, row), { value: label, style: HEADER }));
}

function writePeriod(out: PlanWriter, options: TemplateOptions): void {
  out.set('A4', { value: 'Reporting period', style: { bold: true } });
  out.set('A5', { value: 'Period start' });
  out.set('B5', {
    value: isoToSerial(options.periodStart),
    format: DATE_FORMAT,
    note: 'Type a date; every KPI follows.',
  });
  out.set('A6', { value: 'Period end' });
  out.set('B6', { value: isoToSerial(options.periodEnd), format: DATE_FORMAT, note: 'Last day included.' });
  out.set('A7', { value: 'Compare with' });
  out.set('B7', {
    value: options.compare,
    note: 'Type "previous" (the same number of days just before) or "year" (same dates last year).',
  });
  out.set('A8', { value: 'Comparison start' });
  out.set('B8', { formula: '=IF($B$7="year",EDATE($B$5,-12),$B$5-($B$6-$B$5+1))', format: DATE_FORMAT });
  out.set('A9', { value: 'Comparison end' });
  out.set('B9', { formula: '=IF($B$7="year",EDATE($B$6,-12),$B$5-1)', format: DATE_FORMAT });
  for (const a1 of ['B5', 'B6', 'B7']) out.input(a1);
  out.name('PERIOD_START', 'B5');
  out.name('PERIOD_END', 'B6');
  out.name('COMPARE_MODE', 'B7');
  out.name('COMPARE_START', 'B8');
  out.name('COMPARE_END', 'B9');
  out.protect('B8:B9', 'Computed from the period and "Compare with"');
}

function writeDataAsOf(out: PlanWriter, spec: TabSpec, ctx: FormulaCtx, options: TemplateOptions): void {
  out.set('A2', { value: 'Data as of', style: { italic: true } });
  const tables = [...new Set(spec.metrics.flatMap((m) => tablesOf(m.expr)))].filter((t) =>
    ctx.schema.tabs[TABLES[t].tab]?.columns.includes(DATE_COLUMN[t]),
  );
  const ranges = tables.map((t) => {
    const l = columnLetter(ctx.schema.tabs[TABLES[t].tab].columns.indexOf(DATE_COLUMN[t]) + 1);
    return `${quoteSheet(TABLES[t].tab)}!$${l}:$${l}`;
  });
  if (ranges.length) {
    const max = `MAX(${ranges.join(',')})`;
    out.set('B2', {
      // IFERROR: an engine that refuses MAX over a header-only column still shows a blank.
      formula: `=IFERROR(IF(${max}=0,"",INT(${max})),"")`,
      format: DATE_FORMAT,
      note: 'Latest date in the data tabs.',
    });
  } else if (options.dataAsOf) {
    out.set('B2', { value: isoToSerial(options.dataAsOf), format: DATE_FORMAT });
  } else {
    out.set('B2', { value: '' });
  }
}

interface TileRow {
  metric: Metric;
  row: number;
  missing: string[];
}

function writeTiles(
  out: PlanWriter,
  rows: TileRow[],
  ctx: FormulaCtx,
  options: TemplateOptions,
  trendColumn: (key: string) => string | undefined,
): TileSpec[] {
  const tiles: TileSpec[] = [];
  for (const { metric: m, row, missing } of rows) {
    const [B, C, D, E, F, G] = ['B', 'C', 'D', 'E', 'F', 'G'].map((l) => `${l}${row}`);
    const fmt = FORMATS[m.unit];
    out.set(`A${row}`, { value: m.label, ...(m.note ? { note: m.note } : {}) });
    if (missing.length) {
      const note = `No data yet: ${missing.join('; ')}.`;
      out.set(B, { value: '', note });
      out.set(C, { value: '' });
    } else {
      out.set(B, { formula: metricFormula(m.expr, ctx, CURRENT), ...(fmt ? { format: fmt } : {}) });
      out.set(
        C,
        m.noCompare
          ? { value: '' }
          : { formula: metricFormula(m.expr, ctx, COMPARE), ...(fmt ? { format: fmt } : {}) },
      );
    }
    const text = m.unit === 'text';
    out.set(
      D,
      text
        ? { value: '' }
        : { formula: `=IF(OR(${B}="",${C}="",N(${C})=0),"",(${B}-${C})/ABS(${C}))`, format: DELTA_FORMAT },
    );
    const target = options.targets?.[m.key];
    out.set(E, text ? { value: '' } : { value: target ?? '', ...(fmt ? { format: fmt } : {}) });
    if (!text) out.input(E);
    const cmp = m.higherIsBetter ? '>=' : '<=';
    out.set(
      F,
      text ? { value: '' } : { formula: `=IF(OR(${B}="",${E}=""),"",IF(${B}${cmp}${E},"met","missed"))` },
    );
    const trend = trendColumn(m.key);
    out.set(
      G,
      trend ? { formula: `=SPARKLINE(${trend})`, googleOnly: true, portable: { value: '' } } : { value: '' },
    );
    if (!text && !m.neutral) {
      const up = m.higherIsBetter ? GOOD : BAD;
      const down = m.higherIsBetter ? BAD : GOOD;
      out.rule({ range: D, formula: `=AND(ISNUMBER(${D}),${D}>0)`, style: { fontColor: up } });
      out.rule({ range: D, formula: `=AND(ISNUMBER(${D}),${D}<0)`, style: { fontColor: down } });
    }
    if (!text) {
      const met = `AND(ISNUMBER(${B}),ISNUMBER(${E}),${B}${cmp}${E})`;
      const missed = `AND(ISNUMBER(${B}),ISNUMBER(${E}),NOT(${B}${cmp}${E}))`;
      for (const range of [B, F]) {
        out.rule({ range, formula: `=${met}`, style: { background: MET_BG, fontColor: GOOD } });
        out.rule({ range, formula: `=${missed}`, style: { background: MISSED_BG, fontColor: BAD } });
      }
    }
    out.name(`KPI_${m.key}`, B);
    tiles.push({
      key: m.key,
      label: m.label,
      ...(outerKpi(m.expr, ctx) ? { kpi: outerKpi(m.expr, ctx) } : {}),
      unit: m.unit,
      valueA1: B,
      compareA1: C,
      deltaA1: D,
      targetA1: E,
      higherIsBetter: m.higherIsBetter,
    });
  }
  return tiles;
}

function writeInputs(out: PlanWriter, spec: TabSpec, top: number): FormulaCtx['inputs'] {
  const refs: FormulaCtx['inputs'] = {};
  if (!spec.inputs.length) return refs;
  writeHeader(out, top, ['Inputs — type your numbers', 'This period', 'Comparison period']);
  spec.inputs.forEach((input, i) => {
    const row = top + 1 + i;
    const fmt = FORMATS[input.unit];
    out.set(`A${row}`, { value: input.label, ...(input.note ? { note: input.note } : {}) });
    for (const col of ['B', 'C']) {
      out.set(`${col}${row}`, {
        value: '',
        ...(fmt ? { format: fmt } : {}),
        style: { background: '#fef7e0' },
      });
      out.input(`${col}${row}`);
    }
    refs[input.id] = { current: `$B$${row}`, compare: `$C$${row}` };
  });
  return refs;
}

function writeLog(out: PlanWriter, spec: TabSpec, top: number, addon: boolean): FormulaCtx['log'] {
  const log = spec.log;
  if (!log) return undefined;
  out.set(`A${top}`, { value: log.title, style: { bold: true }, ...(log.note ? { note: log.note } : {}) });
  writeHeader(
    out,
    top + 1,
    log.columns.map((c) => c.label),
  );
  const firstRow = top + 2;
  const lastRow = firstRow + log.rows - 1;
  const columns: Record<string, number> = {};
  log.columns.forEach((c, i) => (columns[c.name] = i + 1));
  log.columns.forEach((c, i) => {
    const l = columnLetter(i + 1);
    if (c.sentimentOf) {
      // One scalar call per row: evaluates everywhere the add-on runs (no reliance on array spill).
      const src = columnLetter(columns[c.sentimentOf]);
      if (!addon)
        out.set(`${l}${top + 1}`, { value: c.label, style: HEADER, note: 'Needs the add-on functions.' });
      else
        for (let r = firstRow; r <= lastRow; r++)
          out.set(`${l}${r}`, { formula: `=IF(${src}${r}="","",SENTIMENT(${src}${r}))`, format: '0.00' });
      return;
    }
    const fmt = c.name === log.dateColumn ? DATE_FORMAT : FORMATS[c.unit];
    // Formats only: the cells are the user's (listed as inputs), so no value is written.
    if (fmt) for (let r = firstRow; r <= lastRow; r++) out.set(`${l}${r}`, { format: fmt });
  });
  const typed = log.columns.filter((c) => !c.sentimentOf).length;
  out.input(`A${firstRow}:${columnLetter(typed)}${lastRow}`);
  return { firstRow, lastRow, columns, ...(log.dateColumn ? { dateColumn: log.dateColumn } : {}) };
}

function writeTrend(out: PlanWriter, metrics: Metric[], ctx: FormulaCtx, top: number): Map<string, string> {
  const cols = new Map<string, string>();
  if (!metrics.length) return cols;
  out.set(`A${top}`, {
    value: `Weekly trend — chart data (${TREND_WEEKS} weeks ending on the period's last day)`,
    style: { bold: true },
  });
  writeHeader(out, top + 1, ['Week start', 'Week end', ...metrics.map((m) => m.label)]);
  const first = top + 2;
  const last = first + TREND_WEEKS - 1;
  for (let i = 0; i < TREND_WEEKS; i++) {
    const row = first + i;
    out.set(`A${row}`, { formula: `=$B$6-${7 * (TREND_WEEKS - i) - 1}`, format: DATE_FORMAT });
    out.set(`B${row}`, { formula: `=$B$6-${7 * (TREND_WEEKS - 1 - i)}`, format: DATE_FORMAT });
    const w: Window = { start: `$A${row}`, end: `$B${row}`, period: 'current', workings: true };
    metrics.forEach((m, j) => {
      const fmt = FORMATS[m.unit];
      out.set(cell(3 + j, row), { formula: metricFormula(m.expr, ctx, w), ...(fmt ? { format: fmt } : {}) });
    });
  }
  metrics.forEach((m, j) => cols.set(m.key, `${columnLetter(3 + j)}${first}:${columnLetter(3 + j)}${last}`));
  return cols;
}

function writeCharts(
  out: PlanWriter,
  metrics: Metric[],
  trend: Map<string, string>,
  top: number,
  trendTop: number,
): void {
  const first = trendTop + 2;
  const domain = `A${first}:A${first + TREND_WEEKS - 1}`;
  metrics.forEach((m, i) => {
    const range = trend.get(m.key);
    if (!range) return;
    out.chart({
      id: `trend-${m.key.toLowerCase()}`,
      type: m.unit === 'percent' || m.unit === 'ratio' || m.unit === 'score' ? 'line' : 'column',
      title: `${m.label} by week`,
      anchor: `I${top + i * 16}`,
      width: 480,
      height: 300,
      domain,
      series: [{ range, name: m.label }],
    });
  });
}

function writeDefinitions(out: PlanWriter, rows: TileRow[], ctx: FormulaCtx, top: number): void {
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

/**
 * The workings: every aggregate (Σ column, rows counted, running total read) spelled out once —
 * for the period windows as rows (this period in B, comparison in C, described in A), and for the
 * trend's weekly buckets as extra columns of the trend block. Tile formulas then read like their
 * definition, e.g. =IF(OR($B$60="",$B$60=0),"",N($B$61)/$B$60), and each SUMIFS runs once however
 * many KPIs share it (a sum reuses its row count as its blank test). Cells are allocated on demand.
 */
function workingsBlock(
  out: PlanWriter,
  ctx: FormulaCtx,
  top: number,
  trend: { headerRow: number; firstCol: number },
): Workings & { rows(): number; trendColumns(): number } {
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  const written = new Set<string>();
  const inline: FormulaCtx = { ...ctx, workings: undefined };
  const format = (agg: Leaf) => (agg.kind === 'sum' ? '#,##0.##' : '#,##0');

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
    const key = JSON.stringify(agg);
    const countRef = agg.kind === 'sum' ? trendCell(countOf(agg), w) : undefined;
    let col = cols.get(key);
    if (col === undefined) {
      col = trend.firstCol + cols.size;
      cols.set(key, col);
      out.set(cell(col, trend.headerRow), { value: describe(agg, ctx), style: HEADER });
    }
    const a1 = cell(col, row);
    if (!written.has(a1)) {
      written.add(a1);
      out.set(a1, { formula: leafFormula(agg, inline, w, countRef), format: format(agg) });
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

function writeWorkingsHeader(out: PlanWriter, top: number, count: number): void {
  if (!count) return;
  out.set(`A${top}`, {
    value: 'Workings — the period sums every KPI above is computed from',
    style: { bold: true },
  });
  writeHeader(out, top + 1, ['Aggregate', 'This period', 'Comparison period']);
  out.protect(`B${top + 2}:C${top + 1 + count}`, 'Workings: computed from the data tabs');
}

/** Builds the whole SheetPlan of a KPI tab from its declarative spec. */
export function buildPlan(
  spec: TabSpec,
  schema: DataTabSchema,
  options: TemplateOptions,
  sections: Section[] = [],
): SheetPlan {
  options = checkOptions(spec.id, options);
  const out = planWriter();
  out.set('A1', { value: spec.title, style: { bold: true, fontSize: 16 } });
  out.set('A3', { value: spec.description, style: { italic: true, fontColor: '#5f6368' } });
  writePeriod(out, options);

  let row = 11;
  const inputs = writeInputs(out, spec, row);
  if (spec.inputs.length) row += spec.inputs.length + 2;

  const tileTop = row;
  row += spec.metrics.length + 2;
  const log = writeLog(out, spec, row, options.useAddonFunctions === true);
  if (spec.log) row += spec.log.rows + 3;
  const base: FormulaCtx = {
    schema,
    addon: options.useAddonFunctions === true,
    inputs,
    ...(log ? { log } : {}),
  };

  // Positions first (every block's height is known), then the cells.
  const sectionTops = sections.map((s) => {
    const top = row;
    row += s.height(base) + 1;
    return top;
  });
  const tileRows: TileRow[] = spec.metrics.map((metric, i) => ({
    metric,
    row: tileTop + 1 + i,
    missing: missingFor(metric.expr, base),
  }));
  const charted = tileRows
    .filter((t) => t.metric.headline && !t.missing.length && !usesInput(t.metric.expr))
    .map((t) => t.metric);
  const trendTop = row;
  if (charted.length) row += TREND_WEEKS + 3;
  const definitionsTop = row;
  row += tileRows.length + 3;
  const workings = workingsBlock(out, base, row, { headerRow: trendTop + 1, firstCol: 4 + charted.length });
  const ctx: FormulaCtx = { ...base, workings };

  sections.forEach((s, i) => s.write(out, ctx, sectionTops[i]));
  const trend = writeTrend(out, charted, ctx, trendTop);
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
  writeCharts(out, charted, trend, tileTop, trendTop);
  writeDataAsOf(out, spec, ctx, options);
  writeWorkingsHeader(out, row, workings.rows());
  if (charted.length) {
    const last = columnLetter(3 + charted.length + workings.trendColumns());
    out.protect(
      `A${trendTop + 2}:${last}${trendTop + 1 + TREND_WEEKS}`,
      'Chart data: computed from the data tabs',
    );
  }

  const plan = out.finish({
    template: spec.id,
    title: spec.title,
    frozenRows: 2,
    frozenColumns: 0,
    columnWidths: { A: 240, B: 115, C: 115, D: 120, E: 100, F: 80, G: 130, H: 24 },
  });
  return { ...plan, tiles };
}

/** Re-exported for sections: absolute refs, quoting and string literals. */
export { abs, quoteSheet, str };
