/**
 * Currency number formats from the data: the canonical `currency` column holds the ISO 4217 code the
 * export states per row (LinkedIn Campaign Manager's "Currency" column, ../shared/EXPORTS.md). When the
 * imported rows agree on one code, the report's money cells show it; when they do not, no symbol is
 * shown (it would be a lie for part of the sum) and the money tiles say why.
 */
import { columnType, type TableName } from '../../model/schema';
import type { DataTabSchema, SheetPlan } from '../../templates/plan';
import { tableOfTab } from '../../templates/schema';

/** Symbols for the codes whose symbol is unambiguous in English; any other code is shown as the code. */
const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

/**
 * The number format of an amount in `code`: `[$€]#,##0.00` (a currency-symbol literal both Excel
 * and LibreOffice read, ECMA-376 §18.8.31), or `[$CHF] #,##0.00` for a code without a symbol.
 */
export function currencyFormat(code: string, base = '#,##0.00'): string {
  const c = code.trim().toUpperCase();
  if (!isCurrencyCode(c)) throw new Error(`Currency "${code}" is not an ISO 4217 code (e.g. USD, EUR).`);
  return SYMBOLS[c] ? `[$${SYMBOLS[c]}]${base}` : `[$${c}] ${base}`;
}

const isCurrencyCode = (c: string) => /^[A-Z]{3}$/.test(c);

/** Distinct currency codes of a data tab's rows (header row first), in first-seen order. */
export function currenciesOf(rows: unknown[][]): string[] {
  const col = rows[0]?.indexOf('currency') ?? -1;
  if (col < 0) return [];
  const seen = new Set<string>();
  for (let r = 1; r < rows.length; r++) {
    const v = rows[r][col];
    if (typeof v === 'string' && v.trim()) seen.add(v.trim().toUpperCase());
  }
  return [...seen];
}

/** 1-based columns of a data tab's money columns, given its header row. */
export function moneyColumns(table: TableName, header: unknown[]): number[] {
  return header.flatMap((h, i) =>
    typeof h === 'string' && columnType(table, h) === 'currency' ? [i + 1] : [],
  );
}

/** The tiles' money cells (value, comparison, target) of a plan. */
export function moneyCells(plan: SheetPlan): string[] {
  return plan.tiles.filter((t) => t.unit === 'currency').flatMap((t) => [t.valueA1, t.compareA1, t.targetA1]);
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Gives the report's money cells the currency of the data: each data tab's money columns when its
 * rows share one code, and the KPI tab's money tiles when every imported row does. Mixed codes leave
 * the plain number and a note on each money tile.
 */
export function applyCurrencyFormats(
  app: GoogleAppsScript.Spreadsheet.Spreadsheet,
  plan: SheetPlan,
  schema: DataTabSchema,
): void {
  const all = new Set<string>();
  for (const [tab, info] of Object.entries(schema.tabs)) {
    const table = tableOfTab(tab);
    const sheet = app.getSheetByName(tab);
    if (!table || !sheet || !info.columns.includes('currency') || info.rows === 0) continue;
    const col = info.columns.indexOf('currency') + 1;
    const codes = currenciesOf(
      [['currency'], ...sheet.getRange(2, col, info.rows, 1).getValues()].map((r) => [r[0]]),
    );
    codes.forEach((c) => all.add(c));
    if (codes.length === 1 && isCurrencyCode(codes[0]))
      formatColumns(sheet, moneyColumns(table, info.columns), info.rows, codes[0]);
  }
  const tab = app.getSheetByName(plan.title);
  const cells = moneyCells(plan);
  if (!tab || !cells.length || all.size === 0) return;
  const [code] = [...all];
  if (all.size === 1 && isCurrencyCode(code)) {
    for (const a1 of cells) {
      const range = tab.getRange(a1);
      range.setNumberFormat(currencyFormat(code, range.getNumberFormat() || undefined));
    }
    return;
  }
  const note =
    all.size === 1
      ? `The data's currency "${code}" is not an ISO 4217 code (e.g. USD, EUR): amounts are shown without a currency symbol.`
      : `The data mixes currencies (${[...all].join(', ')}): amounts are shown without a currency symbol, and totals add them as they are.`;
  for (const t of plan.tiles) if (t.unit === 'currency') tab.getRange(t.valueA1).setNote(note);
}

function formatColumns(sheet: Sheet, cols: number[], rows: number, code: string): void {
  for (const c of cols) {
    const range = sheet.getRange(2, c, rows, 1);
    range.setNumberFormat(currencyFormat(code, sheet.getRange(2, c).getNumberFormat() || undefined));
  }
}
