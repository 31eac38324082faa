/**
 * Where something is, in the words of the person who opened the file: a plain CSV has no sheets
 * (the reader's `table 1` is the file itself), a ZIP holds files, a workbook holds sheets.
 */
const CSV_BLOCK = /^table (\d+)$/;
const MEMBER = /\.(csv|tsv|txt)$|›/i;

/** `sheet "All posts"`, `"Table data.csv"` (inside a ZIP), `table 2` (second table of a CSV), or '' for a one-table CSV. */
export function sheetPhrase(sheet: string): string {
  const block = CSV_BLOCK.exec(sheet);
  if (block) return block[1] === '1' ? '' : `table ${block[1]} of the file`;
  return MEMBER.test(sheet) ? `"${sheet}"` : `sheet "${sheet}"`;
}

/** `file "x.zip", "Totals.csv"` — the file, then the sheet when there is one to name. */
export function placeOf(file: string, sheet: string): string {
  const s = sheetPhrase(sheet);
  return s ? `file "${file}", ${s}` : `file "${file}"`;
}
