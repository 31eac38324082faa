/**
 * R1C1 → A1 for one cell (pure): what Sheets does to each cell of a range given
 * `Range.setFormulaR1C1` — `R5C2` is absolute ($B$5), `R[0]C[-1]`/`RC[-1]` relative to the cell.
 * Text in "double quotes" and 'quoted sheet names' is left as is. A reference that falls off the
 * grid becomes #REF!, as in Sheets.
 */
import { columnLetter } from './a1';

const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.$])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_.(])/g;

function axis(part: string | undefined, at: number): { n: number; abs: boolean } {
  if (part === undefined) return { n: at, abs: false };
  if (part.startsWith('[')) return { n: at + Number(part.slice(1, -1)), abs: false };
  return { n: Number(part), abs: true };
}

/** The A1 formula a cell at (row, col), 1-based, holds for the R1C1 formula `formula`. */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  return formula.replace(TOKEN, (tok, r?: string, c?: string) => {
    if (tok.startsWith('"') || tok.startsWith("'")) return tok;
    const R = axis(r, row);
    const C = axis(c, col);
    if (R.n < 1 || C.n < 1) return '#REF!';
    return `${C.abs ? '$' : ''}${columnLetter(C.n)}${R.abs ? '$' : ''}${R.n}`;
  });
}
