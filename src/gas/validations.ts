/**
 * Writes a plan's input checks: every rule in one Range.setDataValidations over their bounding box
 * (cells of the box without a rule get null, which clears a stale rule). All rules reject
 * (setAllowInvalid(false)) and carry help text, which Sheets shows by the cell.
 */
import type { ValidationSpec } from '../templates/plan';
import { expandCells } from './plan-cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** The custom formula a 'date-on-or-after' rule uses, relative to the range's top-left cell. */
export function onOrAfterFormula(topLeft: string, start: string): string {
  const abs = start.replace(/^\$?([A-Z]+)\$?(\d+)$/i, '$$$1$$$2');
  return `=AND(ISNUMBER(${topLeft}),${topLeft}>=${abs})`;
}

function build(v: ValidationSpec): DataValidation {
  const b = SpreadsheetApp.newDataValidation().setAllowInvalid(false).setHelpText(v.help);
  if (v.kind === 'list') return b.requireValueInList(v.values, true).build();
  if (v.kind === 'date') return b.requireDate().build();
  const topLeft = v.range.split(':')[0].replace(/\$/g, '');
  return b.requireFormulaSatisfied(onOrAfterFormula(topLeft, v.start)).build();
}

export function applyValidations(sheet: Sheet, validations: ValidationSpec[] | undefined): void {
  if (!validations?.length) return;
  const cells = validations.flatMap((v) => expandCells(v.range).map((c) => ({ ...c, v })));
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.col));
  const rows = Math.max(...cells.map((c) => c.row)) - top + 1;
  const cols = Math.max(...cells.map((c) => c.col)) - left + 1;
  const grid: (DataValidation | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(null));
  const built = new Map(validations.map((v) => [v, build(v)]));
  for (const c of cells) grid[c.row - top][c.col - left] = built.get(c.v) ?? null;
  sheet.getRange(top, left, rows, cols).setDataValidations(grid);
}
