/** Weekly trend buckets (chart data) and one chart per headline metric. */
import { cell, columnLetter } from './a1';
import { metricFormula, type FormulaCtx, type Window } from './formulas';
import { DATE_FORMAT, FORMATS, writeHeader } from './style';
import type { Metric } from './types';
import { TREND_WEEKS } from './windows';
import type { PlanWriter } from './writer';

export function writeTrend(
  out: PlanWriter,
  metrics: Metric[],
  ctx: FormulaCtx,
  top: number,
): Map<string, string> {
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

export function writeCharts(
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
