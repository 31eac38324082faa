/** What the sidebar says before a tab is made: the fitting template and a coverage warning. */
import { TABLES } from '../../../src/model/schema';
import { coverageWarning, fittingTemplate } from '../../../src/templates/fit';
import type { DataTabSchema } from '../../../src/templates/plan';

const tab = (t: keyof typeof TABLES, rows: number, platforms?: string[]) => ({
  [TABLES[t].tab]: {
    columns: TABLES[t].columns.map((c) => c.name),
    rows,
    ...(platforms ? { platforms } : {}),
  },
});
const schema = (...tabs: Record<string, DataTabSchema['tabs'][string]>[]): DataTabSchema => ({
  tabs: Object.assign({}, ...tabs),
});

describe('the template the sidebar pre-selects', () => {
  it.each([
    [
      'LinkedIn page exports',
      schema(tab('posts', 40, ['linkedin']), tab('daily', 90, ['linkedin'])),
      'linkedin-page',
    ],
    ['a Campaign Manager export alone', schema(tab('campaigns', 30, ['linkedin'])), 'linkedin-ads'],
    [
      'several platforms',
      schema(tab('posts', 40, ['linkedin', 'x']), tab('daily', 9, ['instagram'])),
      'social-overview',
    ],
    ['GA4 alone', schema(tab('web', 60)), 'growth'],
  ])('for %s', (_label, s, id) => {
    expect(fittingTemplate(s)).toBe(id);
  });
});

describe('the coverage warning before a tab is made', () => {
  const range = { first: '2024-12-01', last: '2025-06-30' };

  it('names the comparison period and its days with data (Jan–Jun 2025 vs the previous 181 days: 31)', () => {
    expect(coverageWarning(range, { start: '2025-01-01', end: '2025-06-30' }, 'previous')).toBe(
      'The comparison period (2024-07-04 – 2024-12-31) has data on 31 of its 181 days: the tab will show no change, and say why.',
    );
  });

  it('says nothing when the data covers both windows (the default last 28 days)', () => {
    expect(coverageWarning(range, {}, 'previous')).toBeNull();
  });

  it('warns about the period itself when it runs past the data', () => {
    expect(coverageWarning(range, { start: '2025-06-01', end: '2025-07-31' }, 'previous')).toMatch(
      /^The period \(2025-06-01 – 2025-07-31\) has data on 30 of its 61 days/,
    );
  });
});
