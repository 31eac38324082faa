/**
 * Honest comparisons: a change (Δ) is shown only when the data covers enough of the days of both
 * the period and the comparison period (the rule is a cell on the tab); otherwise the Δ cell says
 * how many days the short window has. Read as a stakeholder reads the tab.
 */
import { getTemplate } from '../../../src/templates';
import type { SheetPlan, TemplateOptions } from '../../../src/templates/plan';
import { schemaFromTables } from '../../../src/templates/schema';
import { evaluatePlan, type HfTab } from './helpers/hf-tab';
import { FIRST_DAY, syntheticTables } from './helpers/synthetic';

const tables = Object.values(syntheticTables());
const schema = schemaFromTables(tables);

function tile(plan: SheetPlan, key: string) {
  return plan.tiles.find((t) => t.key === key)!;
}

function build(id: string, opts: TemplateOptions): { plan: SheetPlan; tab: HfTab } {
  const plan = getTemplate(id).build(schema, opts);
  return { plan, tab: evaluatePlan(plan, tables) };
}

describe('a comparison the data barely covers', () => {
  // The data starts on 2025-04-01: the previous 89 days (2025-02-02 … 2025-05-01) have 31 of them.
  const opts: TemplateOptions = { periodStart: '2025-05-02', periodEnd: '2025-07-29', compare: 'previous' };
  expect(FIRST_DAY).toBe('2025-04-01');

  it.each(['linkedin-page', 'linkedin-ads', 'social-overview'])(
    '%s shows the comparison value but, instead of a change, "comparison has 31 of 89 days"',
    (id) => {
      const { plan, tab } = build(id, opts);
      const impressions = tile(plan, 'IMPRESSIONS');
      expect(typeof tab.get(impressions.compareA1)).toBe('number');
      expect(tab.get(impressions.deltaA1)).toBe('comparison has 31 of 89 days');
    },
  );

  it('states the rule on the tab, and lowering it there lets the change show', () => {
    const { plan, tab } = build('linkedin-page', opts);
    expect(plan.cells.find((c) => c.a1 === 'A10')?.value).toBe('Show changes when data covers');
    expect(tab.get('B10')).toBe(0.9);
    expect(plan.inputs).toContain('B10');
    tab.set('B10', 0.3);
    const t = tile(plan, 'IMPRESSIONS');
    const [b, c] = [tab.get(t.valueA1) as number, tab.get(t.compareA1) as number];
    expect(tab.get(t.deltaA1)).toBeCloseTo(Math.round(((b - c) / c) * 1000) / 1000, 12);
  });

  it('says the period itself is short when the data ends inside it', () => {
    const { plan, tab } = build('linkedin-ads', {
      periodStart: '2025-07-01',
      periodEnd: '2025-08-31',
      compare: 'previous',
    });
    // The synthetic data ends on 2025-07-29: 29 of the 62 days.
    expect(tab.get(tile(plan, 'SPEND').deltaA1)).toBe('period has 29 of 62 days');
  });

  it('says a year-on-year comparison before the data has 0 days, instead of a blank', () => {
    const { plan, tab } = build('linkedin-page', {
      periodStart: '2025-06-15',
      periodEnd: '2025-07-12',
      compare: 'year',
    });
    expect(tab.get(tile(plan, 'CTR').deltaA1)).toBe('comparison has 0 of 28 days');
  });
});

describe('a comparison the data covers', () => {
  const opts: TemplateOptions = { periodStart: '2025-06-15', periodEnd: '2025-07-12', compare: 'previous' };

  it('shows the relative change rounded to the 0.1 % it displays', () => {
    const { plan, tab } = build('linkedin-page', opts);
    for (const key of ['IMPRESSIONS', 'CTR', 'ENGAGEMENT_RATE']) {
      const t = tile(plan, key);
      const [b, c] = [tab.get(t.valueA1) as number, tab.get(t.compareA1) as number];
      expect(tab.get(t.deltaA1)).toBeCloseTo(Math.round(((b - c) / Math.abs(c)) * 1000) / 1000, 12);
    }
  });

  it('shows an unchanged cost (+0.004 %) as – 0.0% in neither red nor green', () => {
    const { plan, tab } = build('linkedin-ads', opts);
    const cpm = tile(plan, 'CPM');
    tab.set(cpm.compareA1, 10);
    tab.set(cpm.valueA1, 10.0004);
    expect(tab.get(cpm.deltaA1)).toBe(0);
    const rules = plan.conditionalRules.filter((r) => r.range === cpm.deltaA1);
    expect(rules.length).toBe(2);
    // Each colour rule, evaluated on the tab, is FALSE for an unchanged value.
    for (const r of rules) {
      tab.set('Z200', r.formula);
      expect(tab.get('Z200')).toBe(false);
    }
  });
});
