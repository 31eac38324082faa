/**
 * Builds the DataTabSchema a template is given, from whatever the caller has at hand: canonical
 * tables (workbench, CLI, tests) or a data tab's header row and size (Apps Script, O(1) reads).
 */
import { TABLES, type CanonicalTable, type TableName } from '../model/schema';
import type { DataTabSchema } from './plan';

/** Read off a sheet by the server; moved to src/model so the server bundle needs nothing from src/templates. */
export { tabEntryFromHeader } from '../model/kpi-data';

type TabEntry = DataTabSchema['tabs'][string];

/** Data tab title of a canonical table ("Data · Posts"). */
export function tabOf(table: TableName): string {
  return TABLES[table].tab;
}

/** Canonical table a data tab holds, by title; undefined for any other tab. */
export function tableOfTab(title: string): TableName | undefined {
  return (Object.keys(TABLES) as TableName[]).find((t) => TABLES[t].tab === title);
}

function distinctPlatforms(table: CanonicalTable): string[] | undefined {
  const col = table.columns.indexOf('platform');
  if (col < 0) return undefined;
  const seen = new Map<string, string>();
  for (const row of table.rows) {
    const p = row[col];
    if (typeof p === 'string' && p.trim() !== '' && !seen.has(p.trim().toLowerCase())) {
      seen.set(p.trim().toLowerCase(), p.trim());
    }
  }
  return [...seen.values()].sort();
}

/** Schema of the data tabs that canonical tables are written to (tables of one kind are merged). */
export function schemaFromTables(tables: CanonicalTable[]): DataTabSchema {
  const tabs: Record<string, TabEntry> = {};
  for (const t of tables) {
    const title = tabOf(t.table);
    const prev = tabs[title];
    const columns = prev
      ? [...prev.columns, ...t.columns.filter((c) => !prev.columns.includes(c))]
      : [...t.columns];
    const platforms = [...new Set([...(prev?.platforms ?? []), ...(distinctPlatforms(t) ?? [])])].sort();
    tabs[title] = {
      columns,
      rows: (prev?.rows ?? 0) + t.rows.length,
      ...(platforms.length ? { platforms } : {}),
    };
  }
  return { tabs };
}

/** Adds or replaces one tab in a schema (returns a new schema). */
export function withTab(schema: DataTabSchema, tab: string, entry: TabEntry): DataTabSchema {
  return { tabs: { ...schema.tabs, [tab]: entry } };
}
