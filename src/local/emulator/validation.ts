/**
 * Data validation (SpreadsheetApp.newDataValidation(), Range.setDataValidations) and how Sheets
 * enforces a rule on input typed in the UI: a rejecting rule (allowInvalid false) refuses the value
 * and the cell keeps its old content. Values written by a script are not checked (Sheets does not).
 */
import type { Calls } from './gas-types';
import type { EmuContext } from './context';
import type { SheetData } from './model';
import { isDateFormat } from './values';

export interface ValidationData {
  /** DataValidationCriteria name: VALUE_IN_LIST, DATE_IS_VALID_DATE, CUSTOM_FORMULA. */
  type: string;
  values: (string | number | boolean | string[])[];
  allowInvalid: boolean;
  help?: string;
}

export interface CellValidation {
  row: number;
  col: number;
  rule: ValidationData;
}

export class EmuDataValidation implements Calls<
  GoogleAppsScript.Spreadsheet.DataValidation,
  'getAllowInvalid' | 'getHelpText'
> {
  constructor(readonly data: ValidationData) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.data.type as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return structuredClone(this.data.values);
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string {
    return this.data.help ?? (null as unknown as string);
  }
}

export class EmuDataValidationBuilder implements Calls<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  'requireDate' | 'requireFormulaSatisfied' | 'setAllowInvalid' | 'setHelpText'
> {
  // Sheets' default: a new rule shows a warning but accepts invalid input.
  private d: ValidationData = { type: '', values: [], allowInvalid: true };
  requireValueInList(values: string[], showDropdown = true): this {
    this.d = { ...this.d, type: 'VALUE_IN_LIST', values: [[...values], showDropdown] };
    return this;
  }
  requireDate(): this {
    this.d = { ...this.d, type: 'DATE_IS_VALID_DATE', values: [] };
    return this;
  }
  requireFormulaSatisfied(formula: string): this {
    this.d = { ...this.d, type: 'CUSTOM_FORMULA', values: [formula] };
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.d.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.d.help = text;
    return this;
  }
  build(): EmuDataValidation {
    if (!this.d.type) throw new Error('Data validation rule has no criteria (call a require… method).');
    return new EmuDataValidation(structuredClone(this.d));
  }
}

export function validationAt(s: SheetData, row: number, col: number): ValidationData | undefined {
  return s.validations?.find((v) => v.row === row && v.col === col)?.rule;
}

/** Whether the cell's current content satisfies its rule (no rule: true). */
export function satisfies(ctx: EmuContext, s: SheetData, row: number, col: number): boolean {
  const rule = validationAt(s, row, col);
  if (!rule) return true;
  const v =
    s.formulas.get(row, col) !== undefined ? ctx.evaluator.read(s.id, row, col) : s.values.get(row, col);
  if (v === undefined || v === null || v === '') return true; // Sheets lets a cell be cleared
  if (rule.type === 'VALUE_IN_LIST') return (rule.values[0] as string[]).includes(String(v));
  if (rule.type === 'DATE_IS_VALID_DATE')
    return typeof v === 'number' && isDateFormat(s.formats.get(row, col));
  if (rule.type === 'CUSTOM_FORMULA') return ctx.evaluator.calculate(s.id, String(rule.values[0])) === true;
  throw new Error(`Emulator: data validation ${rule.type} is not emulated.`);
}
