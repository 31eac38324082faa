/** Shared helpers for report tests: fixtures, reading .xlsx back with exceljs. */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'exports');

export const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURES, name))),
});

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export const isFormula = (v: ExcelJS.CellValue): v is ExcelJS.CellFormulaValue =>
  typeof v === 'object' && v !== null && 'formula' in v;

/** Every formula cell of a sheet: address → formula text. */
export function formulasOf(ws: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (isFormula(cell.value)) out[cell.address] = cell.value.formula;
    }),
  );
  return out;
}
