/**
 * toSheetValue: THE conversion every writer uses to put a canonical value into a cell
 * (Apps Script data-tab writer, the emulator, the xlsx report). Pure, no imports beyond the model,
 * safe for the Apps Script bundle.
 *
 * Policy (chosen so user text can never become a formula, number, boolean or date):
 *  - numbers → numbers, with a number format by column type (percent → `0.00%` etc.);
 *  - ISO dates in date/datetime columns → `2025-07-20` / `2025-07-20 18:42:00` text, which every
 *    Sheets locale parses as a date, with a `yyyy-mm-dd` format (datetimes are UTC when the export said so);
 *  - EVERY other text value gets a leading apostrophe: Sheets stores the rest as literal text and
 *    never shows the apostrophe. No guessing which strings are risky — what setValues parses depends
 *    on the spreadsheet's locale (`Sep-2024`, `Jan-25`, `Dec.25` become dates, `₹500`, `R$ 10` money,
 *    `=…` a formula), so a rule that lists risky shapes always misses one. `literal` holds the text
 *    unchanged, for writers that store strings without parsing them (exceljs).
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
  return { value: `'${v}`, literal: v };
}

/** Inverse used by readers of what setValues stored: a leading apostrophe marks literal text. */
export function fromTypedInput(s: string): string {
  return s.startsWith("'") ? s.slice(1) : s;
}
