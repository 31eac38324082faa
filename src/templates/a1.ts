/** A1 helpers shared by the template builders (pure). */
import { columnLetter } from '../cells/a1';

export { columnIndex, columnLetter, quoteSheet } from '../cells/a1';

/** Cell address, e.g. cell(2, 5) → "B5". */
export function cell(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Absolute cell address, e.g. abs(2, 5) → "$B$5" (formulas keep pointing at it when copied). */
export function abs(col: number, row: number): string {
  return `$${columnLetter(col)}$${row}`;
}

/** Formula string literal: double quotes doubled. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
