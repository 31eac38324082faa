/** A1 notation helpers (1-based rows/columns, like Apps Script). */

export interface GridRect {
  /** 1-based first row/column. */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ParsedA1 {
  sheet?: string;
  row: number;
  col: number;
  /** Inclusive end; `undefined` end row = open-ended ("A2:A"). */
  endRow?: number;
  /** `undefined` = up to the last column ("5:10"). */
  endCol?: number;
}

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnToLetters(col)}${row}`;
}

export function rectA1(r: GridRect): string {
  const a = cellA1(r.row, r.col);
  return r.numRows === 1 && r.numCols === 1
    ? a
    : `${a}:${cellA1(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;
}

/** Quotes a sheet name for a formula / A1 reference when needed. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Parses "A1", "B2:D9", "A2:A", "A:C", "5:10" (whole rows), "'Data · Posts'!A2:B". */
export function parseA1(input: string): ParsedA1 {
  let ref = input.trim();
  let sheet: string | undefined;
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    const s = ref.slice(0, bang);
    sheet = s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
    ref = ref.slice(bang + 1);
  }
  const [a, b] = ref.split(':');
  // Whole rows ("5:10"): every column, up to the sheet's width.
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(ref);
  if (rows) return { sheet, row: Number(rows[1]), col: 1, endRow: Number(rows[2]) };
  const pa = PART.exec(a ?? '');
  if (!pa || !pa[1]) throw new Error(`Range not found: "${input}" is not an A1 reference like B2 or B2:D9.`);
  const col = lettersToColumn(pa[1]);
  const row = pa[2] ? Number(pa[2]) : 1;
  if (b === undefined) {
    if (!pa[2]) return { sheet, row: 1, col, endCol: col };
    return { sheet, row, col, endRow: row, endCol: col };
  }
  const pb = PART.exec(b);
  if (!pb || (!pb[1] && !pb[2]))
    throw new Error(`Range not found: "${input}" is not an A1 reference like B2 or B2:D9.`);
  const endCol = pb[1] ? lettersToColumn(pb[1]) : undefined;
  const endRow = pb[2] ? Number(pb[2]) : undefined;
  return { sheet, row, col, endRow, endCol: endCol ?? col };
}

/** Resolves an A1 reference to a rectangle; open ends stop at the sheet's size. */
export function a1ToRect(input: string, maxRows: number, maxCols: number): GridRect {
  const p = parseA1(input);
  const endRow = p.endRow ?? maxRows;
  const endCol = p.endCol ?? maxCols;
  const row = Math.min(p.row, endRow);
  const col = Math.min(p.col, endCol);
  return { row, col, numRows: Math.abs(endRow - p.row) + 1, numCols: Math.abs(endCol - p.col) + 1 };
}
