/**
 * One cell value → number, or NaN for a blank. NaN is only ever the blank marker here: every
 * non-finite or unreadable value throws an Error that names function, parameter, position and value.
 */
import type { CellInput } from './types';
import { argError, type ArgContext } from './describe';
import { dateToSerial, isDate, parseIsoDateText } from './date-serial';
import { isBlank, parseNumberText } from './parse-number';

export interface NumberRule {
  /** Accept a Date (or ISO date text) as its spreadsheet serial; otherwise a Date is an error. */
  date?: boolean;
  /** Inclusive bounds; denominators, spend and costs use min 0. */
  min?: number;
  max?: number;
}

export const BLANK = NaN;

export function coerceNumber(v: CellInput, rule: NumberRule, ctx: ArgContext, where: string): number {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (isBlank(v)) return BLANK;
  else if (typeof v === 'string') {
    const parsed = rule.date ? (parseIsoDateText(v) ?? parseNumberText(v)) : parseNumberText(v);
    if (parsed === undefined) throw argError(ctx, where, v, rule.date ? 'a date' : 'a number');
    n = parsed;
  } else if (isDate(v)) {
    if (!rule.date || isNaN(v.getTime())) throw argError(ctx, where, v, 'a number, not a date');
    n = dateToSerial(v);
  } else if (typeof v === 'boolean') {
    throw argError(ctx, where, v, 'a number, not TRUE/FALSE');
  } else {
    throw argError(ctx, where, v, 'a number');
  }
  if (!Number.isFinite(n)) throw argError(ctx, where, v, 'a finite number');
  if (rule.min !== undefined && n < rule.min) throw argError(ctx, where, v, boundsText(rule, ctx));
  if (rule.max !== undefined && n > rule.max) throw argError(ctx, where, v, boundsText(rule, ctx));
  return n;
}

function boundsText(rule: NumberRule, ctx: ArgContext): string {
  if (rule.max !== undefined) return `a number from ${rule.min ?? '-∞'} to ${rule.max}`;
  return rule.min === 0 ? `a number ≥ 0 (${ctx.param} cannot be negative)` : `a number ≥ ${rule.min}`;
}

/** Text parameters (SENTIMENT comments, method names): numbers read as their text, blank as "". */
export function coerceText(v: CellInput, ctx: ArgContext, where: string): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  throw argError(ctx, where, v, 'text');
}
