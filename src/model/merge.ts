/**
 * mergeRows: re-importing the same or an overlapping export updates rows by natural key and adds
 * nothing twice. Pure and platform-free, so the Apps Script data-tab writer can use it too
 * (import it from src/model/merge, not from src/importers, to keep parsers out of the server bundle).
 *
 * Rules: the key is TABLES[table].key (per part, the first non-blank alternative). A blank in the
 * incoming row never erases a value already stored (exports differ in which metrics they carry);
 * any other incoming value wins. Rows without their identifying key part are skipped with a reason.
 * The result may share row arrays with `incoming` (never modified): treat tables as immutable.
 */
import { TABLES, type CanonicalTable, type CanonicalValue, type TableName } from './schema';

/** Key parts a row cannot do without (other parts may be blank, e.g. an organic post has no campaign). */
const REQUIRED_KEY_PARTS: Record<TableName, string[][]> = {
  posts: [['post_id', 'url']],
  daily: [['date']],
  campaigns: [['date']],
  web: [],
  network: [['profile_url']],
  conversations: [['sent_at'], ['conversation_id']],
};

export interface MergeResult {
  table: CanonicalTable;
  added: number;
  updated: number;
  unchanged: number;
  skipped: { row: string; reason: string }[];
  /** Indexes of `existing` rows this merge changed (ascending); added rows follow the existing ones. */
  updatedRows: number[];
}

const isBlank = (v: CanonicalValue | undefined): boolean => v === null || v === undefined || v === '';

export function mergeRows(existing: CanonicalTable | null, incoming: CanonicalTable): MergeResult {
  if (existing && existing.table !== incoming.table) {
    throw new Error(`mergeRows: cannot merge table "${incoming.table}" into "${existing.table}"`);
  }
  const columns = existing ? [...existing.columns] : [...incoming.columns];
  // Positions by name: a file may bring thousands of columns, so no repeated indexOf.
  const at = new Map<string, number>();
  columns.forEach((c, i) => at.has(c) || at.set(c, i));
  for (const c of incoming.columns) if (!at.has(c)) at.set(c, columns.push(c) - 1);
  const indexOf = (c: string) => at.get(c) ?? -1;
  const width = columns.length;
  const rows: CanonicalValue[][] = (existing?.rows ?? []).map((r) => pad(r, width));
  const def = TABLES[incoming.table];
  const keyOf = keyFunction(columns, def.key);
  const required = REQUIRED_KEY_PARTS[incoming.table].map((alts) => alts.map(indexOf).filter((i) => i >= 0));

  const byKey = new Map<string, number>();
  rows.forEach((r, i) => byKey.set(keyOf(r), i));
  const incomingPos = incoming.columns.map(indexOf);
  // Incoming rows already in the result's column order are adopted, not copied (the importer's hot
  // path); an adopted row is copied before its first update, so the input is never modified.
  const sameShape = incomingPos.length === width && incomingPos.every((p, i) => p === i);
  // Fast path for a fresh table (an import on its own): when the identifying key part is present
  // and distinct in every row, full keys are distinct too and nothing needs combining.
  if (!existing && sameShape && required.length > 0 && allDistinct(incoming.rows, required[0], width)) {
    const n = incoming.rows.length;
    return {
      table: { table: incoming.table, columns, rows: incoming.rows.slice() },
      added: n,
      updated: 0,
      unchanged: 0,
      skipped: [],
      updatedRows: [],
    };
  }
  // Rows from index `firstIncoming` on that are not in `copied` are shared with `incoming`.
  const firstIncoming = rows.length;
  const copied = new Set<number>();

  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const skipped: MergeResult['skipped'] = [];
  const updatedRows = new Set<number>();
  const src = incoming.rows;
  for (let n = 0; n < src.length; n++) {
    let row: CanonicalValue[];
    if (sameShape && src[n].length === width) row = src[n];
    else {
      row = new Array(width).fill(null);
      for (let i = 0; i < incomingPos.length; i++) row[incomingPos[i]] = src[n][i] ?? null;
    }
    const missing = missingKeyPart(row, required);
    if (missing) {
      const names = missing.map((i) => columns[i]).join(' or ');
      skipped.push({
        row: `${incoming.table} row ${n + 1}`,
        reason: `no ${names}, so the row cannot be matched on re-import`,
      });
      continue;
    }
    const key = keyOf(row);
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, rows.length);
      rows.push(row);
      added++;
      continue;
    }
    if (sameShape && at >= firstIncoming && !copied.has(at)) {
      rows[at] = rows[at].slice();
      copied.add(at);
    }
    const old = rows[at];
    let changed = false;
    for (let i = 0; i < width; i++) {
      if (!isBlank(row[i]) && row[i] !== old[i]) {
        old[i] = row[i];
        changed = true;
      }
    }
    if (changed) {
      updated++;
      if (at < firstIncoming) updatedRows.add(at);
    } else unchanged++;
  }
  return {
    table: { table: incoming.table, columns, rows },
    added,
    updated,
    unchanged,
    skipped,
    updatedRows: [...updatedRows].sort((a, b) => a - b),
  };
}

/** Every row has a non-blank, distinct value in the key part `alts` (first non-blank alternative). */
function allDistinct(rows: CanonicalValue[][], alts: number[], width: number): boolean {
  const seen = new Set<string>();
  for (let n = 0; n < rows.length; n++) {
    const row = rows[n];
    if (row.length !== width) return false;
    let v: string | null = null;
    for (let j = 0; j < alts.length; j++) {
      const x = row[alts[j]];
      if (!isBlank(x)) {
        v = j === 0 ? String(x) : `${j}:${String(x)}`;
        break;
      }
    }
    if (v === null || seen.has(v)) return false;
    seen.add(v);
  }
  return true;
}

function missingKeyPart(row: CanonicalValue[], required: number[][]): number[] | undefined {
  for (let p = 0; p < required.length; p++) {
    const alts = required[p];
    let blank = true;
    for (let j = 0; j < alts.length && blank; j++) blank = isBlank(row[alts[j]]);
    if (blank) return alts;
  }
  return undefined;
}

function pad(r: CanonicalValue[], width: number): CanonicalValue[] {
  const out = r.slice(0, width);
  while (out.length < width) out.push(null);
  return out;
}

/** Key text for a row: per part, the first non-blank alternative, tagged with which alternative it was. */
export function keyFunction(columns: string[], key: string[][]): (row: CanonicalValue[]) => string {
  const parts = key.map((alts) => alts.map((a) => columns.indexOf(a)).filter((i) => i >= 0));
  const buf: string[] = new Array(parts.length).fill('');
  return (row) => {
    for (let p = 0; p < parts.length; p++) {
      const alts = parts[p];
      let v = '';
      for (let j = 0; j < alts.length; j++) {
        const x = row[alts[j]];
        if (!isBlank(x)) {
          v = j === 0 ? String(x) : `${j}:${String(x)}`;
          break;
        }
      }
      buf[p] = v;
    }
    // One flat string per row (join), not a chain of concatenations.
    return buf.join('\u0001');
  };
}
