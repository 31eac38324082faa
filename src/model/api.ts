/**
 * The sidebar ⇄ server contract: every google.script.run endpoint, its payload schema (valibot)
 * and its result type. Shared by src/gas/api.ts (validates every payload) and the sidebar client.
 * Payloads and results are JSON-safe: no Date anywhere (google.script.run drops them) — dates
 * travel as ISO strings, blanks as null.
 *
 * Import protocol (each call is a separate Apps Script execution, so state lives in the
 * spreadsheet: a hidden staging sheet per import plus a small document property):
 *   1. beginImport({ importId, file, format, table, columns, totalRows }) → { importId, maxChunkRows }
 *   2. importChunk({ importId, seq, rows, offset? }) × n — rows are CanonicalValue[] in `columns`
 *      order, at most MAX_CHUNK_ROWS rows and ~MAX_CHUNK_CHARS of JSON per chunk; offset = index in
 *      the file of the chunk's first row (default seq × MAX_CHUNK_ROWS, i.e. full chunks). Each chunk
 *      writes its own slot without the document lock, so chunks may arrive in any order (a few in
 *      flight) and re-sending one just rewrites its slot (safe retry).
 *   3. commitImport({ importIds }) → { tables: [{ importId, added, updated, unchanged, skipped, reasons, tab, sheetId, rows }] }
 *      merges the staged rows of every import of the batch into their data tabs by natural key, all
 *      or nothing: when one table cannot be written, the tabs already written are put back, and the
 *      message says exactly what was and was not written. Fails with a clear message naming the
 *      missing chunk, writing nothing, if fewer than totalRows rows arrived. The staging is removed
 *      whatever happens (import again after a failure).
 *   cancelImport({ importId }) → { cancelled } removes the staging (idempotent).
 * Text longer than MAX_CELL_TEXT characters is refused by importChunk (the sidebar cuts it first, with a warning).
 * KPI tab (DESIGN.md "Template": the sidebar builds the plan, the server keeps no templates):
 *   1. readKpiData() → { schema, dates }: each data tab's header, rows and platforms, and the date range.
 *   2. the sidebar builds the SheetPlan (src/templates/plan-kpi-tab.ts).
 *   3. applyKpiTab({ plan }) → { tab, sheetId }: the plan is validated (src/model/sheet-plan-schema.ts)
 *      and applied in a constant number of batched calls. A plan titled like a data tab is refused.
 * openTab({ sheetId }) → { tab } makes that tab the active one (the sidebar's "Created <tab>" link:
 *   a link inside the sidebar's sandboxed iframe cannot switch tabs in Sheets).
 * Errors: every endpoint throws Error with a message meant for the user (endpoint, field, value, what to do);
 * google.script.run hands it to withFailureHandler.
 */
import * as v from 'valibot';
import { SheetPlanSchema } from './sheet-plan-schema';
import type { KpiData } from './kpi-data';
import type { TableName } from './schema';

export const MAX_CHUNK_ROWS = 5000;
/** ~2 MB of JSON per chunk keeps each call far below Apps Script's payload and time limits. */
export const MAX_CHUNK_CHARS = 2_000_000;
/**
 * Longest text an import writes to one cell. Sheets holds 50,000 characters per cell; the staging
 * sheet marks text with one character, and the writer puts an apostrophe before it (whether Sheets
 * counts that is undocumented), so one character is kept for either.
 */
export const MAX_CELL_TEXT = 49_999;

const ImportId = v.pipe(
  v.string('importId must be text'),
  v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'importId must be 1–64 letters, digits, "-" or "_"'),
);
const Cell = v.union(
  [v.string(), v.pipe(v.number(), v.finite('must be a finite number')), v.null()],
  'must be text, a number or null',
);

export const BeginImportSchema = v.object({
  importId: ImportId,
  file: v.pipe(v.string(), v.maxLength(500)),
  format: v.pipe(v.string(), v.maxLength(100)),
  table: v.picklist(
    ['posts', 'daily', 'campaigns', 'web', 'network', 'conversations'] satisfies TableName[],
    'must be posts, daily, campaigns, web, network or conversations',
  ),
  columns: v.pipe(
    v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'column names cannot be blank'), v.maxLength(200))),
    v.minLength(1, 'needs at least one column'),
    v.maxLength(1000),
  ),
  totalRows: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0)),
});

export const ImportChunkSchema = v.object({
  importId: ImportId,
  seq: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0)),
  /** Index in the file of the chunk's first row (default seq × MAX_CHUNK_ROWS): the chunk's slot. */
  offset: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0))),
  rows: v.pipe(
    v.array(v.array(Cell)),
    v.maxLength(MAX_CHUNK_ROWS, `at most ${MAX_CHUNK_ROWS} rows per chunk`),
  ),
});

export const ImportRefSchema = v.object({ importId: ImportId });

export const CommitImportSchema = v.object({
  importIds: v.pipe(v.array(ImportId), v.minLength(1, 'needs at least one import'), v.maxLength(20)),
});

export const ApplyKpiTabSchema = v.object({ plan: SheetPlanSchema });

export const OpenTabSchema = v.object({ sheetId: v.pipe(v.number(), v.integer('must be a whole number')) });

export type BeginImportPayload = v.InferOutput<typeof BeginImportSchema>;
export type ImportChunkPayload = v.InferOutput<typeof ImportChunkSchema>;
export type ImportRefPayload = v.InferOutput<typeof ImportRefSchema>;
export type CommitImportPayload = v.InferOutput<typeof CommitImportSchema>;
export type ApplyKpiTabPayload = v.InferInput<typeof ApplyKpiTabSchema>;
export type OpenTabPayload = v.InferOutput<typeof OpenTabSchema>;

export interface ServerState {
  /** Data tabs that exist, with their data row counts. */
  dataTabs: { table: TableName; tab: string; rows: number }[];
  /** KPI tabs this add-on generated. */
  kpiTabs: { tab: string; sheetId: number; template: string }[];
  /** The spreadsheet's locale (`en_US`, `de_DE`): the importer reads dates that fit both orders its way. */
  locale?: string;
}

export interface BeginImportResult {
  importId: string;
  maxChunkRows: number;
}

export interface ImportChunkResult {
  importId: string;
  /** Rows this chunk staged (chunks are independent; commitImport checks that all arrived). */
  received: number;
  /** File rows up to the end of this chunk's slot (offset + rows). */
  totalRows: number;
  /** Always false: a re-sent chunk rewrites its own slot, so a retry is harmless. */
  duplicate: boolean;
}

export interface CommitImportResult {
  tables: CommittedTable[];
}

export interface CommittedTable {
  importId: string;
  added: number;
  updated: number;
  unchanged: number;
  /** Rows left out by the merge (no natural key). */
  skipped: number;
  /** Why, e.g. "posts row 14: no post_id or url, so the row cannot be matched on re-import" (first 50). */
  reasons: string[];
  tab: string;
  sheetId: number;
  /** Data rows on the tab after the commit. */
  rows: number;
}

export interface CancelImportResult {
  cancelled: boolean;
}

export interface ApplyKpiTabResult {
  tab: string;
  sheetId: number;
}

/** Every endpoint as [payload, result] — the sidebar's typed client is built from this. */
export interface SidebarApi {
  getState: [undefined, ServerState];
  beginImport: [BeginImportPayload, BeginImportResult];
  importChunk: [ImportChunkPayload, ImportChunkResult];
  commitImport: [CommitImportPayload, CommitImportResult];
  cancelImport: [ImportRefPayload, CancelImportResult];
  readKpiData: [undefined, KpiData];
  applyKpiTab: [ApplyKpiTabPayload, ApplyKpiTabResult];
  openTab: [OpenTabPayload, { tab: string }];
}

/** Validates a payload; throws one readable error naming the endpoint, the field and the value. */
export function parsePayload<S extends v.GenericSchema>(
  endpoint: string,
  schema: S,
  input: unknown,
): v.InferOutput<S> {
  const r = v.safeParse(schema, input);
  if (r.success) return r.output;
  const issue = r.issues[0];
  const path = (issue.path ?? []).map((p) => String((p as { key?: unknown }).key)).join('.');
  const got = issue.input === undefined ? 'nothing' : JSON.stringify(issue.input)?.slice(0, 60);
  throw new Error(
    `${endpoint}: ${path ? `"${path}" ` : 'the request '}${issue.message} (got ${got}). Reload the sidebar and try again; if it keeps failing, report this message.`,
  );
}
