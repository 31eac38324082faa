/**
 * Chunked imports across executions: each google.script.run call is its own Apps Script execution,
 * so rows wait in a hidden staging sheet (plain-text format, so nothing is parsed) and the import's
 * description in one small document property written once by beginImport.
 *
 * Each chunk owns a fixed slot of the staging sheet — the rows from its offset in the file — so a
 * chunk needs no lock and no bookkeeping: one getRange and one setValues. Column A of every staged row
 * holds the chunk's seq, which commitImport reads back (in the same single read as the rows) to check
 * that every row arrived and to name the chunk that is missing. The width needs no marker: the
 * sheet is exactly as wide as the import, so Sheets refuses a chunk of any other width.
 *
 * Staged cells are "@"-formatted, and still written so that what Sheets does with them does not
 * matter (its docs do not say; docs/SHEETS-BEHAVIOUR.md): text gets a leading "_" (TEXT_MARK), which
 * no locale parses as a number, date, boolean or formula, and numbers are written as their text.
 * On reading back, a value with the mark is text, anything else is a number — whether Sheets kept
 * "1000" as text or made it the number 1000.
 */
import { insertHiddenSheet } from './hidden-sheet';
import { MAX_CHUNK_ROWS, type BeginImportPayload } from '../model/api';
import type { CanonicalTable, CanonicalValue } from '../model/schema';
import { columnLetter, quoteSheet } from '../cells/a1';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ImportMeta {
  table: BeginImportPayload['table'];
  file: string;
  format: string;
  columns: string[];
  totalRows: number;
  sheet: string;
}

const PREFIX = 'kpiSheets.import.';
export const IMPORT_SHEET_PREFIX = '~kpi-sheets import · ';
/** Marks staged text (one character: MAX_CELL_TEXT leaves room for it in a 50,000-character cell). */
const TEXT_MARK = '_';
/** Size of a sheet Sheets creates. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLS = 26;

const props = () => PropertiesService.getDocumentProperties();
const sheetName = (importId: string) => IMPORT_SHEET_PREFIX + importId;

export function readMeta(importId: string): ImportMeta | null {
  const json = props().getProperty(PREFIX + importId);
  return json ? (JSON.parse(json) as ImportMeta) : null;
}

const notOpen = (endpoint: string, importId: string, cause?: unknown) =>
  new Error(
    `${endpoint}: import "${importId}" is not open — it was committed, cancelled or never started. Start the import again.`,
    { cause },
  );

export function requireMeta(endpoint: string, importId: string): ImportMeta {
  const meta = readMeta(importId);
  if (!meta) throw notOpen(endpoint, importId);
  return meta;
}

export function dropImport(ss: Spreadsheet, importId: string, meta = readMeta(importId)): boolean {
  const sheet = ss.getSheetByName(meta?.sheet ?? sheetName(importId));
  if (sheet) ss.deleteSheet(sheet);
  if (meta) props().deleteProperty(PREFIX + importId);
  return Boolean(meta || sheet);
}

/**
 * Creates (or recreates) the staging sheet and the import's description. The sheet is sized to
 * exactly the announced rows × (marker + columns) and text-formatted once, so a chunk with more
 * rows or a different width than announced cannot be written, and a file too big for the
 * spreadsheet's 10 M cells fails here, before anything is uploaded.
 */
export function openImport(ss: Spreadsheet, p: BeginImportPayload): ImportMeta {
  dropImport(ss, p.importId);
  const name = sheetName(p.importId);
  const sheet = insertHiddenSheet(ss, name);
  const rows = Math.max(1, p.totalRows);
  const cols = p.columns.length + 1;
  if (rows > DEFAULT_ROWS) sheet.insertRowsAfter(DEFAULT_ROWS, rows - DEFAULT_ROWS);
  else if (rows < DEFAULT_ROWS) sheet.deleteRows(rows + 1, DEFAULT_ROWS - rows);
  if (cols > DEFAULT_COLS) sheet.insertColumnsAfter(DEFAULT_COLS, cols - DEFAULT_COLS);
  else if (cols < DEFAULT_COLS) sheet.deleteColumns(cols + 1, DEFAULT_COLS - cols);
  sheet.getRange(1, 1, rows, cols).setNumberFormat('@');
  const meta: ImportMeta = {
    table: p.table,
    file: p.file,
    format: p.format,
    columns: p.columns,
    totalRows: p.totalRows,
    sheet: name,
  };
  props().setProperty(PREFIX + p.importId, JSON.stringify(meta));
  return meta;
}

/**
 * Writes one chunk into its slot: file rows offset+1 … offset+n (offset defaults to seq × MAX_CHUNK_ROWS
 * for clients that send full chunks). The whole-row range makes Sheets itself refuse a chunk of the
 * wrong width or beyond the announced rows; only then is the sheet inspected, to say which.
 */
export function stageChunk(
  ss: Spreadsheet,
  importId: string,
  seq: number,
  rows: CanonicalValue[][],
  offset = seq * MAX_CHUNK_ROWS,
): void {
  if (rows.length === 0) return;
  const name = sheetName(importId);
  try {
    ss.getRange(`${quoteSheet(name)}!${offset + 1}:${offset + rows.length}`).setValues(
      rows.map((r) => [
        String(seq),
        ...r.map((v) => (v === null || v === '' ? '' : typeof v === 'number' ? String(v) : TEXT_MARK + v)),
      ]),
    );
  } catch (e) {
    throw chunkError(ss, name, importId, seq, rows, offset, e);
  }
}

function chunkError(
  ss: Spreadsheet,
  name: string,
  importId: string,
  seq: number,
  rows: CanonicalValue[][],
  offset: number,
  cause: unknown,
): Error {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return notOpen('importChunk', importId, cause);
  const width = sheet.getMaxColumns() - 1;
  const maxRows = sheet.getMaxRows();
  const bad = rows.findIndex((r) => r.length !== width);
  // A chunk that fits failed for another reason (a transient service error): pass it on as it is,
  // so the sidebar knows to send the chunk again.
  if (bad < 0 && offset + rows.length <= maxRows)
    return new Error(String((cause as { message?: unknown } | null)?.message ?? cause), { cause });
  return new Error(
    `importChunk: chunk ${seq} (file rows ${offset + 1}–${offset + rows.length}${bad < 0 ? '' : `; its row ${bad + 1} has ${rows[bad].length} values`}) does not fit the import of ${maxRows} rows × ${width} columns. Nothing from this chunk was stored; re-run the import.`,
    { cause },
  );
}

/**
 * The staged rows as a canonical table ("" back to null), read in one call. Fails, naming the
 * first missing chunk, unless every announced row arrived.
 */
export function stagedTable(ss: Spreadsheet, meta: ImportMeta): CanonicalTable {
  const table: CanonicalTable = { table: meta.table, columns: meta.columns, rows: [] };
  if (meta.totalRows === 0) return table;
  let values: unknown[][];
  try {
    values = ss
      .getRange(`${quoteSheet(meta.sheet)}!A1:${columnLetter(meta.columns.length + 1)}${meta.totalRows}`)
      .getValues();
  } catch (e) {
    throw new Error(`commitImport: the staging sheet "${meta.sheet}" was deleted. Start the import again.`, {
      cause: e,
    });
  }
  let arrived = 0;
  let gap = -1;
  let lastSeq = -1;
  for (let i = 0; i < values.length; i++) {
    const seq = values[i][0];
    if (seq === '') {
      if (gap < 0) gap = i;
      continue;
    }
    if (gap < 0) lastSeq = Number(seq);
    arrived++;
  }
  if (gap >= 0) {
    let end = gap;
    while (end + 1 < values.length && values[end + 1][0] === '') end++;
    throw new Error(
      `commitImport: only ${arrived} of ${meta.totalRows} rows of "${meta.file}" arrived, so nothing was written (chunk ${lastSeq + 1}, file rows ${gap + 1}–${end + 1}, is missing). Import the file again.`,
    );
  }
  table.rows = values.map((r) => {
    const out = new Array<CanonicalValue>(r.length - 1);
    for (let j = 1; j < r.length; j++) {
      const v = r[j];
      const t = String(v);
      out[j - 1] = v === '' || v === null ? null : t.startsWith(TEXT_MARK) ? t.slice(1) : Number(v);
    }
    return out;
  });
  return table;
}
