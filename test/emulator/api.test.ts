/** Sidebar endpoints: validated JSON payloads, chunked imports staged across executions, KPI tab generation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { api } from '../../src/gas/api';
import { IMPORT_SHEET_PREFIX } from '../../src/gas/import-staging';
import { createSpreadsheet, installGlobals } from '../../src/local/emulator';
import { TABLES, type CanonicalValue } from '../../src/model/schema';
import { createKpiTab } from '../../sidebar/generate';
import { getTemplate } from '../../src/templates';
import { planKpiTab } from '../../src/templates/plan-kpi-tab';
import type { SheetPlan } from '../../src/templates/plan';
import { apiClient, freshSpreadsheet, sheetOf } from './support';

const DAILY = TABLES.daily.columns.map((c) => c.name);

function days(n: number, from = Date.UTC(2025, 5, 1)): CanonicalValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const rec: Record<string, CanonicalValue> = {
      platform: 'linkedin',
      account: 'acme',
      date: new Date(from + i * 86400000).toISOString().slice(0, 10),
      impressions: 1000 + i,
      clicks: 10 + (i % 5),
    };
    return DAILY.map((c) => rec[c] ?? null);
  });
}

/** Commits one import and returns its table's result. */
const commit = (importId: string) => api.commitImport({ importIds: [importId] }).tables[0];

const begin = (importId: string, totalRows: number) =>
  api.beginImport({
    importId,
    file: 'daily.csv',
    format: 'linkedin-page-metrics',
    table: 'daily',
    columns: DAILY,
    totalRows,
  });

describe('sidebar API', () => {
  it('getState lists data tabs with row counts, generated KPI tabs (templates live in the sidebar) and the locale', () => {
    freshSpreadsheet();
    expect(api.getState()).toEqual({ dataTabs: [], kpiTabs: [], locale: 'en_US' });
  });

  it('imports in chunks that may arrive out of order or twice, then commits all at once', () => {
    const ss = freshSpreadsheet();
    const rows = days(12);
    expect(begin('imp-1', 12)).toEqual({ importId: 'imp-1', maxChunkRows: 5000 });
    // Each chunk owns the slot at its offset: order does not matter and a re-send rewrites the same rows.
    expect(api.importChunk({ importId: 'imp-1', seq: 1, offset: 5, rows: rows.slice(5) })).toMatchObject({
      received: 7,
      totalRows: 12,
    });
    expect(api.importChunk({ importId: 'imp-1', seq: 0, offset: 0, rows: rows.slice(0, 5) })).toMatchObject({
      received: 5,
    });
    api.importChunk({ importId: 'imp-1', seq: 0, offset: 0, rows: rows.slice(0, 5) });
    // Nothing reaches the data tab before commit.
    expect(ss.asGas().getSheetByName(TABLES.daily.tab)).toBeNull();
    const res = commit('imp-1');
    expect(res).toMatchObject({
      added: 12,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      tab: TABLES.daily.tab,
      rows: 12,
    });
    expect(api.getState().dataTabs).toEqual([{ table: 'daily', tab: TABLES.daily.tab, rows: 12 }]);
    expect(ss.listSheets().map((s) => s.name)).toEqual(['Sheet1', TABLES.daily.tab]);
    expect(Object.keys(PropertiesService.getDocumentProperties().getProperties())).toEqual([]);
    // Importing the same file again adds nothing.
    begin('imp-2', 12);
    api.importChunk({ importId: 'imp-2', seq: 0, rows });
    expect(commit('imp-2')).toMatchObject({ added: 0, unchanged: 12 });
  });

  describe('numbers stay numbers and text stays text through the staging sheet, whatever Sheets does with "@" (#11.3)', () => {
    const rows = days(3);
    rows[0][DAILY.indexOf('account')] = 'Sep-2024';
    rows[1][DAILY.indexOf('account')] = '=1+2';
    const stageAndCommit = (ignoreTextFormat: boolean) => {
      const ss = freshSpreadsheet();
      begin('num', 3);
      const staging = sheetOf(ss, ss.listSheets().find((s) => s.name.startsWith(IMPORT_SHEET_PREFIX))!.name);
      // As if Sheets did not honour the plain-text format: every staged string is parsed as typed.
      if (ignoreTextFormat)
        staging.getRange(1, 1, staging.getMaxRows(), staging.getMaxColumns()).setNumberFormat('');
      api.importChunk({ importId: 'num', seq: 0, rows });
      const staged = staging.getDataRange().getValues()[0][1 + DAILY.indexOf('impressions')];
      commit('num');
      return { staged, tab: sheetOf(ss, TABLES.daily.tab).getDataRange().getValues().slice(1) };
    };
    const expectTab = (tab: unknown[][]) => {
      expect(tab.map((r) => r[DAILY.indexOf('impressions')])).toEqual([1000, 1001, 1002]);
      expect(tab.map((r) => r[DAILY.indexOf('account')])).toEqual(['Sep-2024', '=1+2', 'acme']);
    };

    it('when Sheets keeps what "@" cells receive as text (the strict emulator)', () => {
      const { staged, tab } = stageAndCommit(false);
      expect(staged).toBe('1000');
      expectTab(tab);
    });

    it('when Sheets parses it as typed input', () => {
      const { staged, tab } = stageAndCommit(true);
      expect(staged).toBe(1000);
      expectTab(tab);
    });
  });

  it("keeps a leading apostrophe through staging, as the CLI does ('Tis the season)", () => {
    const ss = freshSpreadsheet();
    const texts = ["'Tis the season", "''double", "'", "it's fine"];
    const rows = texts.map((account, i) => {
      const r = days(1, Date.UTC(2025, 5, 1 + i))[0];
      r[DAILY.indexOf('account')] = account;
      return r;
    });
    begin('imp-q', rows.length);
    api.importChunk({ importId: 'imp-q', seq: 0, rows });
    commit('imp-q');
    const values = sheetOf(ss, TABLES.daily.tab).getDataRange().getValues();
    const col = (values[0] as string[]).indexOf('account');
    expect(values.slice(1).map((r) => r[col])).toEqual(texts);
  });

  it('refuses to commit an incomplete import and leaves the data tab as it was', () => {
    const ss = freshSpreadsheet();
    begin('a', 3);
    api.importChunk({ importId: 'a', seq: 0, rows: days(3) });
    commit('a');
    const before = sheetOf(ss, TABLES.daily.tab).getDataRange().getValues();
    begin('b', 10);
    api.importChunk({ importId: 'b', seq: 0, rows: days(4, Date.UTC(2025, 6, 1)) });
    expect(() => commit('b')).toThrow(/only 4 of 10 rows of "daily.csv" arrived, so nothing was written/);
    expect(sheetOf(ss, TABLES.daily.tab).getDataRange().getValues()).toEqual(before);
    // The failed commit removed its staging: no hidden sheet or property is left behind.
    expect(ss.listSheets().map((s) => s.name)).toEqual(['Sheet1', TABLES.daily.tab]);
    expect(Object.keys(PropertiesService.getDocumentProperties().getProperties())).toEqual([]);
    expect(api.cancelImport({ importId: 'b' })).toEqual({ cancelled: false });
    expect(() => api.importChunk({ importId: 'b', seq: 1, rows: days(1) })).toThrow(/import "b" is not open/);
  });

  describe('a commit of several tables writes every table or none (#10.3, #10.4)', () => {
    const POSTS = TABLES.posts.columns.map((c) => c.name);
    const postRow = (id: string): CanonicalValue[] =>
      POSTS.map((c) => ({ platform: 'linkedin', post_id: id, impressions: 5 })[c] ?? null);
    /** Stages a posts import and a daily import, both complete, ready to commit together. */
    const stageTwo = () => {
      api.beginImport({
        importId: 'p',
        file: 'posts.csv',
        format: 'x',
        table: 'posts',
        columns: POSTS,
        totalRows: 2,
      });
      api.importChunk({ importId: 'p', seq: 0, rows: [postRow('a'), postRow('b')] });
      begin('d', 3);
      api.importChunk({ importId: 'd', seq: 0, rows: days(3, Date.UTC(2025, 7, 1)) });
    };
    const state = (ss: ReturnType<typeof freshSpreadsheet>) => ({
      sheets: ss.listSheets().map((s) => s.name),
      size: ss.toGrid(TABLES.daily.tab).maxRows,
      daily: sheetOf(ss, TABLES.daily.tab).getDataRange().getValues(),
      props: PropertiesService.getDocumentProperties().getKeys(),
    });

    it('commits both in one call', () => {
      freshSpreadsheet();
      stageTwo();
      const res = api.commitImport({ importIds: ['p', 'd'] });
      expect(res.tables.map((t) => [t.importId, t.tab, t.added])).toEqual([
        ['p', TABLES.posts.tab, 2],
        ['d', TABLES.daily.tab, 3],
      ]);
    });

    it('when the second table fails, the first is put back, the staging is gone, and the message says so', () => {
      const ss = freshSpreadsheet();
      // A full daily tab (1,000 rows), so appending to it has to grow its grid.
      begin('old', 999);
      api.importChunk({ importId: 'old', seq: 0, rows: days(999, Date.UTC(2020, 0, 1)) });
      commit('old');
      const before = state(ss);
      expect(before.size).toBe(1000);
      stageTwo();
      // Posts (a new tab) is written first; the daily append, the next setValues after it, fails.
      ss.failOn('Range.setValues', 1, 'Service Spreadsheets failed while accessing document');
      expect(() => api.commitImport({ importIds: ['p', 'd'] })).toThrow(
        'Could not write 3 rows to "Data · Daily": Service Spreadsheets failed while accessing document. "Data · Daily" was not changed. "Data · Posts" was put back as before. Nothing was written. Fix the cause and import again.',
      );
      expect(state(ss)).toEqual(before);
    });

    it('when putting a tab back fails too, the message names it and what it keeps', () => {
      const ss = freshSpreadsheet();
      begin('old', 2);
      api.importChunk({ importId: 'old', seq: 0, rows: days(2) });
      commit('old');
      stageTwo();
      ss.failOn('Range.setValues', 1, 'Service timed out');
      // The 2 staging sheets are removed first; the 3rd deleteSheet is the undo of the new posts tab.
      ss.failOn('Spreadsheet.deleteSheet', 2, 'Service unavailable');
      expect(() => api.commitImport({ importIds: ['p', 'd'] })).toThrow(
        'Could not write 3 rows to "Data · Daily": Service timed out. "Data · Daily" was not changed. "Data · Posts" could not be put back (Service unavailable): it keeps this import\'s 2 added and 0 updated rows. Check those tabs, then import again.',
      );
      expect(ss.listSheets().filter((s) => s.hidden)).toEqual([]);
    });
  });

  it('refuses a text longer than a cell holds by naming the file, row and column, not the chunk size', () => {
    const ss = freshSpreadsheet();
    begin('long', 3);
    const rows = days(3);
    rows[1][DAILY.indexOf('account')] = 'y'.repeat(60_000);
    expect(() => api.importChunk({ importId: 'long', seq: 0, rows })).toThrow(
      'importChunk: "daily.csv" row 2 of the import, column "account", has 60000 characters; a Sheets cell holds at most 49999 here (chunk 0). Shorten that text in the file and import again.',
    );
    // 49,999 characters go through staging and onto the data tab intact.
    rows[1][DAILY.indexOf('account')] = 'y'.repeat(49_999);
    api.importChunk({ importId: 'long', seq: 0, rows });
    commit('long');
    const stored = sheetOf(ss, TABLES.daily.tab).getDataRange().getValues()[2][DAILY.indexOf('account')];
    expect(stored).toHaveLength(49_999);
  });

  it('stores a chunk with 3 Spreadsheet calls, no lock and no properties, whatever the import size', () => {
    const ss = freshSpreadsheet();
    begin('big', 12_000);
    const rows = days(5000);
    for (const seq of [2, 0]) {
      ss.resetCalls();
      api.importChunk({ importId: 'big', seq, rows: seq === 2 ? rows.slice(0, 2000) : rows });
      expect(ss.calls()).toEqual({
        'SpreadsheetApp.getActiveSpreadsheet': 1,
        'Spreadsheet.getRange': 1,
        'Range.setValues': 1,
      });
    }
  });

  it('commit names the chunk that never arrived, and a chunk past the announced rows is refused', () => {
    const ss = freshSpreadsheet();
    const rows = days(9);
    begin('gap', 9);
    api.importChunk({ importId: 'gap', seq: 0, offset: 0, rows: rows.slice(0, 3) });
    api.importChunk({ importId: 'gap', seq: 2, offset: 6, rows: rows.slice(6) });
    expect(() => api.importChunk({ importId: 'gap', seq: 3, offset: 9, rows: rows.slice(0, 1) })).toThrow(
      /chunk 3 \(file rows 10–10\) does not fit the import of 9 rows/,
    );
    expect(() => commit('gap')).toThrow(
      /only 6 of 9 rows of "daily.csv" arrived, so nothing was written \(chunk 1, file rows 4–6, is missing\)/,
    );
    expect(ss.asGas().getSheetByName(TABLES.daily.tab)).toBeNull();
    expect(ss.listSheets().map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('passes a transient failure of a chunk on as it is, not blamed on the chunk, so it can be re-sent', () => {
    const ss = freshSpreadsheet();
    begin('t', 3);
    ss.failOn('Range.setValues', 0, 'Service Spreadsheets timed out while accessing document');
    expect(() => api.importChunk({ importId: 't', seq: 0, rows: days(3) })).toThrow(
      /^Service Spreadsheets timed out while accessing document$/,
    );
    api.importChunk({ importId: 't', seq: 0, rows: days(3) });
    expect(commit('t')).toMatchObject({ added: 3 });
  });

  it('rejects malformed payloads with a message naming the endpoint, field and value', () => {
    freshSpreadsheet();
    expect(() =>
      api.beginImport({
        importId: 'x',
        file: 'f',
        format: 'g',
        table: 'tweets',
        columns: ['a'],
        totalRows: 1,
      }),
    ).toThrow(
      /beginImport: "table" must be posts, daily, campaigns, web, network or conversations \(got "tweets"\)/,
    );
    expect(() => api.importChunk({ importId: 'x', seq: 0, rows: [[new Date()]] })).toThrow(
      /importChunk: "rows\.0\.0" must be text, a number or null/,
    );
    begin('w', 1);
    expect(() => api.importChunk({ importId: 'w', seq: 0, rows: [[1, 2]] })).toThrow(
      new RegExp(
        `chunk 0 \\(file rows 1–1; its row 1 has 2 values\\) does not fit the import of 1 rows × ${DAILY.length} columns`,
      ),
    );
  });

  it("readKpiData reports each data tab's header, rows and platforms, and the date range", () => {
    freshSpreadsheet();
    expect(api.readKpiData()).toEqual({ schema: { tabs: {} }, dates: null });
    begin('d', 60);
    api.importChunk({ importId: 'd', seq: 0, rows: days(60) });
    commit('d');
    expect(api.readKpiData()).toEqual({
      schema: { tabs: { [TABLES.daily.tab]: { columns: DAILY, rows: 60, platforms: ['linkedin'] } } },
      dates: { first: '2025-06-01', last: '2025-07-30' },
    });
  });

  it('creates a KPI tab as the sidebar does (read the data, plan here, apply there) over the last full 28 days', async () => {
    const ss = freshSpreadsheet();
    begin('d', 60);
    api.importChunk({ importId: 'd', seq: 0, rows: days(60) });
    commit('d');
    const res = await createKpiTab(apiClient(), { templateId: 'linkedin-page' }, '2026-01-01');
    // 60 days from 2025-06-01 end on 2025-07-30.
    expect([res.periodStart, res.periodEnd]).toEqual(['2025-07-03', '2025-07-30']);
    expect(api.getState().kpiTabs).toEqual([
      { tab: res.tab, sheetId: res.sheetId, template: 'linkedin-page' },
    ]);
    const value = ss.asGas().getRangeByName('LINKEDIN_PAGE_KPI_IMPRESSIONS')!.getValue();
    // Days 32..59 of the series (2025-07-03 … 2025-07-30): impressions 1000+i.
    const expected = Array.from({ length: 28 }, (_, k) => 1000 + 32 + k).reduce((a, b) => a + b, 0);
    expect(value).toBe(expected);
  });

  it('regenerating uses the period picked in the sidebar over the one typed on the tab; left empty, keeps the typed one', async () => {
    const ss = freshSpreadsheet();
    begin('d', 60);
    api.importChunk({ importId: 'd', seq: 0, rows: days(60) });
    commit('d');
    const create = (period: { periodStart?: string; periodEnd?: string } = {}) =>
      createKpiTab(apiClient(), { templateId: 'linkedin-page', ...period }, '2026-01-01');
    const first = await create();
    const tab = ss.asGas().getSheetByName(first.tab)!;
    const shown = () => [tab.getRange('B5').getDisplayValue(), tab.getRange('B6').getDisplayValue()];
    // A stakeholder types another period on the tab.
    tab.getRange('B5').setValue('2025-06-10');
    tab.getRange('B6').setValue('2025-06-20');
    const picked = await create({ periodStart: '2025-07-01', periodEnd: '2025-07-14' });
    expect([picked.periodStart, picked.periodEnd]).toEqual(['2025-07-01', '2025-07-14']);
    expect(shown()).toEqual(['2025-07-01', '2025-07-14']);
    // Typed again, then regenerated with no period picked: the tab's own period stays.
    tab.getRange('B5').setValue('2025-06-10');
    await create();
    expect(shown()).toEqual(['2025-06-10', '2025-07-14']);
  });

  it('planning refuses an unknown template and a period that ends before it starts', () => {
    const data = { schema: { tabs: {} }, dates: null };
    expect(() => planKpiTab(data, { templateId: 'nope' }, '2026-01-01')).toThrow(/Unknown template "nope"/);
    expect(() =>
      planKpiTab(
        data,
        { templateId: 'linkedin-page', periodStart: '2025-07-31', periodEnd: '2025-07-01' },
        '2026-01-01',
      ),
    ).toThrow(/ends \(2025-07-01\) before it starts/);
  });

  describe('applyKpiTab validates the plan before touching the spreadsheet', () => {
    const plan = (): SheetPlan =>
      getTemplate('linkedin-ads').build(
        { tabs: {} },
        { periodStart: '2025-06-01', periodEnd: '2025-06-28', compare: 'previous' },
      );
    const refused = (bad: unknown, message: RegExp) => {
      const ss = freshSpreadsheet();
      const before = ss.listSheets().map((s) => s.name);
      expect(() => api.applyKpiTab(bad)).toThrow(message);
      expect(ss.listSheets().map((s) => s.name)).toEqual(before);
      expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({});
    };

    it('names the endpoint, the field and the value of a malformed plan, and writes nothing', () => {
      const p = plan();
      refused(
        { plan: { ...p, cells: [{ a1: 'B', value: 1 }] } },
        /applyKpiTab: "plan\.cells\.0\.a1" must be one cell like B5 \(got "B"\)/,
      );
      refused(
        { plan: { ...p, cells: [{ a1: 'B2', formula: 'SUM(A1:A3)' }] } },
        /"plan\.cells\.0\.formula" must start with "="/,
      );
      refused(
        { plan: { ...p, cells: [{ a1: 'B2', value: new Date() }] } },
        /"plan\.cells\.0\.value" must be text/,
      );
      refused(
        { plan: { ...p, namedRanges: [{ name: 'KPI CTR', a1: 'B5' }] } },
        /"plan\.namedRanges\.0\.name" must be a named-range name/,
      );
      refused(
        { plan: { ...p, merges: ["'Other'!A1:B1"] } },
        /"plan\.merges\.0" must be on the plan’s own tab/,
      );
      refused({ plan: { ...p, rowCount: 1_000_000, columnCount: 26 } }, /at most 10,000,000 cells/);
      refused({ plan: { ...p, version: 2 } }, /"plan\.version"/);
    });

    it('refuses a plan titled like a data tab (applying replaces the tab of that name)', () => {
      refused(
        { plan: { ...plan(), title: TABLES.posts.tab } },
        /"plan\.title" must not be the title of a data tab/,
      );
    });

    it('writes plan text as text, never as a formula', () => {
      const ss = freshSpreadsheet();
      const p = plan();
      p.cells.push({ a1: 'A200', value: '=IMPORTXML("http://x","//a")' });
      p.rowCount = Math.max(p.rowCount, 200);
      api.applyKpiTab({ plan: p });
      const cell = sheetOf(ss, p.title).getRange('A200');
      expect(cell.getFormula()).toBe('');
      expect(cell.getValue()).toBe('=IMPORTXML("http://x","//a")');
    });
  });
});

describe('the built bundle dist/Code.js in a bare vm context', () => {
  it('serves the same endpoints as top-level functions over the emulated services', () => {
    const code = readFileSync(join(__dirname, '..', '..', 'dist', 'Code.js'), 'utf8');
    const ss = createSpreadsheet();
    const ctx = vm.createContext({});
    installGlobals(ctx, ss);
    vm.runInContext(code, ctx, { filename: 'Code.js' });
    const call = (fn: string, payload?: unknown) =>
      JSON.parse(
        JSON.stringify(
          vm.runInContext(`${fn}(${payload === undefined ? '' : JSON.stringify(payload)})`, ctx),
        ),
      );
    call('beginImport', {
      importId: 'vm',
      file: 'd.csv',
      format: 'x',
      table: 'daily',
      columns: DAILY,
      totalRows: 30,
    });
    call('importChunk', { importId: 'vm', seq: 0, rows: days(30) });
    expect(call('commitImport', { importIds: ['vm'] }).tables[0]).toMatchObject({
      added: 30,
      tab: TABLES.daily.tab,
    });
    const { plan } = planKpiTab(
      call('readKpiData'),
      { templateId: 'linkedin-page', periodStart: '2025-06-01', periodEnd: '2025-06-10' },
      '2026-01-01',
    );
    expect(call('applyKpiTab', { plan })).toEqual({ tab: plan.title, sheetId: expect.any(Number) });
    expect(ss.asGas().getRangeByName('LINKEDIN_PAGE_KPI_IMPRESSIONS')!.getValue()).toBe(
      Array.from({ length: 10 }, (_, i) => 1000 + i).reduce((a, b) => a + b, 0),
    );
  });
});
