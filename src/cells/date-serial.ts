/**
 * Dates as spreadsheet serial numbers (days since 1899-12-30, fraction = time of day), the
 * number a date cell holds in Sheets, Excel, LibreOffice and HyperFormula — so the compute and
 * the native twin see the same value.
 *
 * A Date's *local* calendar fields (the script's zone, Etc/UTC per appsscript.json) are read as the
 * cell's wall clock. Sheets hands a custom function the Date of that wall clock in the
 * SPREADSHEET's zone instead, so the shell rebases Dates first (rebaseDates) when the zones differ.
 */
const MS_PER_DAY = 86400000;

/**
 * A Date from any realm: the workbench runs the built script in a node:vm context, where a host
 * Date fails `instanceof Date`.
 */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
const EPOCH_UTC = Date.UTC(1899, 11, 30);

export function dateToSerial(d: Date): number {
  const wall = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  );
  return (wall - EPOCH_UTC) / MS_PER_DAY;
}

type Offset = (d: Date) => number;

/**
 * `args` with every Date (scalar or inside a 2-D range) replaced by the Date whose local fields
 * are its wall clock at `offsetMinutes(d)` (the spreadsheet zone's UTC offset at that moment).
 * Google's custom-function guide: when the spreadsheet and script zones differ, "the custom
 * function will need to compensate". Returns `args` itself when nothing needs to move.
 */
export function rebaseDates<T>(args: T[], offsetMinutes: Offset): T[] {
  let changed = false;
  const one = (v: unknown): unknown => {
    if (!isDate(v) || isNaN(v.getTime())) return v;
    const off = offsetMinutes(v);
    if (off === -v.getTimezoneOffset()) return v;
    changed = true;
    const w = new Date(v.getTime() + off * 60000);
    const local = new Date(0);
    local.setFullYear(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate());
    local.setHours(w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds(), w.getUTCMilliseconds());
    return local;
  };
  const out = args.map((a) =>
    Array.isArray(a) ? a.map((row: unknown) => (Array.isArray(row) ? row.map(one) : one(row))) : one(a),
  );
  return changed ? (out as T[]) : args;
}

/** Calendar fields → serial (no time-zone involvement). */
export function civilToSerial(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  return (Date.UTC(y, mo - 1, d, h, mi, s) - EPOCH_UTC) / MS_PER_DAY;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** ISO text ("2024-03-01", "2024-03-01 14:30", "2024-03-01T14:30:05") → serial; undefined otherwise. */
export function parseIsoDateText(text: string): number | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const serial = civilToSerial(y, mo, d, h, mi, s);
  // Reject 2024-02-31 and the like: Date.UTC would silently roll it into March.
  const check = new Date(Date.UTC(y, mo - 1, d));
  return check.getUTCMonth() === mo - 1 ? serial : undefined;
}
