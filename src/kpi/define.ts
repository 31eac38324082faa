/**
 * Declarative KPI entries → KpiDef. Element-wise KPIs declare their parameters (with the blank
 * policy and bounds the engine enforces), a per-cell formula and a twin; `ratio` covers the most
 * common shape, `num / den` (× scale), so most catalogue entries are a few lines of data.
 */
import { elementwise, CellProblem, type ElementFn, type ElementParam } from '../cells';
import type { KpiDef, KpiParam } from './types';
import { blankIf, blankOrZeroTerms, isBlankF, numOrZero, rowSumF, wrap } from './twin-formula';

/** A parameter as declared in a family file: help metadata + how the engine treats it. */
export type ParamDecl = KpiParam & Omit<ElementParam, 'name' | 'rowSum' | 'optional'>;

type Meta = Omit<KpiDef, 'params' | 'compute' | 'twin'>;

/** One parameter's pieces for a twin: its value as written, as number-or-zero, and its blank test. */
export interface TwinArg {
  ref: string | undefined;
  /** The value (SUM(range) for row-sum, "0" when an optional param is omitted). */
  v: string;
  /** Number-or-zero: N(ref), SUM(range) or "0". */
  n: string;
}

export function helpParams(params: ParamDecl[]): KpiParam[] {
  return params.map((p) => {
    const out: KpiParam = { name: p.name, description: p.description, type: p.type };
    if (p.optional) out.optional = true;
    if (p.rowSum) out.rowSum = true;
    return out;
  });
}

export function twinArgs(params: ParamDecl[], refs: (string | undefined)[]): TwinArg[] {
  return params.map((p, i) => {
    const ref = refs[i];
    if (ref === undefined) {
      if (!p.optional) throw new Error(`twin: missing reference for ${p.name}`);
      return { ref, v: '0', n: '0' };
    }
    if (p.rowSum) return { ref, v: rowSumF(ref), n: rowSumF(ref) };
    return { ref, v: wrap(ref), n: numOrZero(ref) };
  });
}

/** Blank-result conditions implied by the params' blank policies ('blank' params that were given). */
export function blankConds(params: ParamDecl[], args: TwinArg[], denominators: number[] = []): string[] {
  const conds: string[] = [];
  params.forEach((p, i) => {
    const ref = args[i].ref;
    if (ref === undefined || p.rowSum) return;
    if (denominators.includes(i)) conds.push(...blankOrZeroTerms(ref));
    else if (p.blank === 'blank') conds.push(isBlankF(ref));
  });
  return conds;
}

export interface ElementDecl extends Meta {
  params: ParamDecl[];
  cell: ElementFn;
  twin?: (a: TwinArg[]) => string;
}

export function defineElement(d: ElementDecl): KpiDef {
  const { params, cell, twin, ...meta } = d;
  const compute = elementwise(d.name, params, cell);
  const def: KpiDef = { ...meta, params: helpParams(params), compute };
  if (twin) def.twin = (refs) => twin(twinArgs(params, refs));
  return def;
}

export interface RatioDecl extends Omit<Meta, 'formula'> {
  num: ParamDecl;
  den: ParamDecl;
  /** Multiplier applied to the numerator (CPM: 1000). */
  scale?: number;
  /** Result above this is impossible (STICKINESS, RESPONSE_RATE: 1) → error. */
  maxResult?: { value: number; why: string };
}

/** `num (× scale) / den`; blank or zero den → blank; the twin is IF(OR(d="",d=0),"",N(n)/d). */
export function ratio(d: RatioDecl): KpiDef {
  const { num, den, scale, maxResult, ...meta } = d;
  const numP: ParamDecl = { ...num };
  const denP: ParamDecl = { ...den };
  const formula = `${num.name}${scale ? ` × ${scale}` : ''} / ${den.name}`;
  const cell: ElementFn = scale
    ? (v) => (v[1] === 0 ? '' : (v[0] * scale) / v[1])
    : maxResult
      ? (v) => {
          if (v[1] === 0) return '';
          const r = v[0] / v[1];
          if (r > maxResult.value) {
            throw new CellProblem(`${num.name} ${v[0]} is more than ${den.name} ${v[1]} — ${maxResult.why}`);
          }
          return r;
        }
      : (v) => (v[1] === 0 ? '' : v[0] / v[1]);
  return defineElement({
    ...meta,
    formula,
    params: [numP, denP],
    cell,
    twin: (a) => {
      const numExpr = numP.blank === 'blank' ? a[0].v : a[0].n;
      const top = scale ? `${numExpr}*${scale}` : numExpr;
      return blankIf(blankConds([numP, denP], a, [1]), `${top}/${a[1].v}`);
    },
  });
}
