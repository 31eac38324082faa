/**
 * The emulated sheet's data-validation rules as Excel ones (exceljs `dataValidation`, ECMA-376
 * §18.3.1.32): a list stays a dropdown, a date check and a custom formula become `custom` rules,
 * and a rejecting rule (allowInvalid false) becomes errorStyle "stop" with the help text.
 */
import type ExcelJS from 'exceljs';
import { rectA1 } from '../emulator/a1';
import type { SheetData } from '../emulator/model';
import type { ValidationData } from '../emulator/validation';

function rule(v: ValidationData, a1: string, formula: (f: string) => string): ExcelJS.DataValidation {
  const message = {
    showErrorMessage: true,
    errorStyle: v.allowInvalid ? 'warning' : 'stop',
    ...(v.help ? { error: v.help, prompt: v.help, showInputMessage: true } : {}),
  } as const;
  if (v.type === 'VALUE_IN_LIST') {
    const values = v.values[0] as string[];
    return { type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`], ...message };
  }
  // A date is a number in Excel: "is a valid date" is ISNUMBER of the cell.
  const f = v.type === 'DATE_IS_VALID_DATE' ? `ISNUMBER(${a1})` : formula(String(v.values[0]));
  if (v.type !== 'DATE_IS_VALID_DATE' && v.type !== 'CUSTOM_FORMULA')
    throw new Error(`xlsx report: data validation ${v.type} has no Excel equivalent here.`);
  return { type: 'custom', allowBlank: true, formulae: [f], ...message };
}

export function writeValidations(ws: ExcelJS.Worksheet, s: SheetData, formula: (f: string) => string): void {
  for (const v of s.validations ?? []) {
    const a1 = rectA1({ row: v.row, col: v.col, numRows: 1, numCols: 1 });
    ws.getCell(v.row, v.col).dataValidation = rule(v.rule, a1, formula);
  }
}
