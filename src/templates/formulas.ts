/**
 * Turns metric recipes (types.ts) into portable native formulas over a date window. Every rate
 * goes through the KPI registry's twin so the tab computes exactly what the custom function does;
 * aggregates are SUMIFS/COUNTIFS/MAXIFS over whole data-tab columns so re-imports are picked up.
 */
import { TABLES, type TableName } from '../model/schema';
import { getKpi } from '../kpi/registry';
import type { KpiDef } from '../kpi/types';
import { columnLetter, quoteSheet, str } from './a1';
import { platformName } from './platforms';
import type { DataTabSchema } from './plan';
import type { Agg, Filter, SourceName } from './types';

export interface FormulaCtx {
  schema: DataTabSchema;
  /** Use the add-on's custom functions instead of twins. */
  addon: boolean;
  /** Input id → absolute refs of its "this period" and "comparison period" cells. */
  inputs: Record<string, { current: string; compare: string }>;
  /** The on-tab log: data rows and column name → column index. */
  log?: { firstRow: number; lastRow: number; columns: Record<string, number>; dateColumn?: string };
  /** Where period aggregates are spelled out once (see layout.ts); absent: formulas inline them. */
  workings?: Workings;
}

/** Where a window's aggregates are spelled out once (layout.ts); the ref of the cell holding one. */
export interface Workings {
  ref(agg: Leaf, w: Window): string;
}

export type Leaf = Extract<Agg, { kind: 'sum' | 'count' | 'at' | 'days' }>;

/** Cells (or expressions) holding the window's first and last day, and which input column applies. */
export interface Window {
  start: string;
  end: string;
  period: 'current' | 'compare';
  /** Read aggregates from the workings block (the tab's period windows) instead of inlining them. */
  workings?: boolean;
}

/** Which exports fill each data tab (the names of this repo's importers, src/importers/formats). */
export const FILLED_BY: Record<TableName, string> = {
  posts:
    'a posts export (LinkedIn Page — Content, Meta Business Suite — Posts, X tweet activity, YouTube Studio, TikTok Studio)',
  daily:
    'a page metrics export (LinkedIn Page — Content, Followers or Visitors; Meta insights; X account overview; YouTube or TikTok Studio)',
  campaigns: 'a LinkedIn Campaign Manager campaign export',
  web: 'a Google Analytics 4 export with a Date column',
  network: 'a LinkedIn member data export (Connections)',
  conversations: 'a LinkedIn member data export (messages)',
};

/** The date column each source is filtered on (posts: the publish datetime). */
export const DATE_COLUMN: Record<TableName, string> = {
  posts: 'published_at',
  daily: 'date',
  campaigns: 'date',
  web: 'date',
  network: 'connected_on',
  conversations: 'sent_at',
};

function tabEntry(ctx: FormulaCtx, table: TableName) {
  return ctx.schema.tabs[TABLES[table].tab];
}

/** Range of a column, or undefined when the data tab or column does not exist. */
export function columnRange(ctx: FormulaCtx, source: SourceName, column: string): string | undefined {
  if (source === 'log') {
    const log = ctx.log;
    const col = log?.columns[column];
    if (!log || col === undefined) return undefined;
    const l = columnLetter(col);
    return `$${l}$${log.firstRow}:$${l}$${log.lastRow}`;
  }
  const entry = tabEntry(ctx, source);
  const idx = entry ? entry.columns.indexOf(column) : -1;
  if (!entry || idx < 0) return undefined;
  const l = columnLetter(idx + 1);
  return `${quoteSheet(TABLES[source].tab)}!$${l}:$${l}`;
}

function dateColumnOf(ctx: FormulaCtx, source: SourceName): string {
  return source === 'log' ? (ctx.log?.dateColumn ?? '') : DATE_COLUMN[source];
}

function platformsMatch(ctx: FormulaCtx, source: SourceName, where: Filter[] | undefined): boolean {
  if (source === 'log') return true;
  const known = tabEntry(ctx, source)?.platforms;
  const wanted = where?.find((f) => f.column === 'platform' && f.equals !== undefined)?.equals;
  if (!known || wanted === undefined) return true;
  return known.some((p) => p.toLowerCase() === wanted.toLowerCase());
}

function where(agg: Agg): Filter[] {
  return 'where' in agg && agg.where ? agg.where : [];
}

/** A KPI the registry does not (yet) define, or defines without a native twin, cannot go on a shared tab. */
function kpiMissing(name: string, ctx: FormulaCtx): string[] {
  const def = findKpi(name);
  if (!def) return [`the KPI registry has no ${name} function yet`];
  return ctx.addon || def.twin ? [] : [`${name} has no native formula`];
}

/** Registry entry or undefined (getKpi throws on unknown names). */
export function findKpi(name: string): KpiDef | undefined {
  try {
    return getKpi(name);
  } catch {
    return undefined;
  }
}

/** What is missing for an aggregate to be computed ([] = available). Messages tell the user what to import. */
export function missingFor(agg: Agg, ctx: FormulaCtx): string[] {
  switch (agg.kind) {
    case 'sum':
    case 'count':
    case 'days':
    case 'at': {
      const cols = [dateColumnOf(ctx, agg.source), ...where(agg).map((f) => f.column)];
      if ('column' in agg) cols.push(agg.column);
      const label = agg.source === 'log' ? 'the log table' : `tab "${TABLES[agg.source].tab}"`;
      if (agg.source !== 'log' && !tabEntry(ctx, agg.source)) return [`import ${FILLED_BY[agg.source]}`];
      const out = cols
        .filter((c) => !columnRange(ctx, agg.source, c))
        .map(
          (c) =>
            `${label} has no column "${c}"${agg.source === 'log' ? '' : ` — import ${FILLED_BY[agg.source]}`}`,
        );
      if (!platformsMatch(ctx, agg.source, agg.where)) {
        const p = agg.where?.find((f) => f.column === 'platform')?.equals;
        out.push(`${label} has no ${platformName(p ?? '')} rows — import a ${platformName(p ?? '')} export`);
      }
      return out;
    }
    case 'input':
      return ctx.inputs[agg.id] ? [] : [`no input cell "${agg.id}"`];
    case 'kpi':
      return [...kpiMissing(agg.name, ctx), ...agg.args.flatMap((a) => (a ? missingFor(a, ctx) : []))];
    case 'perWeek':
      return missingFor(agg.sum, ctx);
    case 'add':
      return agg.parts.flatMap((a) => missingFor(a, ctx));
    case 'first': {
      const found = agg.options.find((o) => missingFor(o, ctx).length === 0);
      return found ? [] : missingFor(agg.options[0], ctx);
    }
    case 'typedOr':
    case 'typedPlus':
      if (!ctx.inputs[agg.id]) return [`no input cell "${agg.id}"`];
      return agg.kind === 'typedPlus' ? missingFor(agg.plus, ctx) : [];
    case 'coalesce': {
      const found = agg.options.some((o) => missingFor(o, ctx).length === 0);
      return found ? [] : missingFor(agg.options[0], ctx);
    }
    case 'sentiment':
      if (!ctx.addon)
        return ['SENTIMENT has no native formula — generate the tab with "use add-on functions" on'];
      return columnRange(ctx, 'log', agg.column) ? [] : [`the tab has no "${agg.column}" score column`];
  }
}

/** Resolves `first` alternatives to the one whose data exists (or the first). */
export function resolve(agg: Agg, ctx: FormulaCtx): Agg {
  if (agg.kind !== 'first') return agg;
  return resolve(agg.options.find((o) => missingFor(o, ctx).length === 0) ?? agg.options[0], ctx);
}

/**
 * A criterion that matches the text exactly: "=" keeps a leading = < > from reading as an operator,
 * and ~ escapes the wildcards * ? and ~ itself (Sheets and Excel criteria; docs/SHEETS-BEHAVIOUR.md).
 */
export function exactly(op: '=' | '<>', text: string): string {
  return str(op + text.replace(/[~*?]/g, '~$&'));
}

/** The same for text a formula reads (a URL with "?" in it): ~-escaped with SUBSTITUTE. */
export function exactRef(ref: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?")`;
}

function criterion(ctx: FormulaCtx, source: SourceName, f: Filter): string {
  const range = columnRange(ctx, source, f.column);
  // notEquals '' is "<>": the column is not blank.
  return `${range},${f.equals !== undefined ? exactly('=', f.equals) : exactly('<>', f.notEquals ?? '')}`;
}

/** SUMIFS/COUNTIFS criteria pairs: date inside [start, end] (end inclusive, datetimes too) + filters. */
function windowCriteria(ctx: FormulaCtx, source: SourceName, w: Window, filters: Filter[]): string {
  const d = columnRange(ctx, source, dateColumnOf(ctx, source));
  return [
    `${d},">="&${w.start}`,
    `${d},"<"&(${w.end}+1)`,
    ...filters.map((f) => criterion(ctx, source, f)),
  ].join(',');
}

function atExpr(ctx: FormulaCtx, agg: Extract<Agg, { kind: 'at' }>, w: Window): string {
  const d = columnRange(ctx, agg.source, dateColumnOf(ctx, agg.source));
  const col = columnRange(ctx, agg.source, agg.column);
  const bound = agg.bound === 'start' ? w.start : w.end;
  const filters = where(agg).map((f) => criterion(ctx, agg.source, f));
  const upTo = [`${d},"<"&(${bound}+1)`, `${col},"<>"`, ...filters].join(',');
  const latest = `MAXIFS(${d},${upTo})`;
  return `IF(COUNTIFS(${upTo})=0,"",SUMIFS(${[col, d, latest, ...filters].join(',')}))`;
}

/** A registry KPI over refs/expressions: its native twin, or the add-on function when asked. */
export function kpiCall(ctx: FormulaCtx, name: string, refs: (string | undefined)[]): string {
  if (ctx.addon) {
    const args = [...refs];
    while (args.length && args[args.length - 1] === undefined) args.pop();
    return `${name}(${args.map((a) => a ?? '').join(',')})`;
  }
  const def = getKpi(name);
  if (!def?.twin) throw new Error(`Template: the KPI registry has no native formula for ${name}`);
  return def.twin(refs);
}

/** Formula expression (no "=") of an aggregate inside a window; assumes missingFor(agg) is empty. */
export function expr(agg: Agg, ctx: FormulaCtx, w: Window): string {
  const ref = workingsRef(agg, ctx, w);
  if (ref) return ref;
  switch (agg.kind) {
    case 'sum':
      return `SUMIFS(${columnRange(ctx, agg.source, agg.column)},${windowCriteria(ctx, agg.source, w, where(agg))})`;
    case 'count':
      return `COUNTIFS(${windowCriteria(ctx, agg.source, w, where(agg))})`;
    case 'at':
      return atExpr(ctx, agg, w);
    case 'days': {
      // The data's first and last day (0 when it has no rows) clipped to the window.
      const d = columnRange(ctx, agg.source, dateColumnOf(ctx, agg.source));
      const c = [`${d},">0"`, ...where(agg).map((f) => criterion(ctx, agg.source, f))].join(',');
      return `MAX(0,MIN(${w.end},INT(MAXIFS(${d},${c})))-MAX(${w.start},INT(MINIFS(${d},${c})))+1)`;
    }
    case 'input': {
      const refs = ctx.inputs[agg.id];
      return agg.period === 'compare' || (!agg.period && w.period === 'compare')
        ? refs.compare
        : refs.current;
    }
    case 'kpi':
      return kpiCall(
        ctx,
        agg.name,
        agg.args.map((a) => (a ? expr(a, ctx, w) : undefined)),
      );
    case 'perWeek': {
      const s = agg.sum;
      const count = `COUNTIFS(${windowCriteria(ctx, s.source, w, valued(s))})`;
      return `IF(${count}=0,"",N(${expr(s, ctx, w)})/((${w.end}-${w.start}+1)/7))`;
    }
    case 'add':
      return `(${agg.parts.map((p) => `N(${expr(p, ctx, w)})`).join('+')})`;
    case 'first':
      return expr(resolve(agg, ctx), ctx, w);
    case 'coalesce': {
      const parts = agg.options.filter((o) => missingFor(o, ctx).length === 0).map((o) => expr(o, ctx, w));
      return parts.reduceRight((rest, e) => (rest === '""' ? e : `IF(${e}="",${rest},${e})`), '""');
    }
    case 'typedPlus': {
      const ref = expr({ kind: 'input', id: agg.id }, ctx, w);
      return `IF(${ref}="","",${ref}+N(${expr(agg.plus, ctx, w)}))`;
    }
    case 'typedOr': {
      const ref = expr({ kind: 'input', id: agg.id }, ctx, w);
      const otherwise = missingFor(agg.otherwise, ctx).length ? '""' : expr(agg.otherwise, ctx, w);
      return `IF(${ref}="",${otherwise},${ref})`;
    }
    case 'sentiment':
      return `IFERROR(AVERAGE(${columnRange(ctx, 'log', agg.column)}),"")`;
  }
}

/** The workings cell holding a period aggregate, when the window reads workings. */
function workingsRef(agg: Agg, ctx: FormulaCtx, w: Window): string | undefined {
  if (!w.workings || !ctx.workings || !isLeaf(agg)) return undefined;
  return ctx.workings.ref(agg, w);
}

/** A test that is TRUE when an aggregate has no rows in the window (undefined: it always has a value). */
function noData(agg: Agg, ctx: FormulaCtx, w: Window): string | undefined {
  const a = resolve(agg, ctx);
  // Workings cells of sums are already blank when the window has no rows.
  if (a.kind === 'sum' && !workingsRef(a, ctx, w))
    return `COUNTIFS(${windowCriteria(ctx, a.source, w, valued(a))})=0`;
  if (a.kind === 'sum' || a.kind === 'at' || a.kind === 'input') return `${expr(a, ctx, w)}=""`;
  return undefined;
}

/**
 * A tile's value formula (with "="): like expr, but a plain total (or a sum of totals) over an
 * empty window is blank (no data), not 0, and a typed input is shown as typed.
 */
export function metricFormula(agg: Agg, ctx: FormulaCtx, w: Window): string {
  const a = resolve(agg, ctx);
  if (a.kind === 'add') {
    const none = a.parts.map((p) => noData(p, ctx, w));
    if (none.every((t) => t !== undefined)) return `=IF(AND(${none.join(',')}),"",${expr(a, ctx, w)})`;
  }
  const ref = workingsRef(a, ctx, w);
  if (ref) return `=${ref}`;
  if (a.kind === 'sum')
    return `=IF(COUNTIFS(${windowCriteria(ctx, a.source, w, valued(a))})=0,"",${expr(a, ctx, w)})`;
  if (a.kind === 'input') {
    const ref = expr(a, ctx, w);
    return `=IF(${ref}="","",${ref})`;
  }
  return `=${expr(a, ctx, w)}`;
}

function isLeaf(agg: Agg): agg is Leaf {
  return agg.kind === 'sum' || agg.kind === 'count' || agg.kind === 'at' || agg.kind === 'days';
}

/**
 * The data sources a metric reads, as "days of the window with data" aggregates (one per data tab
 * and platform/account filter): a change is shown only when each of them covers both windows.
 */
export function coverageOf(agg: Agg, ctx: FormulaCtx): Leaf[] {
  const out = new Map<string, Leaf>();
  const walk = (a: Agg): void => {
    a = resolve(a, ctx);
    if (missingFor(a, ctx).length && a.kind !== 'coalesce') return;
    if (isLeaf(a)) {
      if (a.source === 'log') return;
      const keep = where(a).filter((f) => f.equals !== undefined);
      const days: Leaf = { kind: 'days', source: a.source, ...(keep.length ? { where: keep } : {}) };
      out.set(JSON.stringify(days), days);
    } else if (a.kind === 'kpi') a.args.forEach((x) => x && walk(x));
    else if (a.kind === 'add') a.parts.forEach(walk);
    else if (a.kind === 'coalesce') a.options.forEach(walk);
    else if (a.kind === 'perWeek') walk(a.sum);
    else if (a.kind === 'typedPlus') walk(a.plus);
    else if (a.kind === 'typedOr') walk(a.otherwise);
  };
  walk(agg);
  return [...out.values()];
}

/** Rows a sum counts (its blank test). */
export function countOf(agg: Extract<Agg, { kind: 'sum' }>): Leaf {
  return { kind: 'count', source: agg.source, where: valued(agg) };
}

/**
 * A sum's filters plus "the column has a value": a total is blank (no data) when no row of the
 * window carries the column — an export without new followers shows blank, not 0.
 */
function valued(agg: Extract<Agg, { kind: 'sum' }>): Filter[] {
  return [...where(agg), { column: agg.column, notEquals: '' }];
}

/**
 * The inline formula (with "=") of one aggregate for a workings cell; a sum given the ref of its
 * row count is blank when that count is 0, without counting again.
 */
export function leafFormula(agg: Leaf, ctx: FormulaCtx, w: Window, countRef?: string): string {
  const inline: Window = { ...w, workings: false };
  if (agg.kind === 'sum' && countRef) return `=IF(${countRef}=0,"",${expr(agg, ctx, inline)})`;
  return metricFormula(agg, ctx, inline);
}
