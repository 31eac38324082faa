/**
 * Display strings for the common Sheets number formats the add-on writes ("#,##0", "0.0%",
 * "$#,##0.00", "yyyy-mm-dd", "@" …). Not a full format engine: unknown patterns fall back to the
 * plain number, which is what the grid view and getDisplayValues need.
 */
import { isDateFormat, serialToDate, type Stored } from './values';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDate(serial: number, format: string): string {
  const d = serialToDate(serial);
  const tokens: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: pad(d.getUTCFullYear() % 100),
    mmmm: MONTHS[d.getUTCMonth()],
    mmm: MONTHS[d.getUTCMonth()],
    dd: pad(d.getUTCDate()),
    d: String(d.getUTCDate()),
    hh: pad(d.getUTCHours()),
    h: String(d.getUTCHours()),
    ss: pad(d.getUTCSeconds()),
  };
  let seenHour = false;
  return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|"[^"]*"/gi, (tok) => {
    if (tok.startsWith('"')) return tok.slice(1, -1);
    const low = tok.toLowerCase();
    if (low === 'hh' || low === 'h') seenHour = true;
    if (low === 'mm' || low === 'm') {
      // "mm" after an hour is minutes, otherwise month (Sheets' own rule).
      const v = seenHour ? d.getUTCMinutes() : d.getUTCMonth() + 1;
      return low === 'mm' ? pad(v) : String(v);
    }
    return tokens[low] ?? tok;
  });
}

function formatNumber(n: number, format: string): string {
  // A currency symbol "[$€]" or "[$€-407]" (symbol, optional locale) shows as its symbol, like text.
  format = format.replace(/\[\$([^\]-]*)(?:-[^\]]*)?\]/g, (_m, symbol: string) => `"${symbol}"`);
  const section = format.split(';')[n < 0 && format.includes(';') ? 1 : 0] ?? format;
  const percent = section.includes('%');
  const value = Math.abs(percent ? n * 100 : n);
  const core =
    /[#0,]*\.?[0#]*/.exec(
      section
        .replace(/"[^"]*"|\\./g, (m) => ' '.repeat(m.length))
        .replace(/[^#0.,%]/g, ' ')
        .trim(),
    )?.[0] ?? '';
  const fraction = core.includes('.') ? core.split('.')[1].replace(/[^0#]/g, '') : '';
  const grouping = core.includes(',');
  let body = value.toFixed(fraction.length);
  // "#" decimals are optional, "0" ones are not; the point stays even with no digit after it
  // (Sheets shows 1200 in "#,##0.##" as "1,200.").
  if (core.includes('.')) {
    const keep = fraction.replace(/#/g, '').length;
    const [i, f = ''] = body.split('.');
    let digits = f;
    while (digits.length > keep && digits.endsWith('0')) digits = digits.slice(0, -1);
    body = `${i}.${digits}`;
  }
  if (grouping) {
    const [i, f] = body.split('.');
    body = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f === undefined ? '' : `.${f}`);
  }
  const prefix = /^[^#0]*/.exec(section.replace(/"/g, ''))?.[0].replace(/[%\s]/g, '') ?? '';
  const sign = n < 0 && !format.includes(';') ? '-' : '';
  return `${sign}${prefix}${body}${percent ? '%' : ''}`;
}

export function formatDisplay(value: Stored, format: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!format || format === '@' || format.toLowerCase() === 'general') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  if (isDateFormat(format)) return formatDate(value, format);
  return formatNumber(value, format);
}
