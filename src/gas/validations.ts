/**
 * Writes a plan's input checks: every rule in one Range.setDataValidations over their bounding box
 * (cells of the box without a rule get null, which clears a stale rule). All rules reject
 * (setAllowInvalid(false)) and carry help text, which Sheets shows by the cell.
 */
import type { ValidationSpec } from '../templates/plan';
import { columnLetter } from '../cells/a1';
import { expandCells } from './plan-cells';

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

/** The A1 box every rule lies in (the one range setDataValidations is called on), or null. */
export function validationBox(validations: ValidationSpec[] | undefined): string | null {
  const cells = (validations ?? []).flatMap((v) => expandCells(v.range));
  if (!cells.length) return null;
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.col));
  const bottom = Math.max(...cells.map((c) => c.row));
  const right = Math.max(...cells.map((c) => c.col));
  return `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}

export function applyValidations(
  validations: ValidationSpec[] | undefined,
  rangeOf: (a1: string) => GoogleAppsScript.Spreadsheet.Range,
): void {
  const box = validationBox(validations);
  if (!box || !validations) return;
  const [topLeft, bottomRight] = box.split(':').map((a) => expandCells(a)[0]);
  const grid: (DataValidation | null)[][] = Array.from({ length: bottomRight.row - topLeft.row + 1 }, () =>
    new Array(bottomRight.col - topLeft.col + 1).fill(null),
  );
  for (const v of validations) {
    const rule = build(v);
    for (const c of expandCells(v.range)) grid[c.row - topLeft.row][c.col - topLeft.col] = rule;
  }
  rangeOf(box).setDataValidations(grid);
}
