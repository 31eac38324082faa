/**
 * Uploads parsed tables to the spreadsheet in chunks: begin every import, send every chunk, and
 * only then commit — so cancelling (or a failed chunk) before the commit writes nothing.
 */
import type { CanonicalTable } from '../src/model/schema';
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
}

export class UploadCancelled extends Error {
  constructor() {
    super('Import cancelled; nothing was written.');
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
  try {
    for (const job of jobs) {
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
          await client.call('importChunk', { importId, seq, offset: offsets[seq], rows: chunks[seq] });
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
  const summaries: ImportSummary[] = [];
  for (let i = 0; i < jobs.length; i++) {
    const r = await client.call('commitImport', { importId: ids[i] });
    const job = jobs[i];
    summaries.push({
      file: job.file,
      table: job.table.table,
      tab: r.tab,
      added: r.added,
      updated: r.updated,
      unchanged: r.unchanged,
      skipped: r.skipped + job.skippedCount,
      reasons: [...job.skippedReasons, ...(r.reasons ?? [])],
    });
  }
  return summaries;
}
