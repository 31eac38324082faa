/**
 * Values a tab filters on are matched exactly: SUMIFS/COUNTIFS read * ? as wildcards and ~ as
 * their escape, so a platform or URL holding them would otherwise pull in other rows.
 */
import { TABLES, type CanonicalTable } from '../../../src/model/schema';
import { getTemplate } from '../../../src/templates';
import type { TemplateOptions } from '../../../src/templates/plan';
import { schemaFromTables } from '../../../src/templates/schema';
import { evaluatePlan } from './helpers/hf-tab';

const opts: TemplateOptions = { periodStart: '2025-06-01', periodEnd: '2025-06-28', compare: 'previous' };

function table(name: 'daily' | 'posts', rows: Record<string, string | number>[]): CanonicalTable {
  const columns = TABLES[name].columns.map((c) => c.name);
  return { table: name, columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) };
}

// Every wildcard character, alone and escaped, next to the names it would match as a pattern.
const PLATFORMS = ['a*b', 'a?b', 'a~b', 'a~~b', 'axb', 'ab', 'a~*b', '*', '?', '~'];

describe('exact matching of filter values', () => {
  it('gives each platform of the overview only its own rows, whatever * ? or ~ it holds', () => {
    const daily = table(
      'daily',
      PLATFORMS.map((platform, i) => ({ platform, date: '2025-06-10', impressions: 2 ** i })),
    );
    const plan = getTemplate('social-overview').build(schemaFromTables([daily]), opts);
    const tab = evaluatePlan(plan, [daily]);
    const head = plan.cells.find((c) => c.value === 'By platform (reporting period)')!;
    const header = Number(head.a1.slice(1)) + 1;
    const impressionsRow = header + 2;
    const shown = new Map<string, unknown>();
    for (let col = 2; col < 2 + PLATFORMS.length; col++) {
      const l = String.fromCharCode(64 + col);
      shown.set(String(tab.get(`${l}${header}`)), tab.get(`${l}${impressionsRow}`));
    }
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(PLATFORMS.map((p, i) => [p, 2 ** i])));
  });

  it('adds to a top post only the sponsored impressions of its own URL, even with ? and * in it', () => {
    const base = { platform: 'linkedin', published_at: '2025-06-10T09:00:00Z', clicks: 1, reactions: 1 };
    const urls = [
      'https://x.test/p?id=1',
      'https://x.test/p?id=2',
      'https://x.test/p*',
      'https://x.test/p~1',
    ];
    const posts = table(
      'posts',
      urls.flatMap((url, i) => [
        { ...base, url, title: `Post ${i}`, distribution: 'organic', impressions: 100 * (i + 1) },
        { ...base, url, title: `Post ${i}`, distribution: 'sponsored', impressions: 1000 * 2 ** i },
      ]),
    );
    const plan = getTemplate('linkedin-page').build(schemaFromTables([posts]), opts);
    const tab = evaluatePlan(plan, [posts]);
    const head = plan.cells.find((c) => c.value === 'Sponsored impressions')!;
    const first = Number(head.a1.slice(1)) + 1;
    const byTitle = new Map<unknown, unknown>();
    for (let k = 0; k < urls.length; k++) byTitle.set(tab.get(`A${first + k}`), tab.get(`E${first + k}`));
    expect(Object.fromEntries(byTitle)).toEqual(
      Object.fromEntries(urls.map((_, i) => [`Post ${i}`, 1000 * 2 ** i])),
    );
  });
});
