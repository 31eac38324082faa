/**
 * Sheets formula text → what an .xlsx file stores: no leading "=", open-ended ranges ("E2:E")
 * closed at row 1,048,576, and functions newer than Excel 2007 prefixed with `_xlfn.` (Excel shows
 * #NAME? without it; LibreOffice reads both).
 */
import { boundOpenRanges } from '../hyperformula-formulas';

export const EXCEL_MAX_ROW = 1_048_576;

/** Excel 2010+ functions that xlsx files must spell `_xlfn.NAME`. */
const FUTURE_FUNCTIONS = [
  'AGGREGATE',
  'CEILING.MATH',
  'CONCAT',
  'DAYS',
  'FLOOR.MATH',
  'FORMULATEXT',
  'IFNA',
  'IFS',
  'ISOWEEKNUM',
  'MAXIFS',
  'MINIFS',
  'NUMBERVALUE',
  'PERCENTILE.EXC',
  'PERCENTILE.INC',
  'QUARTILE.INC',
  'RANK.EQ',
  'STDEV.P',
  'STDEV.S',
  'SWITCH',
  'TEXTJOIN',
  'VAR.P',
  'VAR.S',
  'XOR',
  'XLOOKUP',
  'XMATCH',
  'FILTER',
  'SORT',
  'SORTBY',
  'UNIQUE',
  'SEQUENCE',
  'LET',
  'MODE.SNGL',
  'NORM.DIST',
  'SHEET',
  'SHEETS',
];

/** Functions only Google Sheets evaluates (DESIGN.md "Formula dialect"). */
const GOOGLE_ONLY = [
  'SPARKLINE',
  'SORTN',
  'QUERY',
  'IMPORTRANGE',
  'IMPORTXML',
  'IMPORTHTML',
  'IMPORTDATA',
  'GOOGLEFINANCE',
  'GOOGLETRANSLATE',
  'ARRAYFORMULA',
  'REGEXMATCH',
  'REGEXEXTRACT',
  'REGEXREPLACE',
  'SPLIT',
  'FILTER',
  'SORT',
  'UNIQUE',
  'LET',
  'XLOOKUP',
  'IMAGE',
  'DETECTLANGUAGE',
];

const esc = (n: string) => n.replace(/\./g, '\\.');
const FUTURE = new RegExp(`(^|[^A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map(esc).join('|')})\\(`, 'gi');
const GOOGLE = new RegExp(`(^|[^A-Za-z0-9_.])(${GOOGLE_ONLY.map(esc).join('|')})\\(`, 'i');

function outsideStrings(formula: string, f: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  for (let i = 0; i < parts.length; i += 2) parts[i] = f(parts[i]);
  return parts.join('');
}

/** True when the formula calls a function LibreOffice 7.4 / Excel cannot evaluate. */
export function isGoogleOnly(formula: string): boolean {
  let hit = false;
  outsideStrings(formula, (code) => {
    if (GOOGLE.test(code)) hit = true;
    return code;
  });
  return hit;
}

/** The formula as stored in an .xlsx cell (no "="). */
export function toExcelFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const bounded = boundOpenRanges(body, () => EXCEL_MAX_ROW);
  return outsideStrings(bounded, (code) =>
    code.replace(FUTURE, (_m, pre: string, name: string) => `${pre}_xlfn.${name.toUpperCase()}(`),
  );
}

/** The range a `=SPARKLINE(range, …)` formula draws (as written), or undefined for any other formula. */
export function sparklineRange(formula: string): string | undefined {
  // A closed range as the whole first argument (an open-ended "A2:A" or an expression is not drawn).
  return /^=?SPARKLINE\(\s*((?:'(?:[^']|'')+'|[^,()'!]+)?!?\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)\s*[,)]/i.exec(
    formula,
  )?.[1];
}

/** The chart type a SPARKLINE's literal options ask for: "column" for column/bar/winloss, else "line" (the default). */
export function sparklineType(formula: string): 'line' | 'column' {
  return /"charttype"\s*[,\\]\s*"(column|bar|winloss)"/i.test(formula) ? 'column' : 'line';
}
