/**
 * The workbench HTTP server (node:http only, bound to 127.0.0.1):
 *   GET  /                   the page (spreadsheet view + sidebar iframe)
 *   GET  /sidebar            dist/Sidebar.html with the google.script.run shim injected
 *   POST /api/<fn>           calls top-level function <fn> of dist/Code.js in the vm (sidebar endpoints)
 *   GET  /wb/book?sheet=     tab names + one tab's cells, formulas and charts as JSON
 *   POST /wb/cell            types into a cell ({ sheet, a1, input }) like a user would
 *   POST /wb/reset           starts over with an empty spreadsheet
 *   GET  /wb/examples        sample exports; GET /examples/<name> their bytes
 *   GET  /wb/download.xlsx   the spreadsheet as .xlsx (report writer)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listExamples, readExample } from './examples';
import type { Host } from './host';
import { injectShim } from './shim';

export interface WorkbenchOptions {
  host: Host;
  /** Bundled page HTML. */
  page: string;
  /** Reads dist/Sidebar.html fresh on each request, so a rebuild shows up on reload. */
  sidebarHtml: () => string;
  examplesDir: string;
  port?: number;
  hostname?: string;
}

export interface RunningWorkbench {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('Request too large'));
        req.destroy();
      } else parts.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * No other site may frame the workbench (clickjacking): CSP Level 2 `frame-ancestors`. Every
 * response says 'none', except the sidebar, which only the workbench page itself frames.
 */
function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  framedBy: "'none'" | "'self'" = "'none'",
): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': `frame-ancestors ${framedBy}`,
    'x-frame-options': framedBy === "'none'" ? 'DENY' : 'SAMEORIGIN',
  });
  res.end(body);
}
const json = (res: ServerResponse, status: number, v: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(v));

/**
 * Only this machine's browser, on this server's own pages, may drive the workbench: other sites
 * could otherwise POST to 127.0.0.1 (cross-site requests) or reach it through DNS rebinding.
 */
export function refuseForeign(req: IncomingMessage, port: number): string | null {
  const host = (req.headers.host ?? '').toLowerCase();
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(host))
    return `Host "${host}" is not this workbench; open http://127.0.0.1:${port}/.`;
  const origin = req.headers.origin;
  if (req.method !== 'GET' && origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return `Requests from ${origin} are refused; use the workbench page itself.`;
  }
  return null;
}

export function handler(o: WorkbenchOptions, port: () => number) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const foreign = refuseForeign(req, port());
    if (foreign) return send(res, 403, 'text/plain; charset=utf-8', foreign);
    try {
      if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', o.page);
      if (req.method === 'GET' && path === '/sidebar') {
        return send(res, 200, 'text/html; charset=utf-8', injectShim(o.sidebarHtml()), "'self'");
      }
      if (req.method === 'POST' && path.startsWith('/api/')) {
        const fn = decodeURIComponent(path.slice(5));
        let args: unknown;
        try {
          args = JSON.parse((await readBody(req)) || '[]');
        } catch {
          return json(res, 400, { ok: false, error: 'The request body is not JSON.' });
        }
        if (!Array.isArray(args))
          return json(res, 400, { ok: false, error: 'Send the arguments as a JSON array.' });
        try {
          return json(res, 200, { ok: true, value: o.host.call(fn, args) ?? null });
        } catch (e) {
          // Errors thrown inside the vm are not `instanceof` this realm's Error: read their message.
          const message = (e as { message?: unknown } | null)?.message;
          return json(res, 200, { ok: false, error: typeof message === 'string' ? message : String(e) });
        }
      }
      if (req.method === 'GET' && path === '/wb/book') {
        return json(res, 200, o.host.view(url.searchParams.get('sheet') ?? undefined));
      }
      if (req.method === 'POST' && path === '/wb/cell') {
        const b = JSON.parse(await readBody(req)) as { sheet?: unknown; a1?: unknown; input?: unknown };
        if (typeof b.sheet !== 'string' || typeof b.a1 !== 'string' || typeof b.input !== 'string') {
          return json(res, 400, { ok: false, error: 'Send { sheet, a1, input } as strings.' });
        }
        try {
          o.host.typeInto(b.sheet, b.a1, b.input);
          return json(res, 200, { ok: true });
        } catch (e) {
          return json(res, 200, { ok: false, error: e instanceof Error ? e.message : String(e) });
        }
      }
      if (req.method === 'POST' && path === '/wb/reset') {
        o.host.reset();
        return json(res, 200, { ok: true });
      }
      if (req.method === 'GET' && path === '/wb/examples') return json(res, 200, listExamples(o.examplesDir));
      if (req.method === 'GET' && path.startsWith('/examples/')) {
        const bytes = readExample(o.examplesDir, decodeURIComponent(path.slice('/examples/'.length)));
        return bytes
          ? send(res, 200, 'application/octet-stream', bytes)
          : send(res, 404, 'text/plain', 'No such example');
      }
      if (req.method === 'GET' && path === '/wb/download.xlsx') {
        const bytes = await o.host.xlsx();
        res.setHeader('content-disposition', 'attachment; filename="kpi-sheets-workbench.xlsx"');
        return send(res, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes);
      }
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    } catch (e) {
      return json(res, 500, { ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
}

export function startServer(o: WorkbenchOptions): Promise<RunningWorkbench> {
  let port = 0;
  const handle = handler(o, () => port);
  const server = createServer((req, res) => void handle(req, res));
  const hostname = o.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, hostname, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${hostname}:${port}/`,
        port,
        server,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections?.();
            server.close(() => r());
          }),
      });
    });
  });
}
