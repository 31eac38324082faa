/**
 * Sidebar endpoints (google.script.run.<name>) — the contract is documented in src/model/api.ts.
 * Every payload is validated with valibot before anything is touched; every result is JSON-safe.
 */
import {
  ApplyKpiTabSchema,
  BeginImportSchema,
  CommitImportSchema,
  ImportChunkSchema,
  ImportRefSchema,
  MAX_CELL_TEXT,
  MAX_CHUNK_CHARS,
  MAX_CHUNK_ROWS,
  OpenTabSchema,
  parsePayload,
  type ApplyKpiTabResult,
  type BeginImportResult,
  type CancelImportResult,
  type CommitImportResult,
  type ImportChunkResult,
  type ServerState,
} from '../model/api';
import type { KpiData } from '../model/kpi-data';
import { TABLES, type TableName } from '../model/schema';
import { applyPlan } from './applier';
import { kpiTabs, readKpiData as readKpiDataOf } from './kpi-context';
import {
  dropImport,
  openImport,
  readMeta,
  requireMeta,
  stageChunk,
  stagedTable,
  type ImportMeta,
} from './import-staging';
import { withDocumentLock } from './lock';
import { writeTablesHoldingLock } from './writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const active = () => SpreadsheetApp.getActiveSpreadsheet();

function getState(): ServerState {
  const ss = active();
  const dataTabs: ServerState['dataTabs'] = [];
  for (const table of Object.keys(TABLES) as TableName[]) {
    const sheet = ss.getSheetByName(TABLES[table].tab);
    if (sheet) dataTabs.push({ table, tab: TABLES[table].tab, rows: Math.max(0, sheet.getLastRow() - 1) });
  }
  return { dataTabs, kpiTabs: kpiTabs(ss), locale: ss.getSpreadsheetLocale() };
}

function beginImport(payload: unknown): BeginImportResult {
  const p = parsePayload('beginImport', BeginImportSchema, payload);
  const seen = new Set<string>();
  for (const c of p.columns) {
    if (seen.has(c))
      throw new Error(`beginImport: column "${c}" appears twice. Rename one of them in the mapping step.`);
    seen.add(c);
  }
  withDocumentLock(() => openImport(active(), p));
  return { importId: p.importId, maxChunkRows: MAX_CHUNK_ROWS };
}

/** No lock, no properties: the chunk writes its own slot of the staging sheet (see import-staging). */
function importChunk(payload: unknown): ImportChunkResult {
  const p = parsePayload('importChunk', ImportChunkSchema, payload);
  if (JSON.stringify(p.rows).length > MAX_CHUNK_CHARS) {
    throw new Error(
      `importChunk: chunk ${p.seq} is larger than ${MAX_CHUNK_CHARS / 1e6} MB. Send fewer rows per chunk.`,
    );
  }
  const offset = p.offset ?? p.seq * MAX_CHUNK_ROWS;
  refuseLongText(p.importId, p.seq, p.rows, offset);
  stageChunk(active(), p.importId, p.seq, p.rows, offset);
  return {
    importId: p.importId,
    received: p.rows.length,
    totalRows: offset + p.rows.length,
    duplicate: false,
  };
}

/** A cell text Sheets would refuse fails the chunk by name (file, row, column), not by its size. */
function refuseLongText(importId: string, seq: number, rows: unknown[][], offset: number): void {
  rows.forEach((row, i) => {
    const j = row.findIndex((v) => typeof v === 'string' && v.length > MAX_CELL_TEXT);
    if (j < 0) return;
    const meta = readMeta(importId);
    throw new Error(
      `importChunk: "${meta?.file ?? importId}" row ${offset + i + 1} of the import, column "${meta?.columns[j] ?? j + 1}", has ${(row[j] as string).length} characters; a Sheets cell holds at most ${MAX_CELL_TEXT} here (chunk ${seq}). Shorten that text in the file and import again.`,
    );
  });
}

/**
 * Commits every import of the batch or none: all staged tables are read first (a missing chunk
 * writes nothing), then written by the all-or-nothing writer. The staging is removed on every path.
 */
function commitImport(payload: unknown): CommitImportResult {
  const p = parsePayload('commitImport', CommitImportSchema, payload);
  return withDocumentLock(() => {
    const ss = active();
    const metas: (ImportMeta | null | undefined)[] = p.importIds.map((id) => readMeta(id));
    try {
      const staged = p.importIds.map((id, i) => {
        const meta = metas[i] || requireMeta('commitImport', id);
        return stagedTable(ss, meta);
      });
      // Free the staging cells before writing (the 10 M cell budget is shared).
      dropAll(ss, p.importIds, metas);
      const written = writeTablesHoldingLock(ss, staged);
      return {
        tables: written.map((res, i) => ({
          importId: p.importIds[i],
          added: res.added,
          updated: res.updated,
          unchanged: res.unchanged,
          skipped: res.skipped.length,
          reasons: res.skipped.slice(0, 50).map((s) => `${s.row}: ${s.reason}`),
          tab: res.tab,
          sheetId: res.sheetId,
          rows: res.rows,
        })),
      };
    } finally {
      dropAll(ss, p.importIds, metas);
    }
  });
}

/** Removes each import's staging sheet and description; never throws (cleanup after a failure). */
function dropAll(ss: Spreadsheet, ids: string[], metas: (ImportMeta | null | undefined)[]): void {
  ids.forEach((id, i) => {
    if (metas[i] === undefined) return;
    try {
      dropImport(ss, id, metas[i]);
    } catch {
      // Best effort: the commit's own outcome (or error) is what the user needs to hear.
    }
    metas[i] = undefined; // dropped
  });
}

function cancelImport(payload: unknown): CancelImportResult {
  const p = parsePayload('cancelImport', ImportRefSchema, payload);
  return withDocumentLock(() => ({ cancelled: dropImport(active(), p.importId) }));
}

/** What the sidebar builds a KPI tab's plan from (the templates run there, not here). */
function readKpiData(): KpiData {
  return readKpiDataOf(active());
}

/** Applies a plan the sidebar built: validated first, then written in a constant number of batched calls. */
function applyKpiTab(payload: unknown): ApplyKpiTabResult {
  const { plan } = parsePayload('applyKpiTab', ApplyKpiTabSchema, payload);
  const res = applyPlan(active(), plan);
  res.sheet.activate();
  return { tab: res.tab, sheetId: res.sheetId };
}

function openTab(payload: unknown): { tab: string } {
  const sheet = active().getSheetById(parsePayload('openTab', OpenTabSchema, payload).sheetId);
  if (!sheet) throw new Error('openTab: that tab was deleted. Create the KPI tab again.');
  sheet.activate();
  return { tab: sheet.getName() };
}

/** The endpoints; the build generates one top-level `function name(payload)` per key. */
export const api = {
  getState,
  beginImport,
  importChunk,
  commitImport,
  cancelImport,
  readKpiData,
  applyKpiTab,
  openTab,
};
