/** Test helpers: load a fixture, import it, read canonical tables as objects. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile, type ImportOptions, type ImportResult } from '../../../src/importers';
import type { CanonicalTable, CanonicalValue, TableName } from '../../../src/model/schema';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'exports');

export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

export const importFixture = (name: string, options?: ImportOptions): ImportResult =>
  importFile(name, fixtureBytes(name), options);

export function table(result: ImportResult, name: TableName): CanonicalTable {
  const t = result.tables.find((x) => x.table === name);
  if (!t)
    throw new Error(
      `no ${name} table in ${result.file} (has ${result.tables.map((x) => x.table).join(', ')})`,
    );
  return t;
}

export type Row = Record<string, CanonicalValue>;

export function rows(result: ImportResult, name: TableName): Row[] {
  const t = table(result, name);
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])));
}

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
