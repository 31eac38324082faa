/**
 * Data-tab writer: puts a canonical table into its data tab (TABLES[t].tab) — header row frozen,
 * typed columns via toSheetValue (text stays text, dates are dates, numbers carry formats) — merged
 * by natural key with what the tab already holds. A constant number of calls whatever the row count.
 *
 * Failure safety: the merged table is first written to a hidden staging sheet; only when that
 * fully succeeded is it copied onto the data tab in ONE Range.copyTo. A failure before that leaves
 * the data tab exactly as it was (the staging sheet is removed). The tab is never deleted, so
 * formulas on KPI tabs that point at it keep working.
 */
import { insertHiddenSheet } from './hidden-sheet';
import { mergeRows } from '../model/merge';
import { columnType, TABLES, type CanonicalTable, type TableName } from '../model/schema';
import { toSheetValue } from '../model/sheet-value';
import { normalizeIso, readDataTab } from './data-tab';
import { withDocumentLock } from './lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface WriteResult {
  table: TableName;
  tab: string;
  sheetId: number;
  /** Data rows on the tab after the write. */
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: { row: string; reason: string }[];
}

export const STAGING_PREFIX = '~kpi-sheets staging · ';

/** Writes `incoming` into its data tab under the document lock. */
export function writeTable(ss: Spreadsheet, incoming: CanonicalTable): WriteResult {
  const def = TABLES[incoming.table];
  if (!def)
    throw new Error(
      `Unknown table "${String(incoming.table)}". Expected one of: ${Object.keys(TABLES).join(', ')}.`,
    );
  return withDocumentLock(() => writeTableHoldingLock(ss, incoming));
}

/** writeTable for callers that already hold the document lock (commitImport). */
export function writeTableHoldingLock(ss: Spreadsheet, incoming: CanonicalTable): WriteResult {
  const def = TABLES[incoming.table];
  const tz = ss.getSpreadsheetTimeZone();
  const target = ss.getSheetByName(def.tab);
  const existing = target ? readDataTab(target, incoming.table, tz) : null;
  const normalized: CanonicalTable = {
    ...incoming,
    rows: incoming.rows.map((r) =>
      r.map((v, i) => normalizeIso(v, columnType(incoming.table, incoming.columns[i]))),
    ),
  };
  const merged = mergeRows(existing && existing.columns.length ? existing : null, normalized);
  const result = (sheet: Sheet): WriteResult => ({
    table: incoming.table,
    tab: def.tab,
    sheetId: sheet.getSheetId(),
    rows: merged.table.rows.length,
    added: merged.added,
    updated: merged.updated,
    unchanged: merged.unchanged,
    skipped: merged.skipped,
  });
  // Nothing new: leave the tab untouched (re-importing the same file writes nothing).
  if (target && merged.added === 0 && merged.updated === 0) return result(target);

  const { values, formats } = toCells(merged.table);
  const staging = stage(ss, def.tab, values, formats);
  try {
    const tab = target ?? ss.insertSheet(def.tab);
    fitRows(tab, values.length, values[0].length, target ? undefined : NEW_SHEET);
    staging.getRange(1, 1, values.length, values[0].length).copyTo(tab.getRange(1, 1));
    tab.setFrozenRows(1);
    return result(tab);
  } finally {
    ss.deleteSheet(staging);
  }
}

/** Header + rows as setValues/setNumberFormats matrices (toSheetValue keeps text as text). */
export function toCells(table: CanonicalTable): {
  values: (string | number | boolean)[][];
  formats: string[][];
} {
  const types = table.columns.map((c) => columnType(table.table, c));
  const values: (string | number | boolean)[][] = [table.columns.map((c) => toSheetValue(c, 'text').value)];
  const formats: string[][] = [table.columns.map(() => '')];
  for (const row of table.rows) {
    const v: (string | number | boolean)[] = new Array(types.length);
    const f: string[] = new Array(types.length);
    for (let i = 0; i < types.length; i++) {
      const cell = toSheetValue(row[i] ?? null, types[i]);
      v[i] = cell.value;
      f[i] = cell.format ?? '';
    }
    values.push(v);
    formats.push(f);
  }
  return { values, formats };
}

/** Writes the full table into a fresh hidden staging sheet; on any failure removes it and explains. */
function stage(
  ss: Spreadsheet,
  tab: string,
  values: (string | number | boolean)[][],
  formats: string[][],
): Sheet {
  const name = STAGING_PREFIX + tab;
  const stale = ss.getSheetByName(name);
  if (stale) ss.deleteSheet(stale);
  const staging = insertHiddenSheet(ss, name);
  try {
    fitRows(staging, values.length, values[0].length, NEW_SHEET);
    const range = staging.getRange(1, 1, values.length, values[0].length);
    // Formats first: Sheets parses typed strings against the cell's format.
    range.setNumberFormats(formats);
    range.setValues(values);
    range.offset(0, 0, 1, values[0].length).setFontWeight('bold');
    return staging;
  } catch (e) {
    try {
      ss.deleteSheet(staging);
    } catch {
      // Already gone; the original error is what matters.
    }
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(
      `Could not write ${values.length - 1} rows to "${tab}": ${why}. The tab was not changed — fix the cause and import again.`,
      { cause: e },
    );
  }
}

/** The size of a sheet insertSheet just created (Sheets' default): no need to ask. */
const NEW_SHEET = { rows: 1000, cols: 26 };

/** Grows the sheet to at least rows × cols; `size` is its current size when already known. */
function fitRows(
  sheet: Sheet,
  rows: number,
  cols: number,
  size = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() },
): void {
  if (size.rows < rows) sheet.insertRowsAfter(size.rows, rows - size.rows);
  if (size.cols < cols) sheet.insertColumnsAfter(size.cols, cols - size.cols);
}
