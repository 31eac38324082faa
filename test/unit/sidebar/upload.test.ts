import { createClient, type ScriptRunner } from '../../../sidebar/client';
import type { SidebarApi } from '../../../sidebar/endpoints';
import { UploadCancelled, uploadJobs, type UploadJob } from '../../../sidebar/upload';

/** An in-memory server that stages chunks and writes only on commit, like the real endpoints. */
function fakeServer() {
  const staged = new Map<string, { table: string; rows: unknown[][] }>();
  const written: Record<string, unknown[][]> = {};
  const log: string[] = [];
  let failChunk = -1;
  const handlers: Record<string, (p: never) => unknown> = {
    beginImport: (p: { importId: string; table: string }) => {
      staged.set(p.importId, { table: p.table, rows: [] });
      log.push('begin');
    },
    importChunk: (p: { importId: string; seq: number; rows: unknown[][] }) => {
      if (p.seq === failChunk) throw new Error('Service Spreadsheets timed out');
      staged.get(p.importId)!.rows.push(...p.rows);
      log.push(`chunk ${p.seq}`);
    },
    commitImport: (p: { importId: string }) => {
      const s = staged.get(p.importId)!;
      written[s.table] = [...(written[s.table] ?? []), ...s.rows];
      staged.delete(p.importId);
      log.push('commit');
      return {
        added: s.rows.length,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        tab: `Data · ${s.table}`,
        sheetId: 1,
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
    failAt: (n: number) => (failChunk = n),
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
const hooks = (over: Partial<Parameters<typeof uploadJobs>[2]> = {}) => ({
  newId: () => `imp-${ids++}`,
  isCancelled: () => false,
  onProgress: () => undefined,
  limits: { maxRows: 100, maxBytes: 1_000_000 },
  ...over,
});

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
        queueMicrotask(() => ok({ added: 0, updated: 0, unchanged: 0, skipped: 0, tab: 't', sheetId: 1 })),
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

  it('a failing chunk cancels every staged import of the batch, so nothing is half-written', async () => {
    const server = fakeServer();
    server.failAt(1);
    const second = { ...job(50), file: 'more.csv' };
    await expect(
      uploadJobs(server.client, [job(50), second], hooks({ limits: { maxRows: 20, maxBytes: 1e6 } })),
    ).rejects.toThrow('Service Spreadsheets timed out');
    expect(server.written).toEqual({});
    expect(server.log.filter((l) => l === 'commit')).toHaveLength(0);
    expect(server.log.filter((l) => l === 'cancel')).toHaveLength(1);
  });
});
