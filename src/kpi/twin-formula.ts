/**
 * Building blocks for native-formula twins. A ref is whatever the caller puts in a parameter's
 * place: a cell ("B2"), a range ("B2:D2", "'Data'!C2:C99") or a whole expression ("SUMIFS(…)").
 * Expressions get parentheses so operator precedence cannot change their meaning.
 */
import { columnIndex, columnLetter } from '../cells/a1';

const ATOMIC = /^(?:'(?:[^']|'')*'!)?[A-Za-z0-9_$.:!]+$/;

/** Is `s` one balanced group whose opening bracket closes at its very end, e.g. "SUM(A1,(B1))"? */
function isOneCall(s: string): boolean {
  const open = s.indexOf('(');
  if (open < 0 || !s.endsWith(')') || !/^[A-Za-z_][A-Za-z0-9_.]*$|^$/.test(s.slice(0, open))) return false;
  let depth = 0;
  let inText = false;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') inText = !inText;
    if (inText) continue;
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0 && i !== s.length - 1) return false;
  }
  return depth === 0;
}

/** The ref, parenthesized unless it is a plain reference, a number or a single function call. */
export function wrap(ref: string): string {
  const s = ref.trim();
  return ATOMIC.test(s) || isOneCall(s) ? s : `(${s})`;
}

/** Number-or-zero of one value: N() makes a blank 0 and keeps numbers as they are. */
export function numOrZero(ref: string | undefined): string {
  return ref === undefined ? '0' : `N(${wrap(ref)})`;
}

/** Blank test. */
export function isBlankF(ref: string): string {
  return `${wrap(ref)}=""`;
}

/** Blank-or-zero test, the denominator guard: `OR(C2="",C2=0)` split into its two terms. */
export function blankOrZeroTerms(ref: string): string[] {
  const v = wrap(ref);
  return [`${v}=""`, `${v}=0`];
}

/** `IF(OR(conds),"",value)`; with no conditions just the value. */
export function blankIf(conds: string[], value: string): string {
  if (conds.length === 0) return value;
  const test = conds.length === 1 ? conds[0] : `OR(${conds.join(',')})`;
  return `IF(${test},"",${value})`;
}

const RANGE =
  /^((?:'(?:[^']|'')*'|[A-Za-z0-9_.]+)!)?(\$?)([A-Za-z]{1,3})(\$?\d*):(\$?)([A-Za-z]{1,3})(\$?\d*)$/;

/**
 * "B2:D10" → ["B2:B10", "C2:C10", "D2:D10"]: the columns of a row-sum range, so an aggregate
 * twin can add them per row inside SUMPRODUCT. A single cell or a one-column range comes back as is.
 */
export function splitColumns(range: string): string[] {
  const s = range.trim();
  const m = RANGE.exec(s);
  if (!m) {
    if (ATOMIC.test(s) && !s.includes(':')) return [s];
    throw new Error(`twin: expected a plain A1 range like "B2:D10" for a row-sum argument, got "${range}"`);
  }
  const [, sheet = '', abs1, c1, r1, abs2, c2, r2] = m;
  const from = columnIndex(c1);
  const to = columnIndex(c2);
  if (from === to) return [s];
  const out: string[] = [];
  for (let c = Math.min(from, to); c <= Math.max(from, to); c++) {
    const col = columnLetter(c);
    out.push(`${sheet}${abs1}${col}${r1}:${abs2}${col}${r2}`);
  }
  return out;
}

/** Row-sum ref in a one-row twin: SUM over the row's cells (blanks count 0, like the compute). */
export function rowSumF(ref: string): string {
  return `SUM(${ref.trim()})`;
}
