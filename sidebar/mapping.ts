/**
 * The mapping step's column edits (rename / skip) applied to a canonical table, purely.
 * Re-import keys must survive: a key column can be neither skipped nor renamed away.
 */
import { TABLES, type CanonicalTable } from '../src/model/schema';
import type { ColumnEdits } from './types';

export class MappingError extends Error {}

/** Columns that make up the table's natural key (re-import dedupe depends on them). */
export function keyColumns(table: CanonicalTable['table']): Set<string> {
  return new Set(TABLES[table].key.flat());
}

export function applyColumnEdits(t: CanonicalTable, edits: ColumnEdits): CanonicalTable {
  const keys = keyColumns(t.table);
  const keep: number[] = [];
  const names: string[] = [];
  t.columns.forEach((col, i) => {
    const edit = edits[col] ?? {};
    if (edit.skip) {
      if (keys.has(col)) {
        throw new MappingError(
          `"${col}" identifies rows on re-import, so it cannot be skipped. Keep it checked.`,
        );
      }
      return;
    }
    const name = edit.rename ?? col;
    if (name !== col && keys.has(col)) {
      throw new MappingError(
        `"${col}" identifies rows on re-import, so it cannot be renamed. Undo the rename.`,
      );
    }
    if (!/^[a-z][a-z0-9_]*$/.test(name)) {
      throw new MappingError(
        `Column name "${name}" is not allowed. Use lower-case letters, digits and _ (for example "link_clicks").`,
      );
    }
    keep.push(i);
    names.push(name);
  });
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) {
      throw new MappingError(`Two columns would be called "${n}". Rename or skip one of them.`);
    }
    seen.add(n);
  }
  if (keep.length === t.columns.length && names.every((n, i) => n === t.columns[i])) return t;
  return { table: t.table, columns: names, rows: t.rows.map((r) => keep.map((i) => r[i] ?? null)) };
}
