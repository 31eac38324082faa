/** What a metric recipe means, in words and in facts the layout needs (tables read, chartable). */
import { TABLES, type TableName } from '../model/schema';
import { resolve, type FormulaCtx } from './formulas';
import type { Agg } from './types';

export function usesInput(agg: Agg): boolean {
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
export function tablesOf(agg: Agg): TableName[] {
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
    case 'days':
      return `days of the period from the first to the last date in ${from(a.source)}${a.where ? `, ${filt(a.where).join(', ')}` : ''}`;
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

export function outerKpi(agg: Agg, ctx: FormulaCtx): string | undefined {
  const a = resolve(agg, ctx);
  return a.kind === 'kpi' ? a.name : a.kind === 'sentiment' ? 'SENTIMENT' : undefined;
}
