/**
 * Trend buckets behind the charts: the whole period in days (up to 31 days), ISO weeks (Monday to
 * Sunday, up to 26 weeks) or calendar months, each with its comparison twin (the same offset into
 * the comparison window), and one chart per headline metric drawing both.
 */
import { cell, columnLetter } from './a1';
import { metricFormula, type FormulaCtx, type Window } from './formulas';
import { periodDays } from './period';
import type { TemplateOptions } from './plan';
import { DATE_FORMAT, FORMATS, writeHeader } from './style';
import type { Metric } from './types';
import type { PlanWriter } from './writer';

export interface TrendShape {
  unit: 'day' | 'week' | 'month';
  /** Buckets written (fixed when the tab is built; a longer period typed later shows the first ones). */
  count: number;
}

export function trendShape(o: TemplateOptions): TrendShape {
  const days = periodDays(o.periodStart, o.periodEnd);
  if (days <= 31) return { unit: 'day', count: days };
  if (days <= 182) return { unit: 'week', count: Math.ceil(days / 7) + 1 };
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  return { unit: 'month', count: Math.min(60, month(o.periodEnd) - month(o.periodStart) + 1) };
}

/** First day of bucket i (blank past the period's end) and its last day, clipped to the period. */
function bucket(unit: TrendShape['unit'], i: number): [string, string] {
  const from =
    unit === 'day'
      ? `$B$5+${i}`
      : unit === 'week'
        ? `$B$5-WEEKDAY($B$5,3)+${7 * i}`
        : `EOMONTH($B$5,${i - 1})+1`;
  const to = unit === 'day' ? from : unit === 'week' ? `${from}+6` : `EOMONTH($B$5,${i})`;
  return [`=IF(${from}>$B$6,"",MAX($B$5,${from}))`, `MIN($B$6,${to})`];
}

export function writeTrend(
  out: PlanWriter,
  metrics: Metric[],
  ctx: FormulaCtx,
  top: number,
  shape: TrendShape,
): Map<string, string> {
  const cols = new Map<string, string>();
  if (!metrics.length) return cols;
  out.set(`A${top}`, {
    value: `Trend — chart data (the period by ${shape.unit}, with the comparison period at the same offsets)`,
    style: { bold: true },
  });
  const n = metrics.length;
  writeHeader(out, top + 1, [
    'From',
    'To',
    'Comparison from',
    'Comparison to',
    ...metrics.map((m) => m.label),
    ...metrics.map((m) => `${m.label} (comparison)`),
  ]);
  const first = top + 2;
  for (let i = 0; i < shape.count; i++) {
    const r = first + i;
    const [from, to] = bucket(shape.unit, i);
    const blank = (f: string) => `=IF($A${r}="","",${f})`;
    out.set(`A${r}`, { formula: from, format: DATE_FORMAT });
    out.set(`B${r}`, { formula: blank(to), format: DATE_FORMAT });
    out.set(`C${r}`, { formula: blank(`$A${r}-$B$5+$B$8`), format: DATE_FORMAT });
    out.set(`D${r}`, { formula: blank(`$B${r}-$B$5+$B$8`), format: DATE_FORMAT });
    const windows: Window[] = [
      { start: `$A${r}`, end: `$B${r}`, period: 'current', workings: true },
      { start: `$C${r}`, end: `$D${r}`, period: 'compare', workings: true },
    ];
    metrics.forEach((m, j) => {
      const fmt = FORMATS[m.unit];
      windows.forEach((w, k) =>
        out.set(cell(5 + j + k * n, r), {
          formula: blank(metricFormula(m.expr, ctx, w).slice(1)),
          ...(fmt ? { format: fmt } : {}),
        }),
      );
    });
  }
  const last = first + shape.count - 1;
  metrics.forEach((m, j) => {
    for (const k of [0, 1]) {
      const l = columnLetter(5 + j + k * n);
      cols.set(k ? `${m.key}~` : m.key, `${l}${first}:${l}${last}`);
    }
  });
  return cols;
}

/** Rows the chart area takes: two charts side by side per band (A–C and E–I), 16 rows each. */
export const chartRows = (charts: number): number => Math.ceil(charts / 2) * 16;

export function writeCharts(
  out: PlanWriter,
  metrics: Metric[],
  trend: Map<string, string>,
  top: number,
  trendTop: number,
  shape: TrendShape,
): void {
  const first = trendTop + 2;
  const domain = `A${first}:A${first + shape.count - 1}`;
  metrics.forEach((m, i) => {
    const range = trend.get(m.key);
    if (!range) return;
    out.chart({
      id: `trend-${m.key.toLowerCase()}`,
      type: 'line',
      title: `${m.label} by ${shape.unit}`,
      // A–C (470 px) or E–I (469 px) hold a 460 px chart; each band is 16 rows of 21 px.
      anchor: `${i % 2 ? 'E' : 'A'}${top + Math.floor(i / 2) * 16}`,
      width: 460,
      height: 300,
      domain,
      series: [
        { range, name: 'This period' },
        { range: trend.get(`${m.key}~`)!, name: 'Comparison period' },
      ],
    });
  });
}
