/**
 * Cell values as the emulator stores them, and Sheets' "typed input" parsing of strings given to
 * setValues/setValue, per the spreadsheet's locale. Dates are day serials (1899-12-30 = 0) in the
 * spreadsheet time zone, which the emulator fixes at UTC.
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

/** Separators and date order of a spreadsheet locale (Sheets parses typed text by the spreadsheet's locale). */
export interface LocaleRules {
  decimal: '.' | ',';
  group: ',' | '.' | ' ';
  /** 3/4/2025 is 3 April (true) or 4 March. */
  dayFirst: boolean;
}

const US: LocaleRules = { decimal: '.', group: ',', dayFirst: false };
const LOCALES: Record<string, LocaleRules> = {
  en_US: US,
  en_GB: { decimal: '.', group: ',', dayFirst: true },
  en_IN: { decimal: '.', group: ',', dayFirst: true },
  de_DE: { decimal: ',', group: '.', dayFirst: true },
  fr_FR: { decimal: ',', group: ' ', dayFirst: true },
  pt_BR: { decimal: ',', group: '.', dayFirst: true },
  es_ES: { decimal: ',', group: '.', dayFirst: true },
};

export function localeRules(locale: string | undefined): LocaleRules {
  return (locale && LOCALES[locale]) || US;
}

/** The locales the emulator knows how to parse typed input for. */
export const KNOWN_LOCALES = Object.keys(LOCALES);

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+)?';
const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
/** "Sep-2024", "Jan-25", "Dec.25", "Aug 25, 2026", "Tue, Aug 25, 2026": month name first. */
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}[\\s.\\-/]*(\\d{1,4})(?:,?[\\s\\-/]+(\\d{4}))?$`, 'i');
/** "25-Dec", "25 Dec 2024", "1-Sep-24": day first. */
const DAY_FIRST = new RegExp(`^(\\d{1,2})[\\s.\\-/]+${MONTH}(?:[\\s\\-/]+(\\d{2}|\\d{4}))?$`, 'i');
/** Currency signs Sheets reads as money in any locale, before or after the amount: "$1.20", "₹500", "R$ 10", "10 €". */
const CURRENCY =
  /^([+-]?)\s*(R\$|US\$|\$|€|£|¥|₹|₩|₽|₺|₫|₱|₪)\s*([+-]?)\s*([\d.,\s]*\d)$|^([+-]?)([\d.,\s]*\d)\s*(€|£|¥|₹|₩|₽|₺|₫|₱|₪|\$|R\$)$/;

function parseNumber(s: string, rules: LocaleRules): number | undefined {
  const g = rules.group === '.' ? '\\.' : rules.group === ' ' ? '[ \\u00a0\\u202f]' : ',';
  const d = rules.decimal === '.' ? '\\.' : ',';
  const re = new RegExp(`^[+-]?(\\d{1,3}(${g}\\d{3})+|\\d+)?(${d}\\d+)?([eE][+-]?\\d+)?$`);
  if (!re.test(s) || !/\d/.test(s)) return undefined;
  const plain = s
    .split(rules.group === ' ' ? /[ \u00a0\u202f]/ : rules.group)
    .join('')
    .replace(rules.decimal, '.');
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

function dateParts(y: number, mo: number, d: number, time?: string[]): ParsedInput | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const hasTime = time?.[0] !== undefined;
  const ms = Date.UTC(y, mo - 1, d, Number(time?.[0] ?? 0), Number(time?.[1] ?? 0), Number(time?.[2] ?? 0));
  const date = new Date(ms);
  if (date.getUTCDate() !== d) return undefined;
  return { value: dateToSerial(date), autoFormat: hasTime ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd' };
}

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** Month-name dates: a number after the month is a year when it has 4 digits, else a day of this year. */
function parseNamedDate(t: string): ParsedInput | undefined {
  const thisYear = new Date().getUTCFullYear();
  const m = MONTH_FIRST.exec(t);
  if (m) {
    const mo = monthIndex(m[1]);
    if (m[3]) return dateParts(Number(m[3]), mo, Number(m[2]));
    return m[2].length === 4 ? dateParts(Number(m[2]), mo, 1) : dateParts(thisYear, mo, Number(m[2]));
  }
  const d = DAY_FIRST.exec(t);
  if (d) return dateParts(d[3] ? fullYear(d[3]) : thisYear, monthIndex(d[2]), Number(d[1]));
  return undefined;
}

function parseCurrency(t: string, rules: LocaleRules): ParsedInput | undefined {
  const m = CURRENCY.exec(t);
  if (!m) return undefined;
  const [sign, symbol, amount] = m[2] ? [m[1] || m[3], m[2], m[4]] : [m[5], m[7], m[6]];
  const n = parseNumber(amount.trim(), rules);
  if (n === undefined) return undefined;
  const format = symbol === '$' ? '$#,##0.00' : `"${symbol}"#,##0.00`;
  return { value: sign === '-' ? -n : n, autoFormat: format };
}

/**
 * What Sheets does with a string typed into (or setValues'd to) a cell whose format is not plain
 * text, in the spreadsheet's locale: "'x" is the text x; "=…" a formula; "+…" / "-…" that is not a
 * plain number is a formula too (so "+1" and "-2+3" never arrive as text); "01234" → 1234;
 * "4.5%" → 0.045; "$1.20", "₹500", "R$ 10" → money; "2025-07-20", "7/20/2025", "Sep-2024",
 * "Jan-25", "Dec.25" → dates; TRUE/FALSE → booleans. Sources: docs/SHEETS-BEHAVIOUR.md.
 */
export function parseTyped(s: string, locale?: string): ParsedInput {
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.length > 1 && s.startsWith('=')) return { formula: s, value: null };
  const t = s.trim();
  if (t === '') return { value: s === '' ? null : s };
  const rules = localeRules(locale);
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const n = parseNumber(t, rules);
  if (n !== undefined) return { value: n };
  if (t.endsWith('%')) {
    const p = parseNumber(t.slice(0, -1).trim(), rules);
    if (p !== undefined) return { value: p / 100, autoFormat: '0.00%' };
  }
  const money = parseCurrency(t, rules);
  if (money) return money;
  const iso = ISO_DATE.exec(t);
  if (iso) {
    const d = dateParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso.slice(4));
    if (d) return d;
  }
  const sl = SLASH_DATE.exec(t);
  if (sl) {
    const [mo, day] = rules.dayFirst ? [sl[2], sl[1]] : [sl[1], sl[2]];
    const d = dateParts(Number(sl[3]), Number(mo), Number(day), sl.slice(4));
    if (d) return d;
  }
  const named = parseNamedDate(t);
  if (named) return named;
  if (t.length > 1 && (t.startsWith('+') || t.startsWith('-'))) return { formula: `=${t}`, value: null };
  return { value: s };
}

/** Sheets' limit on the text in one cell, and its message when a write goes over it. */
export const MAX_CELL_CHARS = 50_000;

export function assertCellText(v: unknown): void {
  if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
}

/** Converts a JS value handed to setValues into what the cell stores. */
export function toStored(v: unknown, textFormat: boolean, locale?: string): ParsedInput {
  if (v === null || v === undefined || v === '') return { value: null };
  // Whether Sheets keeps a number written to a plain-text cell as a number is undocumented: the
  // emulator takes the reading that breaks careless code, and stores its text.
  if (typeof v === 'number') return { value: Number.isFinite(v) ? (textFormat ? String(v) : v) : null };
  if (typeof v === 'boolean') return { value: v };
  if (isDateObject(v)) {
    const serial = dateToSerial(v);
    return { value: serial, autoFormat: Number.isInteger(serial) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' };
  }
  const s = String(v);
  // Plain-text format ("@") stores what was typed, formulas included (only a quote prefix is dropped).
  if (textFormat) return { value: s.startsWith("'") ? s.slice(1) : s };
  return parseTyped(s, locale);
}
