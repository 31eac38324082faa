/**
 * Test oracle: evaluates a metric recipe directly on canonical rows in JavaScript, calling the
 * KPI registry's compute — what the tab's native formulas must equal. Windows are ISO dates.
 */
import { getKpi } from '../../../../src/kpi/registry';
import type { CanonicalTable, TableName } from '../../../../src/model/schema';
import { DATE_COLUMN, missingFor, resolve, type FormulaCtx } from '../../../../src/templates/formulas';
import { isoToSerial } from '../../../../src/templates/period';
import type { Agg, Filter } from '../../../../src/templates/types';

export type Value = number | string;

export interface RefWindow {
  start: string;
  end: string;
  period: 'current' | 'compare';
}

export interface RefData {
  tables: Partial<Record<TableName, CanonicalTable>>;
  /** Input id → [this period, comparison period]. */
  inputs?: Record<string, [Value, Value]>;
  /** Log rows keyed by column name (week as ISO date). */
  log?: Record<string, Value | null>[];
}

function serialOf(v: unknown): number | undefined {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)
    ? isoToSerial(v) + (v.length > 10 ? timeFraction(v) : 0)
    : typeof v === 'number'
      ? v
      : undefined;
}

function timeFraction(iso: string): number {
  const m = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso);
  return m ? (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86400 : 0;
}

function rowsOf(data: RefData, source: TableName | 'log'): Record<string, unknown>[] {
  if (source === 'log') return data.log ?? [];
  const t = data.tables[source];
  if (!t) return [];
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])));
}

const matches = (row: Record<string, unknown>, where: Filter[] = []) =>
  where.every((f) => {
    const v = String(row[f.column] ?? '').toLowerCase();
    return f.equals !== undefined ? v === f.equals.toLowerCase() : v !== (f.notEquals ?? '').toLowerCase();
  });

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export function evaluate(agg: Agg, data: RefData, ctx: FormulaCtx, w: RefWindow, logDate = 'week'): Value {
  const a = resolve(agg, ctx);
  const dateCol = (s: TableName | 'log') => (s === 'log' ? logDate : DATE_COLUMN[s]);
  const inWindow = (s: TableName | 'log', where?: Filter[]) => {
    const lo = isoToSerial(w.start);
    const hi = isoToSerial(w.end) + 1;
    return rowsOf(data, s).filter((r) => {
      const d = serialOf(r[dateCol(s)]);
      return d !== undefined && d >= lo && d < hi && matches(r, where);
    });
  };
  switch (a.kind) {
    case 'sum':
      return inWindow(a.source, a.where).reduce((s, r) => s + num(r[a.column]), 0);
    case 'count':
      return inWindow(a.source, a.where).length;
    case 'at': {
      const bound = isoToSerial(a.bound === 'start' ? w.start : w.end) + 1;
      const rows = rowsOf(data, a.source).filter((r) => {
        const d = serialOf(r[dateCol(a.source)]);
        return (
          d !== undefined && d < bound && r[a.column] !== null && r[a.column] !== '' && matches(r, a.where)
        );
      });
      if (!rows.length) return '';
      const latest = Math.max(...rows.map((r) => serialOf(r[dateCol(a.source)])!));
      return rows
        .filter((r) => serialOf(r[dateCol(a.source)]) === latest)
        .reduce((s, r) => s + num(r[a.column]), 0);
    }
    case 'input': {
      const pair = data.inputs?.[a.id] ?? ['', ''];
      return (a.period ?? w.period) === 'compare' ? pair[1] : pair[0];
    }
    case 'kpi': {
      const args = a.args.map((x) => (x ? evaluate(x, data, ctx, w, logDate) : undefined));
      while (args.length && args[args.length - 1] === undefined) args.pop();
      const out = getKpi(a.name).compute(args as (number | string)[]);
      if (Array.isArray(out)) throw new Error(`${a.name} spilled where a scalar was expected`);
      return out as Value;
    }
    case 'perWeek': {
      const rows = inWindow(a.sum.source, [...(a.sum.where ?? []), { column: a.sum.column, notEquals: '' }]);
      if (!rows.length) return '';
      const days = isoToSerial(w.end) - isoToSerial(w.start) + 1;
      return rows.reduce((s, r) => s + num(r[a.sum.column]), 0) / (days / 7);
    }
    case 'coalesce': {
      for (const o of a.options) {
        if (missingFor(o, ctx).length) continue;
        const v = tileValue(o, data, ctx, w, logDate);
        if (v !== '') return v;
      }
      return '';
    }
    case 'typedPlus': {
      const typed = evaluate({ kind: 'input', id: a.id }, data, ctx, w, logDate);
      return typed === '' ? '' : num(typed) + num(evaluate(a.plus, data, ctx, w, logDate));
    }
    case 'typedOr': {
      const typed = evaluate({ kind: 'input', id: a.id }, data, ctx, w, logDate);
      if (typed !== '') return typed;
      return missingFor(a.otherwise, ctx).length ? '' : tileValue(a.otherwise, data, ctx, w, logDate);
    }
    case 'add':
      return a.parts.reduce((s, p) => s + num(evaluate(p, data, ctx, w, logDate)), 0);
    default:
      throw new Error(`unexpected ${a.kind}`);
  }
}

/** A tile value as the tab shows it: plain totals over no rows are blank. */
export function tileValue(agg: Agg, data: RefData, ctx: FormulaCtx, w: RefWindow, logDate = 'week'): Value {
  const a = resolve(agg, ctx);
  // Like metricFormula: parts are resolved (a platform's daily metrics, else its posts …) first.
  const parts = a.kind === 'add' ? a.parts.map((p) => resolve(p, ctx)) : [];
  if (a.kind === 'add' && parts.every((p) => p.kind === 'sum' || p.kind === 'at' || p.kind === 'input')) {
    if (parts.every((p) => tileValue(p, data, ctx, w, logDate) === '')) return '';
  }
  if (
    a.kind === 'sum' &&
    evaluate(
      { kind: 'count', source: a.source, where: [...(a.where ?? []), { column: a.column, notEquals: '' }] },
      data,
      ctx,
      w,
      logDate,
    ) === 0
  ) {
    return '';
  }
  return evaluate(a, data, ctx, w, logDate);
}
