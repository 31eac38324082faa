/** Wording shared by every argument error, so messages read the same across all functions. */
import type { CellInput } from './types';
import { isDate } from './date-serial';

/** How a value is quoted in an error: text in quotes, TRUE/FALSE like Sheets, dates as ISO. */
export function describeValue(v: CellInput): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 37) + '...' : v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDate(v)) return isNaN(v.getTime()) ? 'an invalid date' : 'the date ' + isoDay(v);
  if (v === null || v === undefined) return 'blank';
  return String(v);
}

function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Grid shape as users see it in the Name box: rows×columns. */
export function shapeLabel(rows: number, cols: number): string {
  return `${rows}×${cols}`;
}

/**
 * Where a value sits inside its argument: nothing for a single value, "row 3" in a column,
 * "column 2" in a row, "row 3, column 2" in a block (1-based, relative to the range).
 */
export function positionLabel(rows: number, cols: number, r: number, c: number): string {
  if (rows === 1 && cols === 1) return '';
  if (cols === 1) return ` row ${r + 1}`;
  if (rows === 1) return ` column ${c + 1}`;
  return ` row ${r + 1}, column ${c + 1}`;
}

/** Where an error is raised: the function and parameter, for messages. */
export interface ArgContext {
  fn: string;
  param: string;
}

export function argError(ctx: ArgContext, where: string, value: CellInput, expected: string): Error {
  return new Error(`${ctx.fn}: ${ctx.param}${where} is ${describeValue(value)} — expected ${expected}`);
}
