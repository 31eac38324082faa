/**
 * Cell values as the emulator stores them, and Sheets' "typed input" parsing of strings given to
 * setValues/setValue. Dates are day serials (1899-12-30 = 0) in the spreadsheet time zone, which the
 * emulator fixes at UTC.
 */
export type Stored = number | string | boolean | null;

export interface ParsedInput {
  /** A formula (with "=") when the text is one. */
  formula?: string;
  value: Stored;
  /** Number format Sheets picks automatically for parsed percent/currency/date text. */
  autoFormat?: string;
}

const MS_PER_DAY = 86400000;
const EPOCH_OFFSET = 25569; // serial of 1970-01-01

export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + EPOCH_OFFSET;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_OFFSET) * MS_PER_DAY));
}

export function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** True for number formats that show a date or time (Apps Script then returns Date from getValues). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(f) || /h|ss/i.test(f) || /(^|[^#0])m{1,4}([^#0]|$)/i.test(f.replace(/0|#/g, ''));
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const CURRENCY = /^([+-]?)\$\s?([\d,]*\.?\d+)$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseNumber(s: string): number | undefined {
  if (!NUMBER.test(s) || !/\d/.test(s)) return undefined;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

function dateParts(m: RegExpExecArray, y: number, mo: number, d: number): ParsedInput | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const hasTime = m[4] !== undefined;
  const ms = Date.UTC(y, mo - 1, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  const date = new Date(ms);
  if (date.getUTCDate() !== d) return undefined;
  return { value: dateToSerial(date), autoFormat: hasTime ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd' };
}

/**
 * What Sheets does with a string typed into (or setValues'd to) a cell whose format is not plain
 * text: "'x" is the text x; "=…" a formula; "+…" / "-…" that is not a plain number is a formula too
 * (so "+1" and "-2+3" never arrive as text); "01234" → 1234; "4.5%" → 0.045; "$1.20" → 1.2;
 * "2025-07-20" and "7/20/2025" → date; TRUE/FALSE → booleans.
 */
export function parseTyped(s: string): ParsedInput {
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.length > 1 && s.startsWith('=')) return { formula: s, value: null };
  const t = s.trim();
  if (t === '') return { value: s === '' ? null : s };
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const n = parseNumber(t);
  if (n !== undefined) return { value: n };
  if (t.endsWith('%')) {
    const p = parseNumber(t.slice(0, -1).trim());
    if (p !== undefined) return { value: p / 100, autoFormat: '0.00%' };
  }
  const cur = CURRENCY.exec(t);
  if (cur) {
    const c = parseNumber(cur[2]);
    if (c !== undefined) return { value: cur[1] === '-' ? -c : c, autoFormat: '$#,##0.00' };
  }
  const iso = ISO_DATE.exec(t);
  if (iso) {
    const d = dateParts(iso, Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (d) return d;
  }
  const us = US_DATE.exec(t);
  if (us) {
    const d = dateParts(us, Number(us[3]), Number(us[1]), Number(us[2]));
    if (d) return d;
  }
  if (t.length > 1 && (t.startsWith('+') || t.startsWith('-'))) return { formula: `=${t}`, value: null };
  return { value: s };
}

/** Converts a JS value handed to setValues into what the cell stores. */
export function toStored(v: unknown, textFormat: boolean): ParsedInput {
  if (v === null || v === undefined || v === '') return { value: null };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null };
  if (typeof v === 'boolean') return { value: v };
  if (isDateObject(v)) {
    const serial = dateToSerial(v);
    return { value: serial, autoFormat: Number.isInteger(serial) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' };
  }
  const s = String(v);
  // Plain-text format ("@") stores what was typed, formulas included (only a quote prefix is dropped).
  if (textFormat) return { value: s.startsWith("'") ? s.slice(1) : s };
  return parseTyped(s);
}
