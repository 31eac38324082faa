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

/** The tab's contents as a canonical table (2 reads: data range + its values). */
export function readDataTab(sheet: Sheet, table: TableName, tz: string): CanonicalTable {
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).map((h) => String(h).trim());
  if (header.length === 0 || header.every((h) => h === '')) return { table, columns: [], rows: [] };
  const types = header.map((h) => columnType(table, h));
  const rows = values.slice(1).map((r) => r.map((v, i) => toCanonical(v, tz, types[i])));
  return { table, columns: header, rows: rows.filter((r) => r.some((v) => v !== null)) };
}
