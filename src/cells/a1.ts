/** Column letters ↔ 1-based column numbers, shared by the KPI twins, the templates and the applier (pure). */

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

/** Sheet name as it must appear in a formula or A1 reference: always single-quoted, quotes doubled. */
export function quoteSheet(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}
