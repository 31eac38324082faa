/**
 * Template figures (`npx tsx scripts/bench.ts templates`):
 *  - templates_build_ms: median time to build each template's SheetPlan (pure) for a 1,000-row schema;
 *  - plan_cells_posts_1k / _100k and their ratio: plan size against the posts tab's row count — the
 *    top-posts helper columns are one formula per posts row, everything else is constant;
 *  - eval_linkedin_page_10k_ms ÷ eval_data_only_10k_ms: HyperFormula evaluating the linkedin-page tab
 *    over 10,000 daily + 3,000 posts rows, against loading the same data tabs without the KPI tab.
 */
import { HyperFormula } from 'hyperformula';
import { boundOpenRanges } from '../src/local/hyperformula-formulas';
import { TABLES, type CanonicalTable, type CanonicalValue } from '../src/model/schema';
import { TEMPLATES, getTemplate } from '../src/templates';
import { addDays, isoToSerial } from '../src/templates/period';
import type { DataTabSchema, SheetPlan, TemplateOptions } from '../src/templates/plan';
import { schemaFromTables } from '../src/templates/schema';
import { cellsWithFills } from '../src/templates/plan-fills';
import { median } from './measure';

const OPTS: TemplateOptions = { periodStart: '2025-06-01', periodEnd: '2025-06-28', compare: 'previous' };

function schemaWith(rows: number): DataTabSchema {
  return {
    tabs: Object.fromEntries(
      Object.values(TABLES).map((t) => [
        t.tab,
        { columns: t.columns.map((c) => c.name), rows, platforms: ['linkedin', 'instagram'] },
      ]),
    ),
  };
}

function time(fn: () => void, runs = 5): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

function table(name: 'daily' | 'posts', n: number): CanonicalTable {
  const columns = TABLES[name].columns.map((c) => c.name);
  const rows: CanonicalValue[][] = [];
  for (let i = 0; i < n; i++) {
    const rec: Record<string, CanonicalValue> =
      name === 'daily'
        ? {
            platform: i % 2 ? 'linkedin' : 'instagram',
            account: `a${i % 50}`,
            date: addDays('2024-01-01', i % 600),
            impressions: 100 + (i % 97),
            clicks: i % 13,
            reactions: i % 7,
            comments: i % 3,
            shares: i % 2,
            followers_total: 1000 + i,
          }
        : {
            platform: 'linkedin',
            url: `u${i}`,
            published_at: `${addDays('2024-01-01', i % 600)}T10:00:00Z`,
            distribution: i % 3 ? 'organic' : 'sponsored',
            impressions: 500 + (i % 311),
            clicks: i % 17,
            reactions: i % 11,
            comments: i % 5,
            shares: i % 3,
            follows: i % 2,
            title: `Post ${i}`,
          };
    rows.push(columns.map((c) => rec[c] ?? null));
  }
  return { table: name, columns, rows };
}

function sheetOf(t: CanonicalTable): (string | number | null)[][] {
  const types = new Map(TABLES[t.table].columns.map((c) => [c.name, c.type]));
  return [
    t.columns,
    ...t.rows.map((r) =>
      r.map((v, i) =>
        typeof v === 'string' &&
        (types.get(t.columns[i]) === 'date' || types.get(t.columns[i]) === 'datetime')
          ? isoToSerial(v) + (v.length > 10 ? 10 / 24 : 0)
          : v,
      ),
    ),
  ];
}

/** Whole-column refs bounded to the data, as the emulator's evaluator does. */
function planSheet(plan: SheetPlan, lastRow: number): (string | number | boolean | null)[][] {
  const grid: (string | number | boolean | null)[][] = Array.from({ length: plan.rowCount }, () =>
    Array(plan.columnCount).fill(null),
  );
  for (const c of cellsWithFills(plan)) {
    const m = /^([A-Z]+)(\d+)$/.exec(c.a1)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    if (c.googleOnly) grid[Number(m[2]) - 1][col] = c.portable?.value ?? null;
    else if (c.formula) grid[Number(m[2]) - 1][col] = boundOpenRanges(c.formula, () => lastRow);
    else grid[Number(m[2]) - 1][col] = c.value ?? null;
  }
  return grid;
}

export default async function bench(): Promise<Record<string, unknown>> {
  const small = schemaWith(1000);
  const templates_build_ms: Record<string, number> = {};
  for (const t of TEMPLATES) templates_build_ms[t.id] = Number(time(() => t.build(small, OPTS)).toFixed(2));

  // Plan entries: a fill-down counts once, as the applier writes it with one call.
  const entries = (p: SheetPlan) => p.cells.length + (p.fills?.length ?? 0);
  const cells1k = entries(getTemplate('linkedin-page').build(schemaWith(1000), OPTS));
  const cells100k = entries(getTemplate('linkedin-page').build(schemaWith(100_000), OPTS));

  const daily = table('daily', 10_000);
  const posts = table('posts', 3000);
  const data = { [TABLES.daily.tab]: sheetOf(daily), [TABLES.posts.tab]: sheetOf(posts) };
  const plan = getTemplate('linkedin-page').build(schemaFromTables([daily, posts]), OPTS);
  const cfg = { licenseKey: 'gpl-v3', smartRounding: false };
  const dataOnly = time(() => HyperFormula.buildFromSheets(data, cfg).destroy(), 3);
  const withTab = time(
    () => HyperFormula.buildFromSheets({ ...data, [plan.title]: planSheet(plan, 10_001) }, cfg).destroy(),
    3,
  );

  return {
    templates_build_ms,
    plan_cells_posts_1k: cells1k,
    plan_cells_posts_100k: cells100k,
    plan_cells_ratio_100k_vs_1k: Number((cells100k / cells1k).toFixed(1)),
    eval_data_only_10k_ms: Math.round(dataOnly),
    eval_linkedin_page_10k_ms: Math.round(withTab),
    eval_tab_vs_data_only: Number((withTab / dataOnly).toFixed(2)),
  };
}
