/** One tile row per metric: value, comparison, Δ (arrow + colour), target, status, sparkline. */
import { outerKpi } from './describe';
import { coverageOf, expr, metricFormula, type FormulaCtx, type Window } from './formulas';
import type { TemplateOptions, TileSpec } from './plan';
import { BAD, DELTA_FORMAT, FORMATS, GOOD, MET_BG, MISSED_BG } from './style';
import type { Metric } from './types';
import { COMPARE, COVERAGE_RULE, CURRENT } from './windows';
import type { PlanWriter } from './writer';

export interface TileRow {
  metric: Metric;
  row: number;
  missing: string[];
}

/**
 * Relative change, rounded to the 0.1 % it shows (so "▲ 0.0%" never appears), written only when
 * the data covers both windows (COVERAGE_RULE); otherwise the cell says which window is short.
 */
function deltaFormula(m: Metric, ctx: FormulaCtx, B: string, C: string): string {
  let f = `IF(OR(${B}="",${C}="",N(${C})=0),"",ROUND((${B}-${C})/ABS(${C}),3))`;
  const sources = m.noCompare ? [] : coverageOf(m.expr, ctx);
  if (!sources.length) return `=${f}`;
  const check = (w: Window, what: string) => {
    const refs = sources.map((s) => ctx.workings?.ref(s, w) ?? expr(s, ctx, w));
    const days = refs.length > 1 ? `MIN(${refs.join(',')})` : refs[0];
    const span = `(${w.end}-${w.start}+1)`;
    f = `IF(${days}<${COVERAGE_RULE}*${span},"${what} has "&${days}&" of "&${span}&" days",${f})`;
  };
  check(COMPARE, 'comparison');
  check(CURRENT, 'period');
  return `=${f}`;
}

export function writeTiles(
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
    out.set(D, text ? { value: '' } : { formula: deltaFormula(m, ctx, B, C), format: DELTA_FORMAT });
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
      trend
        ? { formula: `=SPARKLINE(${trend})`, googleOnly: true, portable: { value: '' } }
        : // A blank KPI says why, in the last tile column (the text runs on over the empty cells to its right).
          {
            value: missing.length ? `No data: ${missing[0]}` : '',
            style: { italic: true, fontColor: '#5f6368' },
          },
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
