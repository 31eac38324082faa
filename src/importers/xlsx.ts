/**
 * XLS/XLSX bytes → raw sheets with the maintained SheetJS build (@e965/xlsx). Dense mode, one pass
 * over the cells; date-formatted numbers become ISO text here so no later step guesses at serials.
 */
import * as XLSX from '@e965/xlsx';
import type { RawCell, RawSheet } from './types';

interface Cell {
  t: string;
  v?: unknown;
  w?: string;
  z?: unknown;
}

const isDateFormat = (z: unknown): boolean =>
  typeof z === 'string' && Boolean((XLSX.SSF as { is_date(f: string): boolean }).is_date(z));

export function readXlsxBytes(bytes: Uint8Array): RawSheet[] {
  const wb = XLSX.read(bytes, {
    type: 'array',
    dense: true,
    cellNF: true,
    cellDates: false,
    cellHTML: false,
  });
  const date1904 = Boolean(
    (wb.Workbook as { WBProps?: { date1904?: boolean } } | undefined)?.WBProps?.date1904,
  );
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name] as unknown as { '!data'?: (Cell | undefined)[][] };
    const data = ws['!data'] ?? [];
    const rows: RawCell[][] = new Array(data.length);
    for (let r = 0; r < data.length; r++) {
      const src = data[r] ?? [];
      const row: RawCell[] = new Array(src.length);
      for (let c = 0; c < src.length; c++) row[c] = cellValue(src[c], date1904);
      rows[r] = row;
    }
    return { name, rows, preamble: [] };
  });
}

function cellValue(cell: Cell | undefined, date1904: boolean): RawCell {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  switch (cell.t) {
    case 'n':
      return isDateFormat(cell.z) ? serialToIso(cell.v as number, date1904) : (cell.v as number);
    case 'b':
      return cell.v as boolean;
    case 'e':
      return cell.w ?? null;
    case 'd':
      return (cell.v as Date).toISOString();
    default:
      return String(cell.v);
  }
}

/** Excel serial day → `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` (wall-clock, as the sheet shows it). */
export function serialToIso(serial: number, date1904 = false): string {
  const days = serial + (date1904 ? 1462 : 0);
  const ms = Math.round((days - 25569) * 86400000);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
