/**
 * Chunked imports across executions: each google.script.run call is its own Apps Script execution,
 * so rows wait in a hidden staging sheet (plain-text format, so nothing is parsed) and the import's
 * bookkeeping in one small document property.
 */
import type { BeginImportPayload } from '../model/api';
import type { CanonicalTable, CanonicalValue } from '../model/schema';
import { letters } from './plan-cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ImportMeta {
  table: BeginImportPayload['table'];
  file: string;
  format: string;
  columns: string[];
  totalRows: number;
  received: number;
  seqs: number[];
  sheet: string;
  /** Grid rows the staging sheet has. */
  maxRows: number;
}

const PREFIX = 'kpiSheets.import.';
export const IMPORT_SHEET_PREFIX = '~kpi-sheets import · ';
/** Size of a sheet Sheets creates. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLS = 26;

const props = () => PropertiesService.getDocumentProperties();

export function readMeta(importId: string): ImportMeta | null {
  const json = props().getProperty(PREFIX + importId);
  return json ? (JSON.parse(json) as ImportMeta) : null;
}

export function saveMeta(importId: string, meta: ImportMeta): void {
  props().setProperty(PREFIX + importId, JSON.stringify(meta));
}

export function requireMeta(endpoint: string, importId: string): ImportMeta {
  const meta = readMeta(importId);
  if (!meta) {
    throw new Error(
      `${endpoint}: import "${importId}" is not open — it was committed, cancelled or never started. Start the import again.`,
    );
  }
  return meta;
}

export function dropImport(ss: Spreadsheet, importId: string): boolean {
  const meta = readMeta(importId);
  const sheet = ss.getSheetByName(meta?.sheet ?? IMPORT_SHEET_PREFIX + importId);
  if (sheet) ss.deleteSheet(sheet);
  if (meta) props().deleteProperty(PREFIX + importId);
  return Boolean(meta || sheet);
}

/** Creates (or recreates) the staging sheet and bookkeeping for a new import. */
export function openImport(ss: Spreadsheet, p: BeginImportPayload): ImportMeta {
  dropImport(ss, p.importId);
  const name = IMPORT_SHEET_PREFIX + p.importId;
  const sheet = ss.insertSheet(name);
  sheet.hideSheet();
  // Sized and formatted once for every announced row: chunks then cost one write each, and a file too
  // big for the spreadsheet's 10 M cells fails here, before anything is uploaded.
  const rows = Math.max(1, p.totalRows);
  const cols = Math.max(1, p.columns.length);
  if (rows > DEFAULT_ROWS) sheet.insertRowsAfter(DEFAULT_ROWS, rows - DEFAULT_ROWS);
  if (cols > DEFAULT_COLS) sheet.insertColumnsAfter(DEFAULT_COLS, cols - DEFAULT_COLS);
  sheet.getRange(1, 1, rows, cols).setNumberFormat('@');
  const meta: ImportMeta = {
    table: p.table,
    file: p.file,
    format: p.format,
    columns: p.columns,
    totalRows: p.totalRows,
    received: 0,
    seqs: [],
    sheet: name,
    maxRows: Math.max(rows, DEFAULT_ROWS),
  };
  saveMeta(p.importId, meta);
  return meta;
}

/** Appends one chunk of rows to the staging sheet (plain-text format: strings are stored, never parsed). */
export function stageRows(ss: Spreadsheet, meta: ImportMeta, rows: CanonicalValue[][]): void {
  if (rows.length === 0) return;
  const first = meta.received + 1;
  const last = meta.received + rows.length;
  // One sheet-qualified getRange (no getSheetByName): importChunk refuses more rows than announced,
  // so the sheet sized in openImport always fits.
  const a1 = `'${meta.sheet.replace(/'/g, "''")}'!A${first}:${letters(meta.columns.length)}${last}`;
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = ss.getRange(a1);
  } catch (e) {
    throw new Error(
      `importChunk: the staging sheet "${meta.sheet}" is gone (deleted?). Start the import again.`,
      {
        cause: e,
      },
    );
  }
  range.setValues(rows.map((r) => r.map((v) => (v === null ? '' : v))));
  meta.received = last;
}

/** The staged rows as a canonical table ("" back to null). */
export function stagedTable(ss: Spreadsheet, meta: ImportMeta): CanonicalTable {
  const table: CanonicalTable = { table: meta.table, columns: meta.columns, rows: [] };
  if (meta.received === 0) return table;
  const sheet = ss.getSheetByName(meta.sheet);
  if (!sheet)
    throw new Error(`commitImport: the staging sheet "${meta.sheet}" was deleted. Start the import again.`);
  const values = sheet.getRange(1, 1, meta.received, meta.columns.length).getValues();
  table.rows = values.map((r) =>
    r.map((v): CanonicalValue => (v === '' || v === null ? null : typeof v === 'number' ? v : String(v))),
  );
  return table;
}
