/**
 * Formula text rewrites for engines stricter than Sheets. Sheets accepts open-ended ranges such as
 * `'Data · Posts'!E2:E` (row 2 to the last row); HyperFormula and Excel do not, so they get an
 * explicit last row. String literals are left untouched.
 */
const OPEN_RANGE =
  /((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_$(!])/g;

function unquote(sheet: string | undefined): string | undefined {
  if (!sheet) return undefined;
  const s = sheet.slice(0, -1);
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

/** Replaces `X2:Y` by `X2:Y<last>` where `last = lastRow(sheet)` (sheet undefined = the formula's own sheet). */
export function boundOpenRanges(formula: string, lastRow: (sheet: string | undefined) => number): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(
      OPEN_RANGE,
      (_m, sheet: string | undefined, start: string, endCol: string) =>
        `${sheet ?? ''}${start}:${endCol}${lastRow(unquote(sheet))}`,
    );
  }
  return parts.join('');
}

/** True when the formula has an open-ended range (its bounds depend on sheet sizes). */
export function hasOpenRange(formula: string): boolean {
  return boundOpenRanges(formula, () => 0) !== formula;
}

const SHEET_REF = /(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!/g;

/** Sheet names a formula refers to (string literals ignored). */
export function referencedSheets(formula: string): string[] {
  const out = new Set<string>();
  const parts = formula.split(/("(?:[^"]|"")*")/);
  for (let i = 0; i < parts.length; i += 2) {
    for (const m of parts[i].matchAll(SHEET_REF))
      out.add(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  }
  return [...out];
}
