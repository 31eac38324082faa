/**
 * The workbench server over HTTP (no browser): google.script.run calls reach only public top-level
 * functions of dist/Code.js, results cross as JSON, the sidebar gets the shim, examples cannot
 * escape their folder, and bad requests get clear answers.
 */
import type { Workbench } from '../../src/local/workbench';
import { getKpi } from '../../src/kpi/registry';
import { workbench } from './browser';

describe('workbench server', () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await workbench();
  });
  afterAll(async () => {
    await wb?.close();
  });

  const post = async (path: string, body: unknown) => {
    const r = await fetch(new URL(path, wb.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: r.status, json: (await r.json()) as { ok: boolean; value?: unknown; error?: string } };
  };

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(wb.url).hostname).toBe('127.0.0.1');
  });

  it('refuses other sites (cross-site POST) and other host names (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const ask = (headers: Record<string, string>, method = 'POST') =>
      new Promise<number>((resolve, reject) => {
        const u = new URL('/wb/reset', wb.url);
        const r = request({ host: u.hostname, port: u.port, path: u.pathname, method, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        r.on('error', reject);
        r.end();
      });
    expect(await ask({ origin: 'http://evil.example' })).toBe(403);
    expect(await ask({ host: 'evil.example:80' }, 'GET')).toBe(403);
    expect(await ask({ origin: wb.url.replace(/\/$/, '') })).toBe(200);
  });

  it('no other site may frame it: the page says frame-ancestors none, the sidebar only its own page', async () => {
    const headers = async (path: string) => (await fetch(new URL(path, wb.url))).headers;
    for (const path of ['/', '/wb/examples', '/nope']) {
      expect((await headers(path)).get('content-security-policy')).toBe("frame-ancestors 'none'");
      expect((await headers(path)).get('x-frame-options')).toBe('DENY');
    }
    expect((await headers('/sidebar')).get('content-security-policy')).toBe("frame-ancestors 'self'");
  });

  it('runs a top-level function of the built Code.js in the vm, JSON in and out', async () => {
    const r = await post('/api/CTR', [
      [[30], [45]],
      [[1000], [0]],
    ]);
    expect(r.json).toEqual({
      ok: true,
      value: getKpi('CTR').compute([
        [[30], [45]],
        [[1000], [0]],
      ]),
    });
  });

  it('reports a function that throws as a failure with its message, like google.script.run', async () => {
    const r = await post('/api/CTR', [5, 'n/a']);
    expect(r.json.ok).toBe(false);
    expect(r.json.error).toMatch(/CTR/);
  });

  it.each([
    ['KpiSheets_'],
    ['require'],
    ['constructor'],
    ['toString'],
    ['SpreadsheetApp'],
    ['process'],
    ['does_not_exist'],
  ])('refuses %s: only public top-level functions are callable', async (fn) => {
    const r = await post(`/api/${fn}`, []);
    expect(r.json).toEqual({ ok: false, error: `Script function not found: ${fn}` });
  });

  it('answers malformed bodies with a clear message', async () => {
    expect((await post('/api/CTR', '{not json')).json).toEqual({
      ok: false,
      error: 'The request body is not JSON.',
    });
    expect((await post('/api/CTR', { a: 1 })).json).toEqual({
      ok: false,
      error: 'Send the arguments as a JSON array.',
    });
    expect((await post('/wb/cell', { sheet: 'Sheet1' })).json.error).toBe(
      'Send { sheet, a1, input } as strings.',
    );
  });

  it('serves the real sidebar with google.script.run shimmed before the sidebar script', async () => {
    const html = await (await fetch(new URL('/sidebar', wb.url))).text();
    const shim = html.indexOf('window.google = { script: { run:');
    const scripts = [...html.matchAll(/<script>/g)].map((m) => m.index);
    expect(scripts).toHaveLength(2);
    expect(shim).toBeGreaterThan(scripts[0]!);
    expect(shim).toBeLessThan(scripts[1]!);
    expect(html).toContain('<div id="app">');
  });

  it('lists the sample exports and serves their bytes, but nothing outside examples/', async () => {
    const list = (await (await fetch(new URL('/wb/examples', wb.url))).json()) as {
      name: string;
      size: number;
    }[];
    expect(list.map((e) => e.name)).toContain('linkedin-page-content.xlsx');
    const one = await fetch(new URL('/examples/linkedin-page-content.xlsx', wb.url));
    expect(Buffer.from(await one.arrayBuffer()).byteLength).toBe(
      list.find((e) => e.name === 'linkedin-page-content.xlsx')!.size,
    );
    for (const bad of ['..%2Fpackage.json', '..%2F..%2Fetc%2Fpasswd', 'README.md']) {
      expect((await fetch(new URL(`/examples/${bad}`, wb.url))).status).toBe(404);
    }
  });

  it('types into cells like a user: formulas evaluate, text stays text', async () => {
    expect((await post('/wb/cell', { sheet: 'Sheet1', a1: 'A1', input: '=2*21' })).json).toEqual({
      ok: true,
    });
    const view = wb.host.view();
    const sheet = view.sheets.find((s) => s.name === 'Sheet1')!;
    expect(sheet.cells[0][0]).toMatchObject({ value: 42, formula: '=2*21' });
    expect((await post('/wb/cell', { sheet: 'Nope', a1: 'A1', input: '1' })).json).toEqual({
      ok: false,
      error: 'No sheet named "Nope".',
    });
  });
});
