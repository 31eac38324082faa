/**
 * The social overview counts every imported platform by one rule — its daily page metrics, else its
 * posts (Total rows of boosted posts left out), else its ad campaigns — and names platforms properly.
 */
import { TABLES, type CanonicalTable, type TableName } from '../../../src/model/schema';
import { getTemplate } from '../../../src/templates';
import type { TemplateOptions } from '../../../src/templates/plan';
import { schemaFromTables } from '../../../src/templates/schema';
import { evaluatePlan } from './helpers/hf-tab';

const opts: TemplateOptions = { periodStart: '2025-06-01', periodEnd: '2025-06-28', compare: 'previous' };

function table(name: TableName, rows: Record<string, string | number>[]): CanonicalTable {
  const columns = TABLES[name].columns.map((c) => c.name);
  return { table: name, columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) };
}

const daily = table('daily', [
  { platform: 'linkedin', date: '2025-06-03', impressions: 1000, reactions: 30, comments: 5, shares: 2 },
  { platform: 'instagram', date: '2025-06-04', impressions: 4000, reach: 2500, reactions: 90 },
]);
const posts = table('posts', [
  {
    platform: 'x',
    published_at: '2025-06-05T10:00:00Z',
    distribution: 'organic',
    impressions: 700,
    reactions: 7,
  },
  { platform: 'x', published_at: '2025-06-05T10:00:00Z', distribution: 'sponsored', impressions: 300 },
  { platform: 'x', published_at: '2025-06-05T10:00:00Z', distribution: 'total', impressions: 1000 },
]);
const campaigns = table('campaigns', [
  { platform: 'tiktok', date: '2025-06-06', impressions: 20000, clicks: 40, spend: 12 },
]);

function tiles(tables: CanonicalTable[]) {
  const plan = getTemplate('social-overview').build(schemaFromTables(tables), opts);
  const tab = evaluatePlan(plan, tables);
  const value = (key: string) => tab.get(plan.tiles.find((t) => t.key === key)!.valueA1);
  return { plan, tab, value };
}

describe('social overview totals', () => {
  it('add every platform: LinkedIn and Instagram page metrics, X posts (no Total rows), TikTok ads', () => {
    const { value } = tiles([daily, posts, campaigns]);
    expect(value('IMPRESSIONS')).toBe(1000 + 4000 + 700 + 300 + 20000);
    expect(value('ENGAGEMENTS')).toBe(30 + 5 + 2 + 90 + 7);
  });

  it('with Campaign Manager alone, show the campaigns’ impressions instead of blanks', () => {
    const li = table('campaigns', [
      { platform: 'linkedin', date: '2025-06-06', impressions: 5000, clicks: 9 },
    ]);
    expect(tiles([li]).value('IMPRESSIONS')).toBe(5000);
  });

  it('name platforms as their brands spell them in the by-platform table', () => {
    const { plan, tab } = tiles([daily, posts, campaigns]);
    const head = plan.cells.find((c) => c.value === 'By platform (reporting period)')!;
    const row = Number(head.a1.slice(1)) + 1;
    expect(['B', 'C', 'D', 'E'].map((l) => tab.get(`${l}${row}`))).toEqual([
      'Instagram',
      'LinkedIn',
      'TikTok',
      'X',
    ]);
  });
});
