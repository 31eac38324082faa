/**
 * toSheetValue: THE conversion every writer uses to put a canonical value into a cell
 * (Apps Script data-tab writer, the emulator, the xlsx report). Pure, no imports beyond the model,
 * safe for the Apps Script bundle.
 *
 * Policy (chosen so user text can never become a formula, number, boolean or date):
 *  - numbers → numbers, with a number format by column type (percent → `0.00%` etc.);
 *  - ISO dates in date/datetime columns → `2025-07-20` / `2025-07-20 18:42:00` text, which every
 *    Sheets locale parses as a date, with a `yyyy-mm-dd` format (datetimes are UTC when the export said so);
 *  - any other text that Sheets' setValues would parse (leading `= + - @ ' # ( . ,` currency signs,
 *    tab/CR/LF, digits — `01234`, long ids, `1e5` — `TRUE`/`FALSE`, `Aug 25`-like dates) gets a
 *    leading apostrophe: Sheets stores the rest as literal text and never shows the apostrophe.
 *    `literal` then holds the text unchanged, for writers that store strings without parsing them
 *    (exceljs, the emulator's typed path) — those write `literal` as a string cell.
 *  - null / blank → '' (an empty cell).
 */
import type { CanonicalValue, ColumnType } from './schema';

export interface SheetValue {
  /** Pass this to Range.setValues. */
  value: string | number | boolean;
  /** Number format for the cell, when the type calls for one. */
  format?: string;
  /** Set when `value` was escaped: the original text, for writers that never parse strings. */
  literal?: string;
}

const FORMATS: Partial<Record<ColumnType, string>> = {
  percent: '0.00%',
  count: '#,##0',
  currency: '#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?Z?)?$/;

/** Text Sheets would not keep as typed: formula/sign/escape starts, numbers, booleans, dates, errors. */
const RISKY_START = /^\s*([=+\-@'#(.,$€£¥%]|\d)/;
const RISKY_CONTROL = /^[\t\r\n]/;
const BOOLEAN = /^\s*(true|false)\s*$/i;
const NAMED_DATE = /^\s*(\p{L}{2,}\.?,?\s+){1,2}\d/u;

export function needsTextProtection(s: string): boolean {
  return RISKY_CONTROL.test(s) || RISKY_START.test(s) || BOOLEAN.test(s) || NAMED_DATE.test(s);
}

export function toSheetValue(v: CanonicalValue | boolean | undefined, type?: ColumnType): SheetValue {
  if (v === null || v === undefined || v === '') return { value: '' };
  if (typeof v === 'boolean') return { value: v };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { value: '' };
    const format = type === 'text' || type === 'id' ? undefined : FORMATS[type ?? 'number'];
    return format ? { value: v, format } : { value: v };
  }
  if (type === 'date' || type === 'datetime') {
    const m = ISO_DATE.exec(v);
    if (m) {
      const value = m[2] ? `${m[1]} ${m[2].length === 5 ? `${m[2]}:00` : m[2]}` : m[1];
      return { value, format: m[2] ? FORMATS.datetime : FORMATS.date };
    }
  }
  if (needsTextProtection(v)) return { value: `'${v}`, literal: v };
  return { value: v };
}

/** Inverse used by readers of what setValues stored: a leading apostrophe marks literal text. */
export function fromTypedInput(s: string): string {
  return s.startsWith("'") ? s.slice(1) : s;
}
