/**
 * Every template × its fixtures, end to end in the emulated spreadsheet: import the export
 * (importFile), write the data tabs (writeTable), build the plan from the tabs' headers, apply it
 * (applyPlan), let HyperFormula evaluate — tile values equal the KPI registry computed directly
 * on the canonical rows of the period and of the comparison period (|Δ| ≤ 1e-9).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPlan } from '../../src/gas/applier';
import { writeTable } from '../../src/gas/writer';
import { importFile } from '../../src/importers';
import { mergeRows } from '../../src/model/merge';
import { TABLES, type CanonicalTable, type TableName } from '../../src/model/schema';
import { getTemplate } from '../../src/templates';
import { columnLetter } from '../../src/templates/a1';
import { HELPER_RATE_COLUMN } from '../../src/templates/post-sections';
import { scopedName } from '../../src/templates/names';
import { platformsOf } from '../../src/templates/platform-section';
import { BY_PLATFORM } from '../../src/templates/social-overview';
import { missingFor } from '../../src/templates/formulas';
import { comparePeriod, defaultPeriod, isoToSerial } from '../../src/templates/period';
import type { DataTabSchema, SheetPlan, TemplateOptions } from '../../src/templates/plan';
import { tabEntryFromHeader } from '../../src/templates/schema';
import type { KpiTemplate } from '../../src/templates/types';
import { fillTab, oracleCtx, type Filled } from '../unit/templates/helpers/fill';
import { tileValue, type RefData, type RefWindow } from '../unit/templates/helpers/reference';
import { freshSpreadsheet, sheetOf } from './support';
import type { EmulatedSpreadsheet } from '../../src/local/emulator';

const FIXTURES = join(__dirname, '..', 'fixtures', 'exports');

interface Imported {
  ss: EmulatedSpreadsheet;
  /** Canonical tables as merged into the data tabs. */
  tables: Partial<Record<TableName, CanonicalTable>>;
  schema: DataTabSchema;
}

function importInto(files: string[], ss = freshSpreadsheet()): Imported {
  const tables: Partial<Record<TableName, CanonicalTable>> = {};
  for (const f of files) {
    const res = importFile(f, new Uint8Array(readFileSync(join(FIXTURES, f))));
    for (const t of res.tables) {
      writeTable(ss.asGas(), t);
      tables[t.table] = mergeRows(tables[t.table] ?? null, t).table;
    }
  }
  return { ss, tables, schema: schemaOfSheet(ss, tables) };
}

/** What api.generateKpiTab does: read each data tab's header row and size (platforms from the rows). */
function schemaOfSheet(ss: EmulatedSpreadsheet, tables: Imported['tables']): DataTabSchema {
  const tabs: DataTabSchema['tabs'] = {};
  for (const [name, t] of Object.entries(tables) as [TableName, CanonicalTable][]) {
    const sheet = sheetOf(ss, TABLES[name].tab);
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const pcol = t.columns.indexOf('platform');
    const platforms = pcol < 0 ? [] : [...new Set(t.rows.map((r) => String(r[pcol] ?? '')).filter(Boolean))];
    tabs[TABLES[name].tab] = tabEntryFromHeader(TABLES[name].tab, header, sheet.getLastRow() - 1, platforms);
  }
  return { tabs };
}

function periodOf(tables: Imported['tables']): { periodStart: string; periodEnd: string } {
  const dates: string[] = [];
  for (const [name, t] of Object.entries(tables) as [TableName, CanonicalTable][]) {
    const col = t.columns.indexOf(name === 'posts' ? 'published_at' : 'date');
    for (const r of t.rows) if (typeof r[col] === 'string') dates.push(r[col] as string);
  }
  const p = defaultPeriod(dates, '2027-01-01');
  return { periodStart: p.start, periodEnd: p.end };
}

function valueOf(ss: EmulatedSpreadsheet, title: string, a1: string): unknown {
  const v = sheetOf(ss, title).getRange(a1).getValue();
  return v instanceof Date ? v.toISOString() : v;
}

function expectClose(actual: unknown, expected: number | string, where: string): void {
  if (typeof expected === 'string') expect({ where, actual }).toEqual({ where, actual: expected });
  else {
    expect({ where, type: typeof actual }).toEqual({ where, type: 'number' });
    expect({ where, diff: Math.abs((actual as number) - expected) <= 1e-9 }).toEqual({ where, diff: true });
  }
}

function typeInto(ss: EmulatedSpreadsheet, plan: SheetPlan, filled: Filled): void {
  const sheet = sheetOf(ss, plan.title);
  for (const [a1, v] of Object.entries(filled.edits)) sheet.getRange(a1).setValue(v);
}

/** Compares every tile with the oracle; returns the number of tiles that had a value. */
function checkTiles(
  im: Imported,
  t: KpiTemplate,
  plan: SheetPlan,
  filled: Filled,
  opts: TemplateOptions,
): number {
  const spec = t.spec(im.schema);
  const ctx = oracleCtx(im.schema, spec);
  const data: RefData = { tables: im.tables, inputs: filled.inputs, log: filled.log };
  const cur: RefWindow = { start: opts.periodStart, end: opts.periodEnd, period: 'current' };
  const cmp: RefWindow = {
    ...comparePeriod(opts.periodStart, opts.periodEnd, opts.compare),
    period: 'compare',
  };
  let computed = 0;
  for (const m of spec.metrics) {
    const tile = plan.tiles.find((x) => x.key === m.key)!;
    const got = valueOf(im.ss, plan.title, tile.valueA1);
    if (missingFor(m.expr, ctx).length) {
      expectClose(got, '', `${t.id} ${m.key} (no data)`);
      continue;
    }
    const want = tileValue(m.expr, data, ctx, cur);
    expectClose(got, want, `${t.id} ${m.key} value`);
    if (!m.noCompare)
      expectClose(
        valueOf(im.ss, plan.title, tile.compareA1),
        tileValue(m.expr, data, ctx, cmp),
        `${t.id} ${m.key} comparison`,
      );
    if (want !== '') computed++;
  }
  return computed;
}

const CASES: { template: string; files: string[]; minTiles: number; period?: [string, string] }[] = [
  {
    template: 'linkedin-page',
    files: ['linkedin-page-content.xlsx', 'linkedin-page-followers.xlsx'],
    minTiles: 9,
  },
  { template: 'linkedin-ads', files: ['linkedin-campaign-manager.csv'], minTiles: 11 },
  {
    template: 'social-overview',
    files: [
      'linkedin-page-content.xlsx',
      'meta-posts-instagram.csv',
      'meta-insights-reach.csv',
      'x-account-overview.csv',
      'tiktok-overview.zip',
      'FollowerHistory_2026-01-05_1767571200.zip',
      'youtube-studio.zip',
    ],
    minTiles: 10,
  },
  { template: 'growth', files: ['ga4-traffic-acquisition.csv'], minTiles: 7 },
  // The weekly log is typed on the tab (fillTab: Jan–Jul 2025), so the period is picked inside it.
  {
    template: 'social-selling',
    files: ['linkedin-page-content.xlsx'],
    minTiles: 10,
    period: ['2025-06-02', '2025-06-29'],
  },
];

describe.each(CASES)('template $template from $files', ({ template, files, minTiles, period }) => {
  const periodFor = (im: Imported) =>
    period ? { periodStart: period[0], periodEnd: period[1] } : periodOf(im.tables);
  const t = getTemplate(template);

  it.each([['previous' as const], ['year' as const]])(
    'tiles equal the registry for the period and the %s comparison',
    (compare) => {
      const im = importInto(files);
      const opts: TemplateOptions = { ...periodFor(im), compare };
      const plan = t.build(im.schema, opts);
      applyPlan(im.ss.asGas(), plan);
      const filled = fillTab(plan, t.spec(im.schema));
      typeInto(im.ss, plan, filled);
      expect(checkTiles(im, t, plan, filled, opts)).toBeGreaterThanOrEqual(minTiles);
    },
  );

  it('follows PERIOD_START / PERIOD_END when a stakeholder changes them', () => {
    const im = importInto(files);
    const opts: TemplateOptions = { ...periodFor(im), compare: 'previous' };
    const plan = t.build(im.schema, opts);
    applyPlan(im.ss.asGas(), plan);
    const filled = fillTab(plan, t.spec(im.schema));
    typeInto(im.ss, plan, filled);
    const gas = im.ss.asGas();
    const moved = {
      ...opts,
      periodStart: opts.periodStart.replace(/-\d\d$/, '-03'),
      periodEnd: opts.periodEnd.replace(/-\d\d$/, '-09'),
    };
    if (moved.periodEnd < moved.periodStart) moved.periodEnd = opts.periodEnd;
    gas.getRangeByName(scopedName(t.id, 'PERIOD_START'))!.setValue(isoToSerial(moved.periodStart));
    gas.getRangeByName(scopedName(t.id, 'PERIOD_END'))!.setValue(isoToSerial(moved.periodEnd));
    checkTiles(im, t, plan, filled, moved);
  });
});

describe('generated tabs in the emulator', () => {
  it('show blanks, never errors, over empty data tabs', () => {
    for (const id of ['linkedin-page', 'linkedin-ads', 'social-overview', 'growth', 'social-selling']) {
      const ss = freshSpreadsheet();
      const tables = (Object.keys(TABLES) as TableName[]).map((name) => ({
        table: name,
        columns: TABLES[name].columns.map((c) => c.name),
        rows: [],
      }));
      for (const tb of tables) writeTable(ss.asGas(), tb);
      const schema = {
        tabs: Object.fromEntries(
          tables.map((tb) => [TABLES[tb.table].tab, { columns: tb.columns, rows: 0 }]),
        ),
      };
      const plan = getTemplate(id).build(schema, {
        periodStart: '2026-06-01',
        periodEnd: '2026-06-28',
        compare: 'previous',
      });
      applyPlan(ss.asGas(), plan);
      // SPARKLINE cells are Google-only decorations (HyperFormula has no SPARKLINE): skip them.
      for (const c of plan.cells.filter((x) => !x.googleOnly)) {
        const v = valueOf(ss, plan.title, c.a1);
        expect({ cell: c.a1, v: String(v) }).not.toEqual({
          cell: c.a1,
          v: expect.stringMatching(/^#[A-Z/0]+[?!]?$/),
        });
      }
      for (const tile of plan.tiles) expect(valueOf(ss, plan.title, tile.valueA1)).toBe('');
    }
  });

  it('regenerating with new data keeps the targets the user typed, and the status follows them', () => {
    const im = importInto(['linkedin-campaign-manager.csv']);
    const opts: TemplateOptions = { ...periodOf(im.tables), compare: 'previous' };
    const t = getTemplate('linkedin-ads');
    const plan = t.build(im.schema, opts);
    applyPlan(im.ss.asGas(), plan);
    const cpc = plan.tiles.find((x) => x.key === 'CPC')!;
    const sheet = sheetOf(im.ss, plan.title);
    sheet.getRange(cpc.targetA1).setValue(0.01);
    const again = t.build(schemaOfSheet(im.ss, im.tables), opts);
    applyPlan(im.ss.asGas(), again);
    expect(sheet.getRange(cpc.targetA1).getValue()).toBe(0.01);
    const status = `F${cpc.valueA1.slice(1)}`;
    expect(sheet.getRange(status).getValue()).toBe('missed');
    sheet.getRange(cpc.targetA1).setValue(1000);
    expect(sheet.getRange(status).getValue()).toBe('met');
  });

  it("reproduces LinkedIn's reported organic engagement rate for every organic post of the real-shaped export", () => {
    const im = importInto(['linkedin-page-content.xlsx']);
    const posts = im.tables.posts!;
    const col = (c: string) => posts.columns.indexOf(c);
    const plan = getTemplate('linkedin-page').build(im.schema, {
      periodStart: '2000-01-01',
      periodEnd: '2030-12-31',
      compare: 'previous',
    });
    applyPlan(im.ss.asGas(), plan);
    const dataRows = sheetOf(im.ss, TABLES.posts.tab)
      .getRange(2, 1, posts.rows.length, im.schema.tabs[TABLES.posts.tab].columns.length)
      .getValues();
    const tabCols = im.schema.tabs[TABLES.posts.tab].columns;
    let checked = 0;
    dataRows.forEach((r, i) => {
      if (r[tabCols.indexOf('distribution')] !== 'organic') return;
      const reported = r[tabCols.indexOf('engagement_rate_reported')];
      if (typeof reported !== 'number') return;
      const rate = valueOf(im.ss, plan.title, `${columnLetter(HELPER_RATE_COLUMN)}${i + 2}`) as number;
      // float32: LinkedIn's value is our double rounded to single precision.
      expect(Math.abs(rate - reported)).toBeLessThanOrEqual(Math.abs(reported) * 2 ** -23);
      checked++;
    });
    expect(col('engagement_rate_reported')).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(5);
  });

  it('social overview: every platform column of the by-platform table equals the registry on that platform’s rows', () => {
    const files = [
      'linkedin-page-content.xlsx',
      'meta-posts-instagram.csv',
      'meta-posts-facebook.csv',
      'x-account-overview.csv',
      'youtube-studio.zip',
    ];
    const im = importInto(files);
    const opts: TemplateOptions = { ...periodOf(im.tables), compare: 'previous' };
    const t = getTemplate('social-overview');
    const plan = t.build(im.schema, opts);
    applyPlan(im.ss.asGas(), plan);
    const head = plan.cells.find((c) => c.value === 'By platform (reporting period)')!;
    const headerRow = Number(head.a1.slice(1)) + 1;
    const platforms = platformsOf(im.schema);
    expect(platforms).toEqual(expect.arrayContaining(['facebook', 'instagram', 'linkedin', 'x', 'youtube']));
    const ctx = oracleCtx(im.schema, t.spec(im.schema));
    const cur: RefWindow = { start: opts.periodStart, end: opts.periodEnd, period: 'current' };
    let numbers = 0;
    platforms.forEach((p, j) => {
      const col = String.fromCharCode(66 + j);
      // Platforms by their own names, not the importers' ids.
      expect(valueOf(im.ss, plan.title, `${col}${headerRow}`)).toBe(
        { facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', x: 'X', youtube: 'YouTube' }[
          p
        ] ?? p,
      );
      BY_PLATFORM.forEach((r, i) => {
        const agg = r.agg({ column: 'platform', equals: p });
        const got = valueOf(im.ss, plan.title, `${col}${headerRow + 1 + i}`);
        const want = missingFor(agg, ctx).length ? '' : tileValue(agg, { tables: im.tables }, ctx, cur);
        expectClose(got, want, `${p} ${r.label}`);
        if (typeof want === 'number') numbers++;
      });
    });
    expect(numbers).toBeGreaterThan(20);
  });

  it('regenerating the social-selling tab keeps the weekly log the user typed', () => {
    const ss = freshSpreadsheet();
    const t = getTemplate('social-selling');
    const opts: TemplateOptions = { periodStart: '2025-06-02', periodEnd: '2025-06-29', compare: 'previous' };
    const schema: DataTabSchema = { tabs: {} };
    const plan = t.build(schema, opts);
    applyPlan(ss.asGas(), plan);
    const filled = fillTab(plan, t.spec(schema));
    typeInto(ss, plan, filled);
    const ssi = plan.tiles.find((x) => x.key === 'SSI')!;
    const before = valueOf(ss, plan.title, ssi.valueA1);
    expect(typeof before).toBe('number');
    applyPlan(ss.asGas(), t.build(schema, opts));
    expect(valueOf(ss, plan.title, ssi.valueA1)).toBe(before);
    // Every typed number is still there (the week column holds dates, checked through SSI above).
    const numbers = Object.entries(filled.edits).filter(([a1]) => !a1.startsWith('A'));
    expect(numbers.length).toBeGreaterThan(100);
    for (const [a1, v] of numbers) expect({ a1, v: valueOf(ss, plan.title, a1) }).toEqual({ a1, v });
  });
});
