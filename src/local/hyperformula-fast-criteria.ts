/**
 * Fast SUMIFS / COUNTIFS / AVERAGEIFS / MAXIFS / MINIFS for HyperFormula. HyperFormula's own
 * criterion functions build per-range caches that cost seconds per formula on 100,000-row data
 * tabs (a KPI tab has hundreds of them); these read each range once per call and compare with
 * Sheets' criterion rules. Registered in place of the built-ins by the emulator's evaluator.
 *
 * Criterion rules (Sheets/Excel): a number matches equal numbers; text "op value" with op one of
 * = <> < <= > >= compares numbers numerically when value is a number, otherwise text
 * case-insensitively (* ? wildcards match text only, ~ escapes, for = and <>); "=" matches empty
 * cells, "" also cells holding "", "<>" any non-empty cell; booleans match booleans. Error cells never match; text in a sum range is ignored.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import { registerFunctions } from './hyperformula-register';

type Scalar = number | string | boolean | null | CellError;
type Predicate = (v: Scalar) => boolean;

const OPS = ['<=', '>=', '<>', '<', '>', '='] as const;

function toNumber(s: string): number | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function wildcard(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

export function criterionPredicate(criterion: Scalar): Predicate {
  if (criterion instanceof CellError) return () => false;
  if (typeof criterion === 'number') return (v) => typeof v === 'number' && v === criterion;
  if (typeof criterion === 'boolean') return (v) => v === criterion;
  const text = criterion ?? '';
  const op = OPS.find((o) => text.startsWith(o));
  const operand = op ? text.slice(op.length) : text;
  if (operand === '') {
    // "<>" = not empty (a formula's "" counts as content); "=" = truly empty; "" = empty or "".
    if (op === '<>') return (v) => v !== null;
    if (op === '=') return (v) => v === null;
    if (!op) return (v) => v === null || v === '';
  }
  const num = toNumber(operand);
  const upper = operand.toUpperCase();
  const bool = upper === 'TRUE' ? true : upper === 'FALSE' ? false : undefined;
  if (num !== undefined) {
    const cmp: Record<string, (a: number) => boolean> = {
      '=': (a) => a === num,
      '<>': (a) => a !== num,
      '<': (a) => a < num,
      '<=': (a) => a <= num,
      '>': (a) => a > num,
      '>=': (a) => a >= num,
    };
    const f = cmp[op ?? '='];
    // "<>5" also matches text and blanks; other numeric comparisons only match numbers.
    if (op === '<>') return (v) => !(v instanceof CellError) && (typeof v !== 'number' || f(v));
    return (v) => typeof v === 'number' && f(v);
  }
  if (bool !== undefined) return op === '<>' ? (v) => v !== bool : (v) => v === bool;
  if (!op || op === '=' || op === '<>') {
    const re = wildcard(operand);
    const eq = (v: Scalar) => typeof v === 'string' && re.test(v);
    return op === '<>' ? (v) => !(v instanceof CellError) && !eq(v) : eq;
  }
  const lower = operand.toLowerCase();
  const cmp: Record<string, (a: string) => boolean> = {
    '<': (a) => a < lower,
    '<=': (a) => a <= lower,
    '>': (a) => a > lower,
    '>=': (a) => a >= lower,
  };
  return (v) => typeof v === 'string' && cmp[op](v.toLowerCase());
}

function scalar(v: unknown): Scalar {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError) return v;
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: number }).val;
  return v as Scalar;
}

type Reduce = {
  init: number;
  step: (acc: number, v: number) => number;
  done: (acc: number, n: number) => number | CellError;
};

const SUM: Reduce = { init: 0, step: (a, v) => a + v, done: (a) => a };
const COUNT: Reduce = { init: 0, step: (a) => a + 1, done: (a) => a };
const MAX: Reduce = { init: -Infinity, step: (a, v) => (v > a ? v : a), done: (a, n) => (n ? a : 0) };
const MIN: Reduce = { init: Infinity, step: (a, v) => (v < a ? v : a), done: (a, n) => (n ? a : 0) };
const AVERAGE: Reduce = {
  init: 0,
  step: (a, v) => a + v,
  done: (a, n) => (n ? a / n : new CellError(ErrorType.DIV_BY_ZERO)),
};

export class FastCriteriaPlugin extends FunctionPlugin {
  /** One column-major read of a range: the plugin's only contact with HyperFormula's graph. */
  private cells(r: SimpleRangeValue): Scalar[] {
    const range = r.range;
    if (!range) return r.data.flat().map(scalar);
    const dg = this.dependencyGraph;
    const start = range.start;
    const endRow = range.effectiveEndRow(dg);
    const endCol = range.effectiveEndColumn(dg);
    const out: Scalar[] = [];
    for (let row = start.row; row <= endRow; row++) {
      for (let col = start.col; col <= endCol; col++)
        out.push(scalar(dg.getScalarValue({ sheet: start.sheet, row, col })));
    }
    return out;
  }

  private aggregate(values: SimpleRangeValue | undefined, pairs: unknown[], how: Reduce): number | CellError {
    const ranges: Scalar[][] = [];
    const preds: Predicate[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const r = pairs[i];
      if (!(r instanceof SimpleRangeValue)) return new CellError(ErrorType.VALUE);
      ranges.push(this.cells(r));
      preds.push(criterionPredicate(scalar(pairs[i + 1])));
    }
    const vals = values ? this.cells(values) : undefined;
    const n = vals ? vals.length : ranges[0].length;
    if (ranges.some((r) => r.length !== n))
      return new CellError(ErrorType.VALUE, 'Ranges must have the same size.');
    let acc = how.init;
    let count = 0;
    outer: for (let i = 0; i < n; i++) {
      for (let k = 0; k < preds.length; k++) if (!preds[k](ranges[k][i])) continue outer;
      if (vals) {
        const v = vals[i];
        if (v instanceof CellError) return v;
        if (typeof v !== 'number') continue;
        acc = how.step(acc, v);
      } else acc = how.step(acc, 1);
      count++;
    }
    return how.done(acc, count);
  }

  /** A criterion function with a values range first (SUM/AVERAGE/MAX/MINIFS), reduced by `how`. */
  private overValues(ast: { args: never }, state: never, name: string, how: Reduce) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata(name),
      (values: SimpleRangeValue, ...rest: unknown[]) => this.aggregate(values, rest, how),
    );
  }

  sumifs(ast: { args: never }, state: never) {
    return this.overValues(ast, state, 'SUMIFS', SUM);
  }
  countifs(ast: { args: never }, state: never) {
    return this.runFunction(ast.args, state, this.metadata('COUNTIFS'), (...rest: unknown[]) =>
      this.aggregate(undefined, rest, COUNT),
    );
  }
  averageifs(ast: { args: never }, state: never) {
    return this.overValues(ast, state, 'AVERAGEIFS', AVERAGE);
  }
  maxifs(ast: { args: never }, state: never) {
    return this.overValues(ast, state, 'MAXIFS', MAX);
  }
  minifs(ast: { args: never }, state: never) {
    return this.overValues(ast, state, 'MINIFS', MIN);
  }
}

const withValues = (method: string) => ({
  method,
  parameters: [
    { argumentType: FunctionArgumentType.RANGE },
    { argumentType: FunctionArgumentType.RANGE },
    { argumentType: FunctionArgumentType.NOERROR },
  ],
  repeatLastArgs: 2,
});

const IMPLEMENTED: ImplementedFunctions = {
  SUMIFS: withValues('sumifs'),
  AVERAGEIFS: withValues('averageifs'),
  MAXIFS: withValues('maxifs'),
  MINIFS: withValues('minifs'),
  COUNTIFS: {
    method: 'countifs',
    parameters: [
      { argumentType: FunctionArgumentType.RANGE },
      { argumentType: FunctionArgumentType.NOERROR },
    ],
    repeatLastArgs: 2,
  },
};

let registered = false;

/** Replaces HyperFormula's criterion functions with the fast ones (idempotent, process-wide). */
export function registerFastCriteria(): void {
  if (registered) return;
  registered = true;
  for (const n of Object.keys(IMPLEMENTED)) HyperFormula.unregisterFunction(n);
  registerFunctions(FastCriteriaPlugin, IMPLEMENTED, ['enGB']);
}
