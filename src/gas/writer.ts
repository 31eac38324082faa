/**
 * Data-tab writer: puts canonical tables into their data tabs (TABLES[t].tab) — header row frozen,
 * typed columns via toSheetValue (text stays text, dates are dates, numbers carry formats) — merged
 * by natural key with what the tabs already hold.
 *
 * Writes only what changed, so the cost follows the import, not the tab: a re-import of the same
 * rows writes nothing; new rows are appended below the data in one block; rows an import updates are
 * rewritten in place, in at most MAX_BLOCKS blocks (nearby rows coalesced, so the number of calls
 * stays bounded); the header only when columns were added. The tab is never deleted, so formulas on
 * KPI tabs that point at it keep working.
 *
 * All or nothing: writeTablesHoldingLock writes several tables; when any write fails, every tab it
 * touched is put back (rows it overwrote rewritten from what was read, rows it appended cleared, tabs
 * it created deleted), and the error says exactly what was and was not written.
 */
import { mergeRows } from '../model/merge';
import {
  columnType,
  TABLES,
  type CanonicalTable,
  type CanonicalValue,
  type ColumnType,
  type TableName,
} from '../model/schema';
import { toSheetValue } from '../model/sheet-value';
import { normalizeIso, readDataTab } from './data-tab';
import { withDocumentLock } from './lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SheetInput = string | number | boolean;

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

/** A table written, and how to put its tab back as it was. */
interface Written {
  result: WriteResult;
  undo: (() => void)[];
}

/** Most separate blocks an update rewrites; more scattered rows are coalesced with the rows between. */
const MAX_BLOCKS = 8;

/** Writes `incoming` into its data tab under the document lock. */
export function writeTable(ss: Spreadsheet, incoming: CanonicalTable): WriteResult {
  return withDocumentLock(() => writeTablesHoldingLock(ss, [incoming]))[0];
}

/** Writes every table or none (see the header); the caller holds the document lock. */
export function writeTablesHoldingLock(ss: Spreadsheet, tables: CanonicalTable[]): WriteResult[] {
  const done: Written[] = [];
  for (const t of tables) {
    try {
      done.push(writeOne(ss, t));
    } catch (e) {
      // Put back every table already written, newest first, and say where everything stands.
      const parts = [messageOf(e) + '.'];
      let clean = !(e as { dirty?: boolean }).dirty;
      for (const d of done.reverse()) {
        const failure = runUndo(d.undo);
        const r = d.result;
        clean &&= !failure;
        parts.push(
          failure
            ? `"${r.tab}" could not be put back (${failure}): it keeps this import's ${r.added} added and ${r.updated} updated rows.`
            : `"${r.tab}" was put back as before.`,
        );
      }
      parts.push(
        clean
          ? 'Nothing was written. Fix the cause and import again.'
          : 'Check those tabs, then import again.',
      );
      throw new Error(parts.join(' '), { cause: e });
    }
  }
  return done.map((d) => d.result);
}

/** An error's message without its final stop (service errors need not be this realm's Error). */
const messageOf = (e: unknown): string =>
  String((e as { message?: unknown } | null)?.message ?? e).replace(/\.$/, '');

/** Runs undo steps newest first; returns the first failure's message, if any. */
function runUndo(steps: (() => void)[]): string | undefined {
  let failure: string | undefined;
  for (let i = steps.length - 1; i >= 0; i--) {
    try {
      steps[i]();
    } catch (e) {
      failure ??= messageOf(e);
    }
  }
  return failure;
}

function writeOne(ss: Spreadsheet, incoming: CanonicalTable): Written {
  const def = TABLES[incoming.table];
  if (!def)
    throw new Error(
      `Unknown table "${String(incoming.table)}". Expected one of: ${Object.keys(TABLES).join(', ')}.`,
    );
  const tz = ss.getSpreadsheetTimeZone();
  const target = ss.getSheetByName(def.tab);
  const existing = target ? readDataTab(target, incoming.table, tz) : null;
  const normalized: CanonicalTable = {
    ...incoming,
    rows: incoming.rows.map((r) =>
      r.map((v, i) => normalizeIso(v, columnType(incoming.table, incoming.columns[i]))),
    ),
  };
  const old = existing && existing.columns.length ? existing : null;
  const merged = mergeRows(old, normalized);
  const { columns, rows } = merged.table;
  const result = (sheet: Sheet): WriteResult => ({
    table: incoming.table,
    tab: def.tab,
    sheetId: sheet.getSheetId(),
    rows: rows.length,
    added: merged.added,
    updated: merged.updated,
    unchanged: merged.unchanged,
    skipped: merged.skipped,
  });
  const undo: (() => void)[] = [];
  // Nothing new: leave the tab untouched (re-importing the same file writes nothing).
  if (target && merged.added === 0 && merged.updated === 0) return { result: result(target), undo };

  const types = columns.map((c) => columnType(incoming.table, c));
  const width = columns.length;
  const header = columns.map((c): CanonicalValue => c);
  let tab = target;
  try {
    if (!old || !existing) {
      // A new (or blank) tab: header and every row in one block.
      const created = tab === null;
      const sheet = (tab ??= ss.insertSheet(def.tab));
      undo.push(
        created ? () => ss.deleteSheet(sheet) : () => sheet.getRange(1, 1, rows.length + 1, width).clear(),
      );
      fit(sheet, rows.length + 1, width, created ? NEW_SHEET : undefined);
      writeBlock(sheet, 1, [header, ...rows], types, true);
      sheet.getRange(1, 1, 1, width).setFontWeight('bold');
      sheet.setFrozenRows(1);
      return { result: result(sheet), undo };
    }
    const sheet = tab as Sheet;
    const oldWidth = old.columns.length;
    if (merged.added > 0 || width > oldWidth) undo.push(fit(sheet, existing.usedRows + merged.added, width));
    if (width > oldWidth) {
      const added = sheet.getRange(1, oldWidth + 1, 1, width - oldWidth);
      undo.push(() => added.clear());
      added.setValues([columns.slice(oldWidth).map((c) => toSheetValue(c, 'text').value)]);
      added.setFontWeight('bold');
    }
    const rowOf = new Map<number, number>();
    existing.sheetRows.forEach((r, i) => rowOf.set(r, i));
    for (const [from, to] of blocks(merged.updatedRows.map((i) => existing.sheetRows[i]))) {
      const at = (list: CanonicalValue[][], r: number) => {
        const i = rowOf.get(r);
        return i === undefined ? [] : list[i];
      };
      const span = Array.from({ length: to - from + 1 }, (_, k) => from + k);
      const before = span.map((r) => at(old.rows, r));
      undo.push(() => writeBlock(sheet, from, before, types));
      writeBlock(
        sheet,
        from,
        span.map((r) => at(rows, r)),
        types,
      );
    }
    if (merged.added > 0) {
      const from = existing.usedRows + 1;
      const appended = rows.slice(old.rows.length);
      undo.push(() => sheet.getRange(from, 1, appended.length, width).clear());
      writeBlock(sheet, from, appended, types);
    }
    return { result: result(sheet), undo };
  } catch (e) {
    const failure = runUndo(undo);
    throw Object.assign(
      new Error(
        `Could not write ${merged.added + merged.updated} rows to "${def.tab}": ${messageOf(e)}. "${def.tab}" ${failure ? `could not be put back (${failure}) and may hold part of this import` : 'was not changed'}`,
        { cause: e },
      ),
      { dirty: Boolean(failure) },
    );
  }
}

/** Sheet rows (ascending) as at most MAX_BLOCKS [from, to] spans, split at the widest gaps. */
export function blocks(rows: number[]): [number, number][] {
  const cuts = rows
    .map((r, i) => [r - rows[i - 1], i])
    .filter(([gap]) => gap > 1)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, MAX_BLOCKS - 1)
    .map(([, i]) => i)
    .sort((a, b) => a - b);
  return [0, ...cuts].flatMap((from, k) => {
    const to = (cuts[k] ?? rows.length) - 1;
    return to < from ? [] : [[rows[from], rows[to]] as [number, number]];
  });
}

/** Writes canonical rows from sheet row `from` (formats first: Sheets parses input against the cell's format). */
function writeBlock(
  sheet: Sheet,
  from: number,
  rows: CanonicalValue[][],
  types: (ColumnType | undefined)[],
  headerFirst = false,
): void {
  const values: SheetInput[][] = [];
  const formats: string[][] = [];
  rows.forEach((row, n) => {
    const v: SheetInput[] = new Array(types.length);
    const f: string[] = new Array(types.length);
    for (let i = 0; i < types.length; i++) {
      const cell = toSheetValue(row[i] ?? null, headerFirst && n === 0 ? 'text' : types[i]);
      v[i] = cell.value;
      f[i] = cell.format ?? '';
    }
    values.push(v);
    formats.push(f);
  });
  const range = sheet.getRange(from, 1, rows.length, types.length);
  range.setNumberFormats(formats);
  range.setValues(values);
}

/** The size of a sheet insertSheet just created (Sheets' default): no need to ask. */
const NEW_SHEET = { rows: 1000, cols: 26 };

/**
 * Grows the sheet to at least rows × cols (`size` is its current size when already known); returns
 * how to take the added rows and columns away again.
 */
function fit(
  sheet: Sheet,
  rows: number,
  cols: number,
  size = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() },
): () => void {
  const moreRows = rows - size.rows;
  const moreCols = cols - size.cols;
  if (moreRows > 0) sheet.insertRowsAfter(size.rows, moreRows);
  if (moreCols > 0) sheet.insertColumnsAfter(size.cols, moreCols);
  return () => {
    if (moreRows > 0) sheet.deleteRows(size.rows + 1, moreRows);
    if (moreCols > 0) sheet.deleteColumns(size.cols + 1, moreCols);
  };
}
