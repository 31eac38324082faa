/**
 * Cell text → typed values: numbers (thousands separators, currency signs, `(12)` negatives,
 * decimal comma only when the format says so), percents by convention, dates by convention,
 * durations. Each returns null for a blank / `-`, or `undefined` when the text is not what the
 * column expects (the caller reports it with its location).
 */
import type { RawCell, PercentConvention } from './types';
import { serialToIso } from './xlsx';

const BLANKS = new Set(['', '-', '--', '—', 'n/a', 'N/A', 'null', '(not set)']);

/** Blank markers start with whitespace, `-`, `—`, `n`/`N` or `(`: anything else is decided by its first character. */
export function isBlankText(s: string): boolean {
  if (s.length === 0) return true;
  const c = s.charCodeAt(0);
  if (c > 32 && c !== 45 && c !== 0x2014 && c !== 110 && c !== 78 && c !== 40) return false;
  return BLANKS.has(s.trim());
}

export const isBlank = (raw: RawCell): boolean =>
  raw === null || (typeof raw === 'string' && isBlankText(raw));

const SIMPLE_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Hot path for `424`, `-7`, `424.0`, `1e3`: short integers by a digit loop (exact below 2^53),
 * anything else by unary plus, guarded against hex/binary/octal and Infinity.
 */
function plainNumber(s: string): number | undefined {
  const len = s.length;
  const c = s.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 45)) return undefined;
  if (len <= 15) {
    let n = 0;
    let i = c === 45 ? 1 : 0;
    if (i < len) {
      for (; i < len; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        n = n * 10 + d;
      }
      if (i === len) return c === 45 ? -n : n;
    }
  }
  const c1 = s.charCodeAt(1) | 32;
  if (c1 === 120 || c1 === 98 || c1 === 111) return undefined;
  const n = +s;
  return n === n && n !== Infinity && n !== -Infinity ? n : undefined;
}

export function parseNumber(raw: RawCell, decimalComma = false): number | null | undefined {
  if (typeof raw === 'number') return raw;
  if (raw === null) return null;
  if (typeof raw === 'boolean') return undefined;
  if (!decimalComma) {
    const fast = plainNumber(raw);
    if (fast !== undefined && !Number.isNaN(fast)) return fast;
    if (SIMPLE_NUMBER.test(raw)) return Number(raw);
  }
  const parsed = parseLooseNumber(raw, decimalComma);
  return parsed === undefined ? undefined : parsed.value;
}

/** `"15,000"`, `$1,234.50`, `(12)`, `1.234,5` (decimal comma), `4.5%` → value and whether it had a `%`. */
export function parseLooseNumber(
  raw: string,
  decimalComma = false,
): { value: number | null; percent: boolean } | undefined {
  let s = raw.trim();
  if (BLANKS.has(s)) return { value: null, percent: false };
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1).trim();
  s = s.replace(/^[$€£¥]|[$€£¥]$|^(USD|EUR|GBP|BRL)\s*|\s*(USD|EUR|GBP|BRL)$/g, '').trim();
  // A space groups thousands only between digit groups of three (`1 234 567`; fr-FR Excel writes
  // U+00A0 or U+202F). Any other whitespace inside (`1\r2`, `1\t2`: a broken row or column) is not
  // a number: the value is reported, never glued into 12.
  s = s.replace(/(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '');
  s = decimalComma ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!SIMPLE_NUMBER.test(s)) return undefined;
  const n = Number(s);
  return { value: negative ? -n : n, percent };
}

/** Rates as fractions: 0.045 whether the file wrote `0.045`, `4.5%` or (percent-number convention) `4.5`. */
export function parsePercent(
  raw: RawCell,
  convention: PercentConvention,
  decimalComma = false,
): number | null | undefined {
  if (typeof raw === 'number') return convention === 'percent-number' ? raw / 100 : raw;
  if (raw === null) return null;
  if (typeof raw === 'boolean') return undefined;
  if (!decimalComma) {
    const pct = raw.charCodeAt(raw.length - 1) === 37;
    const fast = plainNumber(pct ? raw.slice(0, -1) : raw);
    if (fast !== undefined && !Number.isNaN(fast))
      return pct || convention === 'percent-number' ? fast / 100 : fast;
  }
  const p = parseLooseNumber(raw, decimalComma);
  if (p === undefined || p.value === null) return p === undefined ? undefined : null;
  return p.percent || convention === 'percent-number' ? p.value / 100 : p.value;
}

/** Cell converters for number and percent columns: blank markers → null, bad text → undefined. */
export const numberCell =
  (decimalComma: boolean) =>
  (raw: RawCell): number | null | undefined => {
    if (typeof raw !== 'string') return parseNumber(raw, decimalComma);
    // Plain numbers first: most cells are, and they need no blank check.
    const fast = decimalComma ? undefined : plainNumber(raw);
    if (fast !== undefined && !Number.isNaN(fast)) return fast;
    return isBlankText(raw) ? null : parseNumber(raw, decimalComma);
  };

export const percentCell =
  (convention: PercentConvention, decimalComma: boolean) =>
  (raw: RawCell): number | null | undefined =>
    typeof raw === 'string' && isBlankText(raw) ? null : parsePercent(raw, convention, decimalComma);

/** `1:02:03`, `2:03`, or a number of seconds → seconds. */
export function parseDuration(raw: RawCell): number | null | undefined {
  if (typeof raw === 'number') return raw;
  if (raw === null || typeof raw === 'boolean') return raw === null ? null : undefined;
  const s = raw.trim();
  if (BLANKS.has(s)) return null;
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(s);
  if (m) return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return parseNumber(s);
}

/** Ids stay text; a number from a spreadsheet cell is written out in full (no exponent). */
export function parseId(raw: RawCell): string | null {
  if (raw === null) return null;
  if (typeof raw === 'number') return Number.isInteger(raw) ? BigInt(raw).toString() : String(raw);
  const s = String(raw);
  if (isBlankText(s)) return null;
  const c = s.charCodeAt(s.length - 1);
  return s.charCodeAt(0) > 32 && c > 32 ? s : s.trim();
}

export function parseText(raw: RawCell): string | null {
  if (raw === null) return null;
  const s = typeof raw === 'string' ? raw : String(raw);
  return s.length < 16 && isBlankText(s) ? null : s;
}

// ---------- dates ----------

export interface DateParts {
  y?: number;
  m: number;
  d: number;
  /** `HH:MM:SS` */
  time?: string;
  /** Offset in minutes east of UTC when the text carried one (`+0000`, `Z`). */
  offset?: number;
}

const MONTHS: Record<string, number> = {};
[
  ['jan', 'january', 'janeiro', 'enero', 'janvier', 'januar', 'gennaio', 'ene', 'janv'],
  [
    'feb',
    'february',
    'fevereiro',
    'febrero',
    'février',
    'fevrier',
    'februar',
    'febbraio',
    'fev',
    'fév',
    'févr',
  ],
  ['mar', 'march', 'março', 'marco', 'marzo', 'mars', 'märz', 'marz', 'mär'],
  ['apr', 'april', 'abril', 'avril', 'aprile', 'abr', 'avr'],
  ['may', 'maio', 'mayo', 'mai', 'maggio', 'mag'],
  ['jun', 'june', 'junho', 'junio', 'juin', 'juni', 'giugno', 'giu'],
  ['jul', 'july', 'julho', 'julio', 'juillet', 'juli', 'luglio', 'juil', 'lug'],
  ['aug', 'august', 'agosto', 'août', 'aout', 'ago', 'aoû'],
  ['sep', 'sept', 'september', 'setembro', 'septiembre', 'septembre', 'settembre', 'set'],
  ['oct', 'october', 'outubro', 'octubre', 'octobre', 'oktober', 'ottobre', 'out', 'okt', 'ott'],
  ['nov', 'november', 'novembro', 'noviembre', 'novembre'],
  [
    'dec',
    'december',
    'dezembro',
    'diciembre',
    'décembre',
    'decembre',
    'dezember',
    'dicembre',
    'dez',
    'dic',
    'déc',
  ],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

// ` UTC` after the time: LinkedIn member export messages.csv (`2025-03-04 10:00:00 UTC`, public parsers).
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/;
const NUMERIC =
  /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const TIME_TAIL =
  /(?:[ ,]+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?\s*(?:(UTC|GMT|Z)|([+-]\d{2}:?\d{2}))?$/;

function time(
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
  ampm?: string,
): string | undefined {
  if (h === undefined || mi === undefined) return undefined;
  let hour = Number(h);
  if (ampm) {
    const pm = ampm.toLowerCase() === 'pm';
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  return `${pad(hour)}:${mi}:${s ?? '00'}`;
}

function offsetMinutes(tz: string | undefined): number | undefined {
  if (tz === undefined) return undefined;
  if (/^(z|utc|gmt)$/i.test(tz)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(tz);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : undefined;
}

/**
 * Split date text into parts. `order` says what `a/b/yyyy` means; `'ask'` returns both numbers as
 * read (m = first, d = second) so an `auto` column can decide from all rows first.
 */
export function parseDateParts(s: string, order: 'mdy' | 'dmy'): DateParts | undefined {
  const t = s.trim();
  let m = ISO.exec(t);
  if (m) {
    return { y: +m[1], m: +m[2], d: +m[3], time: time(m[4], m[5], m[6]), offset: offsetMinutes(m[7]) };
  }
  if (/^\d{8}$/.test(t)) return { y: +t.slice(0, 4), m: +t.slice(4, 6), d: +t.slice(6, 8) };
  m = NUMERIC.exec(t);
  if (m) {
    if (m[1].length === 4) return { y: +m[1], m: +m[2], d: +m[3], time: time(m[4], m[5], m[6], m[7]) };
    const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    const [a, b] = [+m[1], +m[2]];
    return { y, m: order === 'mdy' ? a : b, d: order === 'mdy' ? b : a, time: time(m[4], m[5], m[6], m[7]) };
  }
  return parseNamedDate(t);
}

/** `Tue, Aug 25, 2026`, `Oct 5, 2021`, `25 Aug 2026`, `September 25`, `28 May`, `25 de agosto de 2026`. */
function parseNamedDate(t: string): DateParts | undefined {
  const tail = TIME_TAIL.exec(t);
  let head = t;
  let tm: string | undefined;
  let offset: number | undefined;
  if (tail && tail[0] !== '' && tail[1] !== undefined) {
    head = t.slice(0, tail.index);
    tm = time(tail[1], tail[2], tail[3], tail[4]);
    offset = offsetMinutes(tail[5] ?? tail[6]);
  }
  const words = head
    .toLowerCase()
    .replace(/\b(de|del|of|the)\b/g, ' ')
    .split(/[\s,.]+/)
    .filter(Boolean);
  let month: number | undefined;
  const nums: number[] = [];
  for (const w of words) {
    if (/^\d+(st|nd|rd|th)?$/.test(w)) nums.push(parseInt(w, 10));
    else if (MONTHS[w] !== undefined && month === undefined) month = MONTHS[w];
    else if (
      !/^(mon|tue|wed|thu|fri|sat|sun)/.test(w) &&
      !/^(seg|ter|qua|qui|sex|sáb|sab|dom|lun|mar|mié|mie|jue|vie|lu|ma|me|je|ve|sa|di|mo|do|fr)/.test(w)
    ) {
      return undefined;
    }
  }
  if (month === undefined || nums.length === 0 || nums.length > 2) return undefined;
  const day = nums.find((n) => n >= 1 && n <= 31 && n < 1000);
  const year = nums.find((n) => n >= 1000);
  if (day === undefined) return undefined;
  return { y: year, m: month, d: day, time: tm, offset };
}

export const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]);
}

/** Parts → ISO: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS`, or with `Z` (converted to UTC) when the text had an offset. */
export function partsToIso(p: DateParts, year: number | undefined = p.y): string | undefined {
  if (year === undefined || !validDay(year, p.m, p.d)) return undefined;
  const date = `${year}-${pad(p.m)}-${pad(p.d)}`;
  if (p.time === undefined) return date;
  if (p.offset === undefined) return `${date}T${p.time}`;
  const utc = new Date(`${date}T${p.time}Z`).getTime() - p.offset * 60000;
  return `${new Date(utc).toISOString().slice(0, 19)}Z`;
}

/** A spreadsheet number in a date column: `20260801` (GA4 typed) or an Excel serial. */
export function numberToIsoDate(n: number): string | undefined {
  if (Number.isInteger(n) && n >= 19000101 && n <= 21001231) {
    const s = String(n);
    return partsToIso({ y: +s.slice(0, 4), m: +s.slice(4, 6), d: +s.slice(6, 8) });
  }
  if (n > 0 && n < 2958466) return serialToIso(n);
  return undefined;
}

/**
 * Day/month order for a column whose convention does not fix it, decided over ALL its values: any
 * first number > 12 means day first, any second number > 12 means month first; neither →
 * ambiguous; both → conflicting (the column cannot be read one way without swapping half of it).
 */
export function decideOrder(values: RawCell[]): {
  order: 'mdy' | 'dmy';
  ambiguous: boolean;
  conflicting: boolean;
  /** Whether any a/b/yyyy date was seen at all (ISO dates need no decision). */
  numeric: boolean;
  /** A value that can only be day-first, and one that can only be month-first (for messages). */
  examples: { dayFirst?: string; monthFirst?: string };
} {
  let dayFirst: string | undefined;
  let monthFirst: string | undefined;
  let seen = false;
  for (const v of values) {
    // ISO dates (`2026-06-01…`) say nothing about day/month order: skip them without a regex.
    if (typeof v !== 'string' || (v.length >= 10 && v.charCodeAt(4) === 45)) continue;
    const m = NUMERIC.exec(v.trim());
    if (!m || m[1].length === 4) continue;
    seen = true;
    if (dayFirst === undefined && +m[1] > 12) dayFirst = v;
    if (monthFirst === undefined && +m[2] > 12) monthFirst = v;
  }
  const examples = { dayFirst, monthFirst };
  const conflicting = dayFirst !== undefined && monthFirst !== undefined;
  const order = dayFirst !== undefined && !conflicting ? 'dmy' : 'mdy';
  return {
    order,
    ambiguous: seen && dayFirst === undefined && monthFirst === undefined,
    conflicting,
    numeric: seen,
    examples,
  };
}

/**
 * Day/month order of a spreadsheet locale (`en_US`, `de_DE`, `pt_BR`). Month first where that is
 * the national numeric order (Wikipedia, "Date format by country": United States, Philippines,
 * Micronesia, Marshall Islands, Palau, Belize); year-first locales (zh, ja, ko, hu, lt, sv, …) do not
 * write a/b/yyyy, so they give no order; every other locale writes day first.
 */
export function dateOrderOfLocale(locale: string | undefined): 'mdy' | 'dmy' | undefined {
  if (!locale) return undefined;
  const [lang, region = ''] = locale.replace('-', '_').split('_');
  if (/^(US|PH|FM|MH|PW|BZ)$/i.test(region) || lang === 'fil') return 'mdy';
  if (/^(zh|ja|ko|hu|lt|sv|mn|eu|ka)$/i.test(lang) || (lang === 'en' && region === '')) return undefined;
  return 'dmy';
}

export interface YearAnchor {
  y: number;
  m: number;
  d: number;
}

/**
 * Years for month/day dates without one (TikTok), decided over the whole column so that no date
 * falls after the anchor (the export date) and consecutive days stay in order:
 * - a column in date order (oldest or newest first: nine in ten steps go the same way) is walked
 *   from its latest day, which gets the latest year not after the anchor; each wrap (Dec → Jan) steps a year;
 * - any other column (posts in any order): each date gets the latest year not after the anchor.
 * Returns one year per entry (undefined where the entry is undefined or has its own year).
 */
export function assignYears(parts: (DateParts | undefined)[], anchor: YearAnchor): (number | undefined)[] {
  const years: (number | undefined)[] = new Array(parts.length).fill(undefined);
  const idx: number[] = [];
  for (let i = 0; i < parts.length; i++) if (parts[i] && parts[i]?.y === undefined) idx.push(i);
  // Position in the year (months as 31 days: enough to compare and to measure short steps).
  const md = idx.map((i) => ((parts[i] as DateParts).m - 1) * 31 + (parts[i] as DateParts).d);
  const limit = (anchor.m - 1) * 31 + anchor.d;
  const latest = (v: number) => (v <= limit ? anchor.y : anchor.y - 1);
  // A step forward in the calendar is short (next day, next week); going back it is most of a year.
  let forward = 0;
  let backward = 0;
  for (let k = 1; k < md.length; k++) {
    const ahead = (md[k] - md[k - 1] + 372) % 372;
    if (ahead === 0) continue;
    if (ahead < 186) forward++;
    else backward++;
  }
  const n = md.length;
  const steps = forward + backward;
  if (steps > 0 && forward >= 0.9 * steps) {
    let y = latest(md[n - 1]);
    for (let k = n - 1; k >= 0; k--) {
      if (k < n - 1 && md[k] > md[k + 1]) y--;
      years[idx[k]] = y;
    }
  } else if (steps > 0 && backward >= 0.9 * steps) {
    let y = latest(md[0]);
    for (let k = 0; k < n; k++) {
      if (k > 0 && md[k] > md[k - 1]) y--;
      years[idx[k]] = y;
    }
  } else {
    for (let k = 0; k < n; k++) years[idx[k]] = latest(md[k]);
  }
  return years;
}
