/**
 * Honest empty states: a KPI without data says which export fills it, on the tab where a
 * stakeholder reads it, and a tab made from data that does not fit it says so at the top.
 */
import { getTemplate } from '../../../src/templates';
import type { TemplateOptions } from '../../../src/templates/plan';
import { schemaFromTables } from '../../../src/templates/schema';
import { evaluatePlan } from './helpers/hf-tab';
import { syntheticTables } from './helpers/synthetic';

const opts: TemplateOptions = { periodStart: '2025-06-15', periodEnd: '2025-07-12', compare: 'previous' };
const data = syntheticTables();

describe('a KPI tab without the data it needs', () => {
  it('an ads tab made from page data says, at the top, that it needs a Campaign Manager export', () => {
    const tables = [data.posts, data.daily];
    const plan = getTemplate('linkedin-ads').build(schemaFromTables(tables), opts);
    const tab = evaluatePlan(plan, tables);
    expect(tab.get('D5')).toBe(
      'No headline KPI has data yet: import a LinkedIn Campaign Manager campaign export.',
    );
    const spend = plan.tiles.find((t) => t.key === 'SPEND')!;
    expect(tab.get(spend.valueA1)).toBe('');
    const row = spend.valueA1.slice(1);
    expect(tab.get(`G${row}`)).toBe('No data: import a LinkedIn Campaign Manager campaign export');
  });

  it('a LinkedIn tab without page metrics names the export that fills the follower rows', () => {
    const noFollowers = {
      ...data.daily,
      columns: data.daily.columns.filter((c) => c !== 'new_followers'),
      rows: data.daily.rows.map((r) => r.filter((_, i) => data.daily.columns[i] !== 'new_followers')),
    };
    const tables = [data.posts, noFollowers];
    const plan = getTemplate('linkedin-page').build(schemaFromTables(tables), opts);
    const tab = evaluatePlan(plan, tables);
    const follows = plan.tiles.find((t) => t.key === 'FOLLOWS')!;
    const impressions = plan.tiles.find((t) => t.key === 'IMPRESSIONS')!;
    // Posts carry follows, so the tile falls back to them; page impressions still come from daily.
    expect(typeof tab.get(follows.valueA1)).toBe('number');
    expect(tab.get(`G${impressions.valueA1.slice(1)}`)).not.toMatch(/^No data/);
    const withoutPosts = [noFollowers];
    const p2 = getTemplate('linkedin-page').build(schemaFromTables(withoutPosts), opts);
    const t2 = evaluatePlan(p2, withoutPosts);
    const f2 = p2.tiles.find((t) => t.key === 'FOLLOWS')!;
    expect(t2.get(f2.valueA1)).toBe('');
    expect(String(t2.get(`G${f2.valueA1.slice(1)}`))).toMatch(
      /^No data: tab "Data · Daily" has no column "new_followers" — import a page metrics export \(LinkedIn Page — Content, Followers or Visitors/,
    );
  });
});
