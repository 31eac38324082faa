/** What a custom function may hand back to a cell: Sheets stores only these. */
export function isStorableScalar(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

/** A scalar, or a non-empty rectangular 2-D array of scalars. Returns the reason when not. */
export function whyNotStorable(v: unknown): string | null {
  if (!Array.isArray(v)) return isStorableScalar(v) ? null : `scalar ${describe(v)}`;
  if (v.length === 0) return 'empty array';
  const width = Array.isArray(v[0]) ? v[0].length : -1;
  for (let r = 0; r < v.length; r++) {
    const row = v[r] as unknown;
    if (!Array.isArray(row)) return `row ${r + 1} is ${describe(row)}, not an array`;
    if (row.length === 0 || row.length !== width)
      return `row ${r + 1} has ${row.length} cells, row 1 has ${width}`;
    for (let c = 0; c < row.length; c++) {
      if (!isStorableScalar(row[c])) return `cell (${r + 1}, ${c + 1}) is ${describe(row[c])}`;
    }
  }
  return null;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'object') return `an object (${Object.prototype.toString.call(v)})`;
  return `${typeof v} ${String(v)}`;
}
