/**
 * Dates as spreadsheet serial numbers (days since 1899-12-30, fraction = time of day), the
 * number a date cell holds in Sheets, Excel, LibreOffice and HyperFormula — so the compute and
 * the native twin see the same value.
 *
 * Apps Script hands a date cell over as a `Date` at the sheet's wall-clock time in the script's
 * time zone, so the *local* calendar fields are the cell's value (UTC fields could shift a day).
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
