/**
 * Uploads parsed tables to the spreadsheet in chunks: begin every import, send every chunk, and
 * only then commit them all in one call — so cancelling (or a chunk that keeps failing) before the
 * commit writes nothing, and the commit writes every table or none.
 *
 * A failed chunk is sent again after a pause (RETRY_DELAYS_MS): each chunk owns its slot of the
 * staging sheet, so re-sending one is safe. The server's own refusals ("importChunk: …", e.g. a
 * chunk that does not fit) would fail again and are not retried.
 */
import type { CanonicalTable } from '../src/model/schema';
import { fitCellText } from './cell-text';
import { chunkRows, DEFAULT_LIMITS, type ChunkLimits } from './chunks';
import type { Client } from './client';
import type { SidebarApi } from './endpoints';
import type { ImportSummary } from './types';

export interface UploadJob {
  file: string;
  format: string;
  table: CanonicalTable;
  /** Rows the importer skipped and why (shown in the summary). */
  skippedReasons: string[];
  skippedCount: number;
}

export interface UploadHooks {
  onProgress(p: { file: string; done: number; total: number; phase: 'upload' | 'commit' }): void;
  isCancelled(): boolean;
  newId(): string;
  limits?: ChunkLimits;
  /** Chunks in flight at once (default 2; the client caps all calls at its own maximum). */
  parallel?: number;
  /** Pauses before each re-send of a failed chunk (default RETRY_DELAYS_MS). */
  retryDelaysMs?: number[];
  /** Waits `ms` (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
}

/** Pauses before the 1st, 2nd and 3rd re-send of a failed chunk (then the import stops). */
export const RETRY_DELAYS_MS = [500, 2000, 5000];

export class UploadCancelled extends Error {
  constructor() {
    super('Import cancelled; nothing was written.');
  }
}

/** The commit itself failed: its message (from the server) says what was and was not written. */
export class CommitFailed extends Error {}

/** Errors the server raised on purpose (validation, a chunk that does not fit) fail the same way again. */
const isPermanent = (e: unknown) =>
  e instanceof UploadCancelled || (e instanceof Error && /^importChunk:/.test(e.message));

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Calls `send`, re-sending after each pause in `delays` while it fails with a transient error. */
async function withRetry<T>(send: () => Promise<T>, delays: number[], sleep: (ms: number) => Promise<void>) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (e) {
      if (attempt >= delays.length || isPermanent(e)) throw e;
      await sleep(delays[attempt]);
    }
  }
}

export async function uploadJobs(
  client: Client<SidebarApi>,
  jobs: UploadJob[],
  hooks: UploadHooks,
): Promise<ImportSummary[]> {
  const total = jobs.reduce((n, j) => n + j.table.rows.length, 0);
  const ids: string[] = [];
  let done = 0;
  const cancelAll = async () => {
    // Best effort: staging is discarded server side; a failure here changes nothing the user sees.
    await Promise.all(
      ids.map((importId) => client.call('cancelImport', { importId }).catch(() => undefined)),
    );
  };
  const warnings = new Map<UploadJob, string[]>();
  try {
    for (const original of jobs) {
      const fitted = fitCellText(original.file, original.table);
      const job = { ...original, table: fitted.table };
      warnings.set(original, fitted.warnings);
      const importId = hooks.newId();
      ids.push(importId);
      await client.call('beginImport', {
        importId,
        file: job.file,
        format: job.format,
        table: job.table.table,
        columns: job.table.columns,
        totalRows: job.table.rows.length,
      });
      const chunks = chunkRows(job.table.rows, hooks.limits ?? DEFAULT_LIMITS);
      // Each chunk's first row in the file: the server stores every chunk in its own slot, lock-free.
      const offsets = chunks.map(() => 0);
      for (let i = 1; i < chunks.length; i++) offsets[i] = offsets[i - 1] + chunks[i - 1].length;
      // A few chunks in flight: each google.script.run call carries ~1 s of Apps Script overhead,
      // and the server accepts chunks in any order (it stages them by seq).
      let next = 0;
      let failure: unknown = null;
      const worker = async () => {
        while (next < chunks.length && failure === null) {
          if (hooks.isCancelled()) throw new UploadCancelled();
          const seq = next++;
          await withRetry(
            () => {
              // Cancel during a pause before a re-send stops there.
              if (hooks.isCancelled()) throw new UploadCancelled();
              return client.call('importChunk', { importId, seq, offset: offsets[seq], rows: chunks[seq] });
            },
            hooks.retryDelaysMs ?? RETRY_DELAYS_MS,
            hooks.sleep ?? wait,
          );
          done += chunks[seq].length;
          hooks.onProgress({ file: job.file, done, total, phase: 'upload' });
        }
      };
      const lanes = Math.max(1, Math.min(hooks.parallel ?? 2, chunks.length));
      const results = await Promise.allSettled(
        Array.from({ length: lanes }, () =>
          worker().catch((e: unknown) => {
            failure ??= e;
            throw e;
          }),
        ),
      );
      // Every lane has stopped before we cancel, so no chunk can arrive after the cancel.
      if (results.some((r) => r.status === 'rejected')) throw failure;
    }
    if (hooks.isCancelled()) throw new UploadCancelled();
  } catch (err) {
    await cancelAll();
    throw err;
  }
  hooks.onProgress({ file: '', done: total, total, phase: 'commit' });
  let committed;
  try {
    committed = await client.call('commitImport', { importIds: ids });
  } catch (e) {
    throw new CommitFailed((e as Error).message);
  }
  return jobs.map((job, i) => {
    const r = committed.tables[i];
    return {
      file: job.file,
      table: job.table.table,
      tab: r.tab,
      added: r.added,
      updated: r.updated,
      unchanged: r.unchanged,
      skipped: r.skipped + job.skippedCount,
      reasons: [...job.skippedReasons, ...(r.reasons ?? [])],
      warnings: warnings.get(job) ?? [],
    };
  });
}
