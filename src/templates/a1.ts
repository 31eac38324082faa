/** A1 helpers shared by the template builders (pure). */

/** 1 → "A", 27 → "AA". */
export function columnLetter(index: number): string {
  let n = index;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Cell address, e.g. cell(2, 5) → "B5". */
export function cell(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Absolute cell address, e.g. abs(2, 5) → "$B$5" (formulas keep pointing at it when copied). */
export function abs(col: number, row: number): string {
  return `$${columnLetter(col)}$${row}`;
}

/** Sheet name as it must appear in a formula: always single-quoted, quotes doubled. */
export function quoteSheet(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** Formula string literal: double quotes doubled. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
