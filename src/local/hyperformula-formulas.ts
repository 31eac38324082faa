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

const RANGE_REF =
  /((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?\$?([A-Za-z]{1,3})(\$?\d+)?:\$?([A-Za-z]{1,3})(\$?\d+)?(?![A-Za-z0-9_$(!])/g;

/** Rows from which a range is worth sharing as a named expression. */
export const LARGE_RANGE_ROWS = 500;

/** Functions whose range arguments may be named expressions (HyperFormula passes those as values, which these accept). */
const SHARE_IN = new Set(['SUMIFS', 'COUNTIFS', 'AVERAGEIFS', 'MAXIFS', 'MINIFS']);

/** Name of the function call enclosing position `at` (strings already blanked out). */
function enclosingFunction(code: string, at: number): string {
  const stack: string[] = [];
  for (let i = 0; i < at; i++) {
    const ch = code[i];
    if (ch === '(') {
      const m = /([A-Za-z_][A-Za-z0-9_.]*)\s*$/.exec(code.slice(Math.max(0, i - 40), i));
      stack.push(m ? m[1].toUpperCase() : '');
    } else if (ch === ')') stack.pop();
  }
  return stack[stack.length - 1] ?? '';
}

/**
 * Replaces each large range (whole columns, or ≥ LARGE_RANGE_ROWS rows) that is a direct argument
 * of SUMIFS/COUNTIFS/… by a name from `nameFor`, given the range's absolute, sheet-qualified text.
 * HyperFormula re-walks every cell of a range for each formula that mentions it; a named expression
 * is walked once and shared by all formulas. (Elsewhere a named range would change semantics:
 * HyperFormula hands it over as values, so MAX/SUM would choke on header text and ROWS would be 1.)
 */
export function shareLargeRanges(
  formula: string,
  ownSheet: string,
  nameFor: (absRef: string) => string,
): string {
  const masked = formula.replace(/"(?:[^"]|"")*"/g, (m) => '"' + ' '.repeat(m.length - 2) + '"');
  let out = '';
  let last = 0;
  for (const m of masked.matchAll(RANGE_REF)) {
    const [text, sheet, c1, r1, c2, r2] = m;
    const at = m.index ?? 0;
    if ((r1 === undefined) !== (r2 === undefined)) continue;
    const rows =
      r1 === undefined ? Infinity : Math.abs(Number(r2!.replace('$', '')) - Number(r1.replace('$', ''))) + 1;
    if (rows < LARGE_RANGE_ROWS || !SHARE_IN.has(enclosingFunction(masked, at))) continue;
    const prefix = sheet ?? `'${ownSheet.replace(/'/g, "''")}'!`;
    const row = (r: string | undefined) => (r === undefined ? '' : `$${r.replace('$', '')}`);
    out +=
      formula.slice(last, at) +
      nameFor(`${prefix}$${c1.toUpperCase()}${row(r1)}:$${c2.toUpperCase()}${row(r2)}`);
    last = at + text.length;
  }
  return out + formula.slice(last);
}
