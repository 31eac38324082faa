/**
 * Social selling, growth and social overview, stated directly in terms of what the user typed
 * or imported (no recipes).
 */
import { getKpi } from '../../../src/kpi/registry';
import type { CanonicalTable } from '../../../src/model/schema';
import { getTemplate } from '../../../src/templates';
import { addDays } from '../../../src/templates/period';
import type { SheetPlan, TemplateOptions } from '../../../src/templates/plan';
import { schemaFromTables } from '../../../src/templates/schema';
import { fillTab } from './helpers/fill';
import { evaluatePlan, type HfTab } from './helpers/hf-tab';
import { syntheticTables } from './helpers/synthetic';

const opts: TemplateOptions = { periodStart: '2025-06-02', periodEnd: '2025-06-29', compare: 'previous' };
const tile = (plan: SheetPlan, tab: HfTab, key: string) =>
  tab.get(plan.tiles.find((t) => t.key === key)!.valueA1);

describe('social-selling', () => {
  const t = getTemplate('social-selling');
  const schema = schemaFromTables([]);
  const plan = t.build(schema, opts);
  const filled = fillTab(plan, t.spec(schema));
  const tab = evaluatePlan(plan, [], filled.edits);
  const log = filled.log!;
  const inPeriod = log.filter((r) => String(r.week) >= opts.periodStart && String(r.week) <= opts.periodEnd);
  const lastWeek = inPeriod.at(-1)!;
  const weekAtStart = log.filter((r) => String(r.week) <= opts.periodStart).at(-1)!;
  const ssiOf = (r: Record<string, unknown>) =>
    ['brand', 'people', 'insights', 'relationships'].reduce((s, p) => s + Number(r[p]), 0);

  it('reads SSI from the last week logged in the period and its change since the week at the start', () => {
    expect(tile(plan, tab, 'SSI')).toBe(ssiOf(lastWeek));
    expect(tile(plan, tab, 'SSI_CHANGE')).toBe(ssiOf(lastWeek) - ssiOf(weekAtStart));
  });

  it('names the weakest pillar of the latest week', () => {
    const pillars = ['brand', 'people', 'insights', 'relationships'].map((p) => lastWeek[p] as number);
    expect(tile(plan, tab, 'WEAKEST_PILLAR')).toBe(getKpi('SSI_FOCUS').compute(pillars));
    expect(typeof tile(plan, tab, 'WEAKEST_PILLAR')).toBe('string');
  });

  it('reads connections at the period end and relevance as relevant ÷ all at that point', () => {
    expect(tile(plan, tab, 'CONNECTIONS')).toBe(lastWeek.connections);
    expect(tile(plan, tab, 'NEW_CONNECTIONS')).toBe(
      Number(lastWeek.connections) - Number(weekAtStart.connections),
    );
    expect(tile(plan, tab, 'NETWORK_RELEVANCE')).toBeCloseTo(
      Number(lastWeek.relevant_connections) / Number(lastWeek.connections),
      12,
    );
  });

  it('sums weekly counts over the period and divides by its weeks for per-week frequencies', () => {
    const sum = (c: string) => inPeriod.reduce((s, r) => s + Number(r[c] ?? 0), 0);
    expect(tile(plan, tab, 'PROFILE_VIEWS')).toBe(sum('profile_views'));
    expect(tile(plan, tab, 'PROFILE_VIEW_RELEVANCE')).toBeCloseTo(
      sum('relevant_views') / sum('profile_views'),
      12,
    );
    expect(tile(plan, tab, 'MESSAGES_PER_WEEK')).toBeCloseTo(sum('messages') / 4, 12);
    expect(tile(plan, tab, 'CONVERSATIONS_PER_WEEK')).toBeCloseTo(sum('conversations') / 4, 12);
  });

  it('lists the whole log as the user’s input, so regenerating keeps it', () => {
    const header = plan.cells.find((c) => c.value === 'Week (date)')!;
    const first = Number(header.a1.slice(1)) + 1;
    expect(plan.inputs).toContain(`A${first}:K${first + 51}`);
  });
});

describe('growth', () => {
  const t = getTemplate('growth');

  it('takes new users from the GA4 tab when it is imported', () => {
    const web = syntheticTables().web;
    const schema = schemaFromTables([web]);
    const plan = t.build(schema, opts);
    const tab = evaluatePlan(plan, [web]);
    const col = (c: string) => web.columns.indexOf(c);
    const expected = web.rows
      .filter((r) => String(r[col('date')]) >= opts.periodStart && String(r[col('date')]) <= opts.periodEnd)
      .reduce((s, r) => s + Number(r[col('new_users')]), 0);
    expect(tile(plan, tab, 'NEW_USERS')).toBe(expected);
  });

  it('lets a number typed in the inputs block override the GA4 new users', () => {
    const web = syntheticTables().web;
    const schema = schemaFromTables([web]);
    const plan = t.build(schema, opts);
    const label = plan.cells.find((c) => c.value === 'New users (leave blank to use GA4)')!;
    const tab = evaluatePlan(plan, [web], { [`B${label.a1.slice(1)}`]: 4242 });
    expect(tile(plan, tab, 'NEW_USERS')).toBe(4242);
  });

  it('takes new users from the input cell when no GA4 data is imported, and computes ratios from inputs', () => {
    const schema = schemaFromTables([]);
    const plan = t.build(schema, opts);
    const filled = fillTab(plan, t.spec(schema));
    const tab = evaluatePlan(plan, [], filled.edits);
    expect(tile(plan, tab, 'NEW_USERS')).toBe(filled.inputs!.new_users[0]);
    const sales = filled.inputs!.sales as [number, number];
    expect(tile(plan, tab, 'SALES_GROWTH')).toBeCloseTo((sales[0] - sales[1]) / sales[1], 12);
    const [dau, mau] = [filled.inputs!.dau[0] as number, filled.inputs!.mau[0] as number];
    expect(tile(plan, tab, 'STICKINESS')).toBeCloseTo(dau / mau, 12);
    expect(tile(plan, tab, 'AVG_DEAL_SIZE')).toBeCloseTo(sales[0] / (filled.inputs!.deals[0] as number), 12);
  });
});

describe('social-overview', () => {
  it('adds followers of each platform read at its own latest date (platforms report on different days)', () => {
    const daily: CanonicalTable = {
      table: 'daily',
      columns: ['platform', 'date', 'followers_total', 'impressions'],
      rows: [
        ['linkedin', '2025-06-20', 1000, 10],
        ['linkedin', '2025-06-25', 1100, 10],
        ['instagram', '2025-06-28', 5000, 10],
        ['instagram', '2025-07-05', 9999, 10],
      ],
    };
    const schema = schemaFromTables([daily]);
    const plan = getTemplate('social-overview').build(schema, opts);
    const tab = evaluatePlan(plan, [daily]);
    expect(tile(plan, tab, 'FOLLOWERS')).toBe(6100);
  });

  it('puts every imported platform in its own column of the by-platform table', () => {
    const tables = Object.values(syntheticTables());
    const schema = schemaFromTables(tables);
    const plan = getTemplate('social-overview').build(schema, opts);
    const tab = evaluatePlan(plan, tables);
    const head = plan.cells.find((c) => c.value === 'By platform (reporting period)')!;
    const row = Number(head.a1.slice(1)) + 1;
    expect([tab.get(`B${row}`), tab.get(`C${row}`)]).toEqual(['Instagram', 'LinkedIn']);
    const daily = syntheticTables().daily;
    const col = (c: string) => daily.columns.indexOf(c);
    const impressions = (p: string) =>
      daily.rows
        .filter(
          (r) =>
            r[col('platform')] === p &&
            String(r[col('date')]) >= opts.periodStart &&
            String(r[col('date')]) <= opts.periodEnd,
        )
        .reduce((s, r) => s + Number(r[col('impressions')]), 0);
    expect([tab.get(`B${row + 2}`), tab.get(`C${row + 2}`)]).toEqual([
      impressions('Instagram'),
      impressions('LinkedIn'),
    ]);
  });

  it('leaves the SENTIMENT tile blank with a note unless the add-on functions are on, then averages SENTIMENT of the pasted comments', () => {
    const schema = schemaFromTables([]);
    const native = getTemplate('social-overview').build(schema, opts);
    const cell = native.cells.find((c) => c.a1 === native.tiles.find((t) => t.key === 'SENTIMENT')!.valueA1)!;
    expect(cell.formula).toBeUndefined();
    expect(cell.note).toMatch(/use add-on functions/);
    const addon = getTemplate('social-overview').build(schema, { ...opts, useAddonFunctions: true });
    const withAddon = addon.cells.find(
      (c) => c.a1 === addon.tiles.find((t) => t.key === 'SENTIMENT')!.valueA1,
    )!;
    const header = addon.cells.find((c) => c.value === 'Comment')!;
    const first = Number(header.a1.slice(1)) + 1;
    expect(withAddon.formula).toBe(`=IFERROR(AVERAGE($B$${first}:$B$${first + 49}),"")`);
    expect(addon.cells.find((c) => c.a1 === `B${first}`)!.formula).toBe(
      `=IF(A${first}="","",SENTIMENT(A${first}))`,
    );
    expect(addon.inputs).toContain(`A${first}:A${first + 49}`);
  });
});

describe('period arithmetic on the tab', () => {
  it('computes the same-period-last-year comparison with EDATE (29 Feb → 28 Feb)', () => {
    const plan = getTemplate('growth').build(schemaFromTables([]), {
      periodStart: '2024-02-01',
      periodEnd: '2024-02-29',
      compare: 'year',
    });
    const tab = evaluatePlan(plan, []);
    expect([tab.get('B8'), tab.get('B9')]).toEqual([44958, 44985]); // 2023-02-01, 2023-02-28
    expect(addDays('2023-02-01', 27)).toBe('2023-02-28');
  });
});
