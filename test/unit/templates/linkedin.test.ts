/**
 * LinkedIn tabs, stated directly in terms of the canonical rows (no recipes): what a stakeholder
 * reads on the tab is what LinkedIn's own definitions give.
 */
import { getTemplate } from '../../../src/templates';
import { columnLetter } from '../../../src/templates/a1';
import { HELPER_RATE_COLUMN } from '../../../src/templates/post-sections';
import { isoToSerial } from '../../../src/templates/period';
import type { SheetPlan, TemplateOptions } from '../../../src/templates/plan';
import { schemaFromTables } from '../../../src/templates/schema';
import type { CanonicalTable } from '../../../src/model/schema';
import { evaluatePlan, type HfTab } from './helpers/hf-tab';
import { syntheticTables } from './helpers/synthetic';

const data = syntheticTables();
const tables = Object.values(data);
const schema = schemaFromTables(tables);
const opts: TemplateOptions = { periodStart: '2025-06-15', periodEnd: '2025-07-12', compare: 'previous' };

type Row = Record<string, string | number | null>;
const rows = (t: CanonicalTable): Row[] =>
  t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])));
const day = (iso: unknown) => String(iso).slice(0, 10);
const inPeriod = (iso: unknown, from = opts.periodStart, to = opts.periodEnd) =>
  day(iso) >= from && day(iso) <= to;
const n = (v: unknown) => (typeof v === 'number' ? v : 0);
const total = (rs: Row[], col: string) => rs.reduce((s, r) => s + n(r[col]), 0);

function tileOf(plan: SheetPlan, tab: HfTab, key: string): unknown {
  return tab.get(plan.tiles.find((t) => t.key === key)!.valueA1);
}

describe('linkedin-page', () => {
  const plan = getTemplate('linkedin-page').build(schema, opts);
  const tab = evaluatePlan(plan, tables);
  const liDaily = rows(data.daily).filter((r) => r.platform === 'LinkedIn');
  const periodDaily = liDaily.filter((r) => inPeriod(r.date));

  it('sums page impressions and clicks of the LinkedIn days in the period only', () => {
    expect(tileOf(plan, tab, 'IMPRESSIONS')).toBe(total(periodDaily, 'impressions'));
    expect(tileOf(plan, tab, 'CLICKS')).toBe(total(periodDaily, 'clicks'));
  });

  it('pools CTR and engagement rate over the period (Σ numerator ÷ Σ impressions), not a mean of daily rates', () => {
    const impressions = total(periodDaily, 'impressions');
    expect(tileOf(plan, tab, 'CTR')).toBeCloseTo(total(periodDaily, 'clicks') / impressions, 12);
    const engaged = ['clicks', 'reactions', 'comments', 'shares'].reduce(
      (s, c) => s + total(periodDaily, c),
      0,
    );
    expect(tileOf(plan, tab, 'ENGAGEMENT_RATE')).toBeCloseTo(engaged / impressions, 12);
  });

  it('reads followers at the period end (last known value), never summed, and growth from start to end', () => {
    const known = (upTo: string) => liDaily.filter((r) => day(r.date) <= upTo && r.followers_total !== null);
    const end = known(opts.periodEnd).at(-1)!.followers_total as number;
    const start = known(opts.periodStart).at(-1)!.followers_total as number;
    expect(tileOf(plan, tab, 'FOLLOWERS')).toBe(end);
    expect(tileOf(plan, tab, 'FOLLOWER_GROWTH')).toBeCloseTo((end - start) / start, 12);
  });

  it('without imported follower totals, adds the period’s new followers to the opening count the user types', () => {
    const col = data.daily.columns.indexOf('followers_total');
    const noTotals = {
      ...data.daily,
      rows: data.daily.rows.map((r) => r.map((v, i) => (i === col ? null : v))),
    };
    const t = [data.posts, noTotals];
    const p = getTemplate('linkedin-page').build(schemaFromTables(t), opts);
    expect(tileOf(p, evaluatePlan(p, t), 'FOLLOWERS')).toBe('');
    const label = p.cells.find((c) => String(c.value).startsWith('Followers at period start'))!;
    const typed = evaluatePlan(p, t, { [`B${label.a1.slice(1)}`]: 4000 });
    const gained = total(periodDaily, 'new_followers');
    expect(tileOf(p, typed, 'FOLLOWERS')).toBe(4000 + gained);
    expect(tileOf(p, typed, 'FOLLOWER_GROWTH')).toBeCloseTo(gained / 4000, 12);
  });

  it('splits posts published in the period into organic and sponsored without counting Total rows', () => {
    const posts = rows(data.posts).filter((r) => r.platform === 'LinkedIn' && inPeriod(r.published_at));
    const by = (d: string) =>
      total(
        posts.filter((r) => r.distribution === d),
        'impressions',
      );
    const split = plan.cells.find((c) => c.value === 'Organic')!;
    const row = Number(split.a1.slice(1));
    expect(tab.get(`C${row}`)).toBe(by('organic'));
    expect(tab.get(`C${row + 1}`)).toBe(by('sponsored'));
    expect(tab.get(`C${row + 2}`)).toBe(by('organic') + by('sponsored'));
    expect(by('total')).toBeGreaterThan(0);
  });

  it("reproduces LinkedIn's reported organic engagement rate for every organic post (float32 precision)", () => {
    const wide = getTemplate('linkedin-page').build(schema, {
      ...opts,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    const wtab = evaluatePlan(wide, tables);
    let checked = 0;
    data.posts.rows.forEach((r, i) => {
      const row = Object.fromEntries(data.posts.columns.map((c, j) => [c, r[j]]));
      if (row.platform !== 'LinkedIn' || row.distribution !== 'organic') return;
      const rate = wtab.get(`${columnLetter(HELPER_RATE_COLUMN)}${i + 2}`) as number;
      const reported = row.engagement_rate_reported as number;
      expect(Math.abs(rate - reported)).toBeLessThanOrEqual(Math.abs(reported) * 2 ** -23);
      expect(Math.fround(rate)).toBe(reported);
      checked++;
    });
    expect(checked).toBeGreaterThan(20);
  });

  it('lists the top organic posts of the period by engagement rate, best first, with their sponsored impressions', () => {
    const posts = rows(data.posts);
    const organic = posts
      .filter((r) => r.platform === 'LinkedIn' && r.distribution === 'organic' && inPeriod(r.published_at))
      .map((r) => ({
        r,
        rate: (n(r.clicks) + n(r.reactions) + n(r.comments) + n(r.shares) + n(r.follows)) / n(r.impressions),
      }))
      .sort((a, b) => b.rate - a.rate);
    const head = plan.cells.find((c) => c.value === 'Organic engagement rate')!;
    const first = Number(head.a1.slice(1)) + 1;
    organic.slice(0, 10).forEach(({ r, rate }, k) => {
      expect(tab.get(`A${first + k}`)).toBe(r.title);
      expect(tab.get(`D${first + k}`)).toBeCloseTo(rate, 12);
      const sponsored = total(
        posts.filter((p) => p.url === r.url && p.distribution === 'sponsored'),
        'impressions',
      );
      expect(tab.get(`E${first + k}`)).toBe(sponsored);
      expect(tab.get(`F${first + k}`)).toBe(n(r.impressions) + sponsored);
    });
    expect(organic.length).toBeGreaterThanOrEqual(9);
    if (organic.length < 10) expect(tab.get(`A${first + organic.length}`)).toBe('');
  });

  it('keeps a post title that looks like a formula as text', () => {
    const wide = getTemplate('linkedin-page').build(schema, {
      ...opts,
      periodStart: '2025-04-01',
      periodEnd: '2025-04-30',
    });
    const wtab = evaluatePlan(wide, tables);
    const titles = wide.cells.filter((c) => c.formula?.includes('!$F:$F')).map((c) => wtab.get(c.a1));
    expect(titles).toContain('=HYPERLINK("x")');
  });

  it('shows the data-as-of date: the latest date in the data tabs', () => {
    expect(tab.get('B2')).toBe(isoToSerial('2025-07-29'));
  });
});

describe('linkedin-ads', () => {
  const plan = getTemplate('linkedin-ads').build(schema, opts);
  const camp = rows(data.campaigns).filter((r) => inPeriod(r.date));
  const spend = total(camp, 'spend');

  it('computes cost per click, per mille, per conversion and per lead from the period sums', () => {
    const tab = evaluatePlan(plan, tables);
    expect(tileOf(plan, tab, 'SPEND')).toBeCloseTo(spend, 9);
    expect(tileOf(plan, tab, 'CPC')).toBeCloseTo(spend / total(camp, 'clicks'), 9);
    expect(tileOf(plan, tab, 'CPM')).toBeCloseTo((spend * 1000) / total(camp, 'impressions'), 9);
    expect(tileOf(plan, tab, 'CPA')).toBeCloseTo(spend / total(camp, 'conversions'), 9);
    expect(tileOf(plan, tab, 'CPL')).toBeCloseTo(spend / total(camp, 'leads'), 9);
    expect(tileOf(plan, tab, 'CONVERSION_RATE')).toBeCloseTo(
      total(camp, 'conversions') / total(camp, 'clicks'),
      12,
    );
  });

  it('leaves ROAS and ROI blank until revenue is typed, then computes them from the revenue input', () => {
    const revenueLabel = plan.cells.find((c) => c.value === 'Revenue from LinkedIn Ads')!;
    const revenueCell = `B${revenueLabel.a1.slice(1)}`;
    expect(plan.inputs).toContain(revenueCell);
    const blank = evaluatePlan(plan, tables);
    expect(tileOf(plan, blank, 'ROAS')).toBe('');
    const typed = evaluatePlan(plan, tables, { [revenueCell]: 25000 });
    expect(tileOf(plan, typed, 'ROAS')).toBeCloseTo(25000 / spend, 12);
    expect(tileOf(plan, typed, 'ROI')).toBeCloseTo((25000 - spend) / spend, 12);
  });

  it('colours a rising cost red and a falling one green (lower is better)', () => {
    const cpc = plan.tiles.find((t) => t.key === 'CPC')!;
    expect(cpc.higherIsBetter).toBe(false);
    const rising = plan.conditionalRules.find((r) => r.range === cpc.deltaA1 && r.formula.includes('>0'))!;
    expect(rising.style.fontColor).toBe('#c5221f');
  });

  it('with useAddonFunctions writes the custom functions instead of twins', () => {
    const addon = getTemplate('linkedin-ads').build(schema, { ...opts, useAddonFunctions: true });
    const cpc = addon.cells.find((c) => c.a1 === addon.tiles.find((t) => t.key === 'CPC')!.valueA1)!;
    expect(cpc.formula).toMatch(/^=CPC\(\$B\$\d+,\$B\$\d+\)$/);
  });

  it('spells each period sum out once in the workings block and writes rate tiles as their definition over it', () => {
    const formulaOf = (a1: string) => plan.cells.find((c) => c.a1 === a1)?.formula;
    const ctr = plan.tiles.find((t) => t.key === 'CTR')!;
    const m = /^=IF\(OR\((\$B\$\d+)="",\1=0\),"",N\((\$B\$\d+)\)\/\1\)$/.exec(formulaOf(ctr.valueA1)!);
    expect(m).not.toBeNull();
    const [impressions, clicks] = [m![1], m![2]].map((r) => r.replace(/\$/g, ''));
    expect(plan.cells.find((c) => c.a1 === `A${impressions.slice(1)}`)?.value).toMatch(
      /^Σ impressions in Data · Campaigns/,
    );
    // A sum is blank when its row count (its own workings row) is 0.
    const count = /^=IF\(\$B\$(\d+)=0,"",SUMIFS\('Data · Campaigns'!\$K:\$K,/.exec(formulaOf(impressions)!);
    expect(count).not.toBeNull();
    expect(formulaOf(`B${count![1]}`)).toMatch(/^=COUNTIFS\('Data · Campaigns'!\$C:\$C,">="&\$B\$5,/);
    expect(plan.cells.find((c) => c.a1 === `A${clicks.slice(1)}`)?.value).toMatch(
      /^Σ clicks in Data · Campaigns/,
    );
    const described = plan.cells.filter((c) => c.a1.startsWith('A') && String(c.value).startsWith('Σ '));
    expect(new Set(described.map((c) => c.value)).size).toBe(described.length);
  });
});
