/**
 * The one path every string takes into the .xlsx report (exceljs cells, formula results, notes,
 * chart labels, and the fast XML path's inline strings):
 *  - characters XML 1.0 cannot carry are removed (XML 1.0 §2.2 `Char`: C0 controls other than TAB,
 *    LF and CR, unpaired surrogates, U+FFFE, U+FFFF) — one of them made other readers refuse the
 *    whole file and LibreOffice blank later strings;
 *  - CR is written as `_x000D_` (ECMA-376 Part 1 §22.9.2.19 ST_Xstring), because an XML reader turns a
 *    raw CR into LF (XML 1.0 §2.11); a literal `_xHHHH_` typed by a user is escaped as `_x005F_xHHHH_`
 *    so it reads back as typed. Excel, LibreOffice and SheetJS decode these escapes.
 * XML's own escaping (`&`, `<`, …) is left to the writer (exceljs, or escapeXml in fast-sheet).
 */

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Text with the characters XML 1.0 cannot carry removed (the chart parts use it too). */
export const xmlChars = (s: string): string => s.replace(FORBIDDEN, '');

export function xlsxText(s: string): string {
  let out = xmlChars(s);
  if (out.indexOf('_x') >= 0) out = out.replace(ESCAPE_LIKE, '_x005F_$1');
  return out.indexOf('\r') >= 0 ? out.replace(/\r/g, '_x000D_') : out;
}

/** Cell values and cached results: strings through xlsxText, anything else as it is. */
export const xlsxValue = <T>(v: T): T => (typeof v === 'string' ? (xlsxText(v) as T) : v);
