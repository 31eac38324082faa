/**
 * Reading a data tab back into a canonical table: header row = canonical column names, Sheets
 * values → canonical values (Date → ISO string in the spreadsheet's time zone, "" → null).
 * Shared by the writer (merge on re-import) and the sidebar API (getState).
 */
import { isDate } from '../cells/date-serial';
import {
  columnType,
  type CanonicalTable,
  type CanonicalValue,
  type ColumnType,
  type TableName,
} from '../model/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** ISO text for a Sheets date in time zone `tz`: "2025-07-20" for date columns, "2025-07-20T18:42:00Z" otherwise. */
export function dateToIso(d: Date, tz: string, type: ColumnType | undefined): string {
  if (type === 'date') return Utilities.formatDate(d, tz, 'yyyy-MM-dd');
  return `${Utilities.formatDate(d, tz, "yyyy-MM-dd'T'HH:mm:ss")}Z`;
}

/** The same normal form for incoming ISO text, so a re-import compares equal to what the tab holds. */
export function normalizeIso(v: CanonicalValue, type: ColumnType | undefined): CanonicalValue {
  if (typeof v !== 'string' || (type !== 'date' && type !== 'datetime')) return v;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z?)?$/.exec(v.trim());
  if (!m) return v;
  if (type === 'date') return m[1];
  return `${m[1]}T${m[2] ?? '00'}:${m[3] ?? '00'}:${m[4] ?? '00'}Z`;
}

export function toCanonical(v: unknown, tz: string, type: ColumnType | undefined): CanonicalValue {
  if (v === '' || v === null || v === undefined) return null;
  if (isDate(v)) return dateToIso(v, tz, type);
  if (typeof v === 'number') return v;
  return String(v);
}

/** A data tab read back: its canonical table, the sheet row of each table row, and the rows in use. */
export interface DataTabContents extends CanonicalTable {
  /** 1-based sheet row of each of `rows` (blank sheet rows are left out of `rows`). */
  sheetRows: number[];
  /** Rows of the data range, header included: appended rows go below it. */
  usedRows: number;
}

/** The tab's contents as a canonical table (2 reads: data range + its values). */
export function readDataTab(sheet: Sheet, table: TableName, tz: string): DataTabContents {
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).map((h) => String(h).trim());
  const empty = { table, columns: [], rows: [], sheetRows: [], usedRows: values.length };
  if (header.length === 0 || header.every((h) => h === '')) return empty;
  const types = header.map((h) => columnType(table, h));
  const rows: CanonicalValue[][] = [];
  const sheetRows: number[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i].map((v, j) => toCanonical(v, tz, types[j]));
    if (!row.some((v) => v !== null)) continue;
    rows.push(row);
    sheetRows.push(i + 1);
  }
  return { table, columns: header, rows, sheetRows, usedRows: values.length };
}
