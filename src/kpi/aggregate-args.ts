/** Argument helpers for the scalar-aggregate KPIs (whole columns in, one value out). */
import {
  argError,
  checkArity,
  coerceText,
  isBlank,
  numericColumn,
  toGrid,
  type ArgInput,
  type Column,
} from '../cells';
import type { ElementParam } from '../cells';

/** A method switch like "pooled" | "mean": blank/omitted → the default; anything else → error. */
export function readMethod<M extends string>(
  fn: string,
  param: string,
  arg: ArgInput,
  allowed: readonly M[],
): M {
  const ctx = { fn, param };
  const g = toGrid(arg, ctx);
  if (g.cells.length !== 1)
    throw new Error(
      `${fn}: ${param} must be a single value, one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
    );
  const v = g.cells[0];
  if (isBlank(v)) return allowed[0];
  const text = coerceText(v, ctx, '').trim().toLowerCase();
  const hit = allowed.find((a) => a === text);
  if (!hit) throw argError(ctx, '', v, allowed.map((a) => `"${a}"`).join(' or '));
  return hit;
}

/** Columns that must line up row for row (no broadcasting in an aggregate). */
export function sameShape(fn: string, names: string[], cols: Column[]): void {
  for (let i = 1; i < cols.length; i++) {
    if (cols[i].rows !== cols[0].rows || cols[i].cols !== cols[0].cols) {
      throw new Error(
        `${fn}: ${names[0]} is ${cols[0].label} but ${names[i]} is ${cols[i].label} — ranges must have the same shape`,
      );
    }
  }
}

/** Arity check against the full parameter list, then the numeric columns of the first params. */
export function columns(
  fn: string,
  all: readonly { name: string; optional?: boolean }[],
  numeric: Omit<ElementParam, 'blank'>[],
  args: ArgInput[],
): Column[] {
  checkArity(fn, all, args);
  return numeric.map((p, i) => numericColumn(fn, p, args[i]));
}

/** An aggregate's single result, never NaN/Infinity (sums of huge inputs can overflow). */
export function finiteResult(fn: string, x: number | string): number | string {
  if (typeof x === 'number' && x - x !== 0) throw new Error(`${fn}: result is too large to represent`);
  return x;
}
