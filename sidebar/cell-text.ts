/**
 * Text too long for one Sheets cell (50,000 characters; MAX_CELL_TEXT leaves room for the writer's
 * apostrophe) is cut before upload, with a warning naming the file, the row and the column, so one
 * long post never fails a whole chunk. Pure: the sidebar shows the warnings in the import summary.
 */
import type { CanonicalTable, CanonicalValue } from '../src/model/schema';
import { MAX_CELL_TEXT } from './endpoints';

const n = (x: number) => x.toLocaleString('en-US');

/** The table with over-long texts cut to MAX_CELL_TEXT, and one warning per cut (rows are copied only when cut). */
export function fitCellText(
  file: string,
  table: CanonicalTable,
): { table: CanonicalTable; warnings: string[] } {
  const warnings: string[] = [];
  let rows: CanonicalValue[][] | null = null;
  table.rows.forEach((row, i) => {
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== 'string' || v.length <= MAX_CELL_TEXT) continue;
      rows ??= table.rows.slice();
      if (rows[i] === row) rows[i] = row.slice();
      rows[i][j] = v.slice(0, MAX_CELL_TEXT);
      warnings.push(
        `"${file}", ${table.table} row ${n(i + 1)}, column "${table.columns[j]}": ${n(v.length)} characters — a Sheets cell holds 50,000, so only the first ${n(MAX_CELL_TEXT)} were imported. Shorten the text in the export if its end matters.`,
      );
    }
  });
  return { table: rows ? { ...table, rows } : table, warnings };
}
