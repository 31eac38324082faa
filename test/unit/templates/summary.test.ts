/**
 * The first screen of a KPI tab: the period, the rule for changes and one plain sentence per
 * headline KPI, built by formulas so it follows the period cells.
 */
import { TEMPLATES, getTemplate } from '../../../src/templates';
import type { SheetPlan, TemplateOptions } from '../../../src/templates/plan';
import { schemaFromTables } from '../../../src/templates/schema';
import { evaluatePlan } from './helpers/hf-tab';
import { syntheticTables } from './helpers/synthetic';

const tables = Object.values(syntheticTables());
const schema = schemaFromTables(tables);
const opts: TemplateOptions = { periodStart: '2025-06-15', periodEnd: '2025-07-12', compare: 'previous' };

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (n: number, d: number) => `${(n * 100).toFixed(d)}%`;
const tile = (plan: SheetPlan, key: string) => plan.tiles.find((t) => t.key === key)!;

describe('the summary sentences', () => {
  it('say each headline KPI, its change and what it is compared with', () => {
    const plan = getTemplate('linkedin-page').build(schema, opts);
    const tab = evaluatePlan(plan, tables);
    expect(tab.get('D4')).toBe('In short');
    const imp = tile(plan, 'IMPRESSIONS');
    const [value, delta] = [tab.get(imp.valueA1) as number, tab.get(imp.deltaA1) as number];
    const dir = delta > 0 ? 'up' : 'down';
    expect(tab.get('D5')).toBe(
      `Impressions ${count(value)}, ${dir} ${pct(Math.abs(delta), 1)} on the previous 28 days`,
    );
    const ctr = tile(plan, 'CTR');
    expect(String(tab.get('D6'))).toMatch(
      new RegExp(
        `^Click-through rate ${pct(tab.get(ctr.valueA1) as number, 2).replace('.', '\\.')}, (up|down) `,
      ),
    );
  });

  it('follow the period cells: a comparison the data does not cover is named instead of a change', () => {
    const plan = getTemplate('linkedin-page').build(schema, opts);
    const tab = evaluatePlan(plan, tables);
    tab.set('B7', 'year');
    expect(tab.get('C7')).toBe('the same days last year');
    expect(String(tab.get('D5'))).toMatch(/^Impressions [\d,]+, but the comparison has 0 of 28 days$/);
  });

  it('flag a comparison mode other than previous or year next to the cell', () => {
    const plan = getTemplate('linkedin-ads').build(schema, opts);
    const tab = evaluatePlan(plan, tables);
    tab.set('B7', 'last month');
    expect(tab.get('C7')).toBe('⚠ type previous or year');
  });

  it('say "no data in the period" rather than leaving a blank', () => {
    const plan = getTemplate('linkedin-ads').build(schema, {
      ...opts,
      periodStart: '2026-01-01',
      periodEnd: '2026-01-28',
    });
    const tab = evaluatePlan(plan, tables);
    expect(tab.get('D5')).toBe('Spend: no data in the period');
  });

  it.each(TEMPLATES.map((t) => [t.id]))(
    '%s puts the summary and every headline tile in the first 30 rows',
    (id) => {
      const plan = getTemplate(id).build(schema, opts);
      const spec = getTemplate(id).spec(schema);
      for (const m of spec.metrics.filter((x) => x.headline)) {
        expect({ key: m.key, row: Number(tile(plan, m.key).valueA1.slice(1)) <= 30 }).toEqual({
          key: m.key,
          row: true,
        });
      }
    },
  );
});
