import { createClient, type ScriptRunner } from '../../../sidebar/client';
import type { SidebarApi } from '../../../sidebar/endpoints';
import { MAX_CELL_TEXT } from '../../../sidebar/endpoints';
import {
  CommitFailed,
  RETRY_DELAYS_MS,
  UploadCancelled,
  uploadJobs,
  type UploadJob,
} from '../../../sidebar/upload';

/** An in-memory server that stages chunks and writes only on commit, like the real endpoints. */
function fakeServer() {
  const staged = new Map<string, { table: string; rows: unknown[][] }>();
  const written: Record<string, unknown[][]> = {};
  const log: string[] = [];
  let failChunk = -1;
  /** Times chunk `failChunk` fails before it is accepted (Infinity: always). */
  let failTimes = Infinity;
  let failCommit = '';
  const handlers: Record<string, (p: never) => unknown> = {
    beginImport: (p: { importId: string; table: string }) => {
      staged.set(p.importId, { table: p.table, rows: [] });
      log.push('begin');
    },
    importChunk: (p: { importId: string; seq: number; rows: unknown[][] }) => {
      if (p.seq === failChunk && failTimes > 0) {
        failTimes--;
        log.push(`chunk ${p.seq} failed`);
        throw new Error('Service Spreadsheets timed out');
      }
      staged.get(p.importId)!.rows.push(...p.rows);
      log.push(`chunk ${p.seq}`);
    },
    commitImport: (p: { importIds: string[] }) => {
      log.push('commit');
      if (failCommit) {
        for (const id of p.importIds) staged.delete(id);
        throw new Error(failCommit);
      }
      return {
        tables: p.importIds.map((id) => {
          const s = staged.get(id)!;
          written[s.table] = [...(written[s.table] ?? []), ...s.rows];
          staged.delete(id);
          return {
            importId: id,
            added: s.rows.length,
            updated: 0,
            unchanged: 0,
            skipped: 0,
            tab: `Data · ${s.table}`,
            sheetId: 1,
          };
        }),
      };
    },
    cancelImport: (p: { importId: string }) => {
      staged.delete(p.importId);
      log.push('cancel');
    },
  };
  const runner = (): ScriptRunner => {
    let ok: (v: unknown) => void = () => undefined;
    let fail: (e: unknown) => void = () => undefined;
    const r: Record<string, unknown> = {
      withSuccessHandler: (cb: typeof ok) => ((ok = cb), r),
      withFailureHandler: (cb: typeof fail) => ((fail = cb), r),
    };
    for (const [name, fn] of Object.entries(handlers)) {
      r[name] = (p: never) =>
        queueMicrotask(() => {
          try {
            ok(fn(JSON.parse(JSON.stringify(p)) as never));
          } catch (e) {
            fail(e);
          }
        });
    }
    return r as unknown as ScriptRunner;
  };
  return {
    client: createClient<SidebarApi>(runner),
    staged,
    written,
    log,
    failAt: (n: number, times = Infinity) => {
      failChunk = n;
      failTimes = times;
    },
    failCommit: (message: string) => (failCommit = message),
  };
}

const job = (n: number): UploadJob => ({
  file: 'posts.csv',
  format: 'generic',
  table: {
    table: 'posts',
    columns: ['platform', 'post_id'],
    rows: Array.from({ length: n }, (_, i) => ['x', `${i}`]),
  },
  skippedReasons: ['row 9: Total row'],
  skippedCount: 1,
});

let ids = 0;
/** Pauses the upload asked for (no real waiting in unit tests). */
let pauses: number[] = [];
const hooks = (over: Partial<Parameters<typeof uploadJobs>[2]> = {}) => ({
  newId: () => `imp-${ids++}`,
  isCancelled: () => false,
  onProgress: () => undefined,
  limits: { maxRows: 100, maxBytes: 1_000_000 },
  sleep: async (ms: number) => void pauses.push(ms),
  ...over,
});
beforeEach(() => (pauses = []));

/** A server that answers only when the test says so, to observe how many chunks are in flight. */
function heldServer() {
  const held: { seq: number; ok: (v: unknown) => void }[] = [];
  const runner = (): ScriptRunner => {
    let ok: (v: unknown) => void = () => undefined;
    const r: Record<string, unknown> = {
      withSuccessHandler: (cb: typeof ok) => ((ok = cb), r),
      withFailureHandler: () => r,
      beginImport: () => queueMicrotask(() => ok(null)),
      importChunk: (p: { seq: number }) => held.push({ seq: p.seq, ok }),
      commitImport: () =>
        queueMicrotask(() =>
          ok({
            tables: [{ importId: 'x', added: 0, updated: 0, unchanged: 0, skipped: 0, tab: 't', sheetId: 1 }],
          }),
        ),
    };
    return r as unknown as ScriptRunner;
  };
  return { client: createClient<SidebarApi>(runner, { maxInFlight: 5 }), held };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('chunked upload', () => {
  it('keeps at most `parallel` chunks in flight and sends the next as one finishes', async () => {
    const server = heldServer();
    const run = uploadJobs(server.client, [job(500)], hooks({ parallel: 2 }));
    await flush();
    expect(server.held.map((c) => c.seq)).toEqual([0, 1]);
    server.held[1].ok(null);
    await flush();
    expect(server.held.map((c) => c.seq)).toEqual([0, 1, 2]);
    for (let i = 0; i < 5; i++) {
      for (const c of server.held.splice(0)) c.ok(null);
      await flush();
    }
    await expect(run).resolves.toHaveLength(1);
  });

  it('sends every row in chunks, reports progress, commits last and summarises', async () => {
    const server = fakeServer();
    const progress: string[] = [];
    const summaries = await uploadJobs(
      server.client,
      [job(250)],
      hooks({ onProgress: (p) => progress.push(`${p.phase} ${p.done}/${p.total}`) }),
    );
    expect(server.log).toEqual(['begin', 'chunk 0', 'chunk 1', 'chunk 2', 'commit']);
    expect(progress).toEqual(['upload 100/250', 'upload 200/250', 'upload 250/250', 'commit 250/250']);
    expect(server.written.posts).toHaveLength(250);
    expect(summaries).toEqual([
      {
        file: 'posts.csv',
        table: 'posts',
        tab: 'Data · posts',
        added: 250,
        updated: 0,
        unchanged: 0,
        skipped: 1,
        reasons: ['row 9: Total row'],
        warnings: [],
      },
    ]);
  });

  it('cancel between chunks discards the staging and writes nothing', async () => {
    const server = fakeServer();
    let sent = 0;
    const run = uploadJobs(
      server.client,
      [job(250)],
      hooks({ onProgress: () => sent++, isCancelled: () => sent >= 1, parallel: 1 }),
    );
    await expect(run).rejects.toBeInstanceOf(UploadCancelled);
    expect(server.log).toEqual(['begin', 'chunk 0', 'cancel']);
    expect(server.written).toEqual({});
    expect(server.staged.size).toBe(0);
  });

  it('a chunk that fails once is sent again after a pause, and the import completes', async () => {
    const server = fakeServer();
    server.failAt(1, 1);
    const [summary] = await uploadJobs(server.client, [job(250)], hooks({ parallel: 1 }));
    expect(server.log).toEqual(['begin', 'chunk 0', 'chunk 1 failed', 'chunk 1', 'chunk 2', 'commit']);
    expect(pauses).toEqual([RETRY_DELAYS_MS[0]]);
    expect(summary.added).toBe(250);
    expect(server.written.posts).toHaveLength(250);
  });

  it('Cancel pressed while a failed chunk waits to be re-sent stops there and writes nothing', async () => {
    const server = fakeServer();
    server.failAt(0);
    let cancelled = false;
    const run = uploadJobs(
      server.client,
      [job(50)],
      hooks({ parallel: 1, isCancelled: () => cancelled, sleep: async () => void (cancelled = true) }),
    );
    await expect(run).rejects.toBeInstanceOf(UploadCancelled);
    expect(server.log).toEqual(['begin', 'chunk 0 failed', 'cancel']);
    expect(server.written).toEqual({});
  });

  it('the server refusing a chunk on purpose ("importChunk: …") is not retried', async () => {
    const server = fakeServer();
    const refusing = { ...job(50) };
    refusing.table = { ...refusing.table, rows: [['x', 'a', 'extra']] };
    const { client } = server;
    const checked = {
      ...client,
      call: ((name: string, p: unknown) =>
        name === 'importChunk'
          ? Promise.reject(new Error('importChunk: chunk 0 does not fit the import'))
          : client.call(name as never, p as never)) as typeof client.call,
    };
    await expect(uploadJobs(checked, [refusing], hooks())).rejects.toThrow(/does not fit/);
    expect(pauses).toEqual([]);
  });

  it('a chunk that keeps failing stops after the last retry, and every staged import is cancelled', async () => {
    const server = fakeServer();
    server.failAt(1);
    const second = { ...job(50), file: 'more.csv' };
    await expect(
      uploadJobs(server.client, [job(50), second], hooks({ limits: { maxRows: 20, maxBytes: 1e6 } })),
    ).rejects.toThrow('Service Spreadsheets timed out');
    expect(pauses).toEqual(RETRY_DELAYS_MS);
    expect(server.log.filter((l) => l === 'chunk 1 failed')).toHaveLength(RETRY_DELAYS_MS.length + 1);
    expect(server.written).toEqual({});
    expect(server.log.filter((l) => l === 'commit')).toHaveLength(0);
    expect(server.log.filter((l) => l === 'cancel')).toHaveLength(1);
  });

  it("commits every table of the batch in one call; a failed commit reports the server's account", async () => {
    const server = fakeServer();
    server.failCommit(
      'Could not write 5 rows to "Data · daily": quota. "Data · posts" was put back as before.',
    );
    const run = uploadJobs(
      server.client,
      [job(20), { ...job(5), table: { ...job(5).table, table: 'daily' } }],
      hooks(),
    );
    await expect(run).rejects.toBeInstanceOf(CommitFailed);
    await expect(run).rejects.toThrow(/"Data · posts" was put back as before/);
    expect(server.log.filter((l) => l === 'commit')).toHaveLength(1);
    expect(server.written).toEqual({});
  });

  it('cuts text longer than a Sheets cell holds and says where (file, row, column)', async () => {
    const server = fakeServer();
    const long = 'x'.repeat(MAX_CELL_TEXT + 10);
    const j = job(3);
    j.table = {
      ...j.table,
      columns: ['platform', 'post_id', 'text'],
      rows: j.table.rows.map((r, i) => [...r, i === 1 ? long : 'short']),
    };
    const [summary] = await uploadJobs(server.client, [j], hooks());
    expect(server.written.posts.map((r) => (r[2] as string).length)).toEqual([5, MAX_CELL_TEXT, 5]);
    expect(summary.warnings).toEqual([
      `"posts.csv", posts row 2, column "text": ${(MAX_CELL_TEXT + 10).toLocaleString('en-US')} characters — a Sheets cell holds 50,000, so only the first 49,999 were imported. Shorten the text in the export if its end matters.`,
    ]);
    // The job the caller passed is not modified.
    expect((j.table.rows[1][2] as string).length).toBe(MAX_CELL_TEXT + 10);
  });
});
