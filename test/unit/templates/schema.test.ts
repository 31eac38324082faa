import { TABLES, type CanonicalTable } from '../../../src/model/schema';
import {
  schemaFromTables,
  tabEntryFromHeader,
  tableOfTab,
  tabOf,
  withTab,
} from '../../../src/templates/schema';

const posts = (platforms: string[], extra: string[] = []): CanonicalTable => ({
  table: 'posts',
  columns: ['platform', 'post_id', ...extra],
  rows: platforms.map((p, i) => [p, String(i), ...extra.map(() => 1)]),
});

describe('schemaFromTables', () => {
  it('describes each data tab by its title, columns, row count and distinct platforms', () => {
    const s = schemaFromTables([posts(['linkedin', 'LinkedIn ', 'instagram'])]);
    expect(s.tabs[TABLES.posts.tab]).toEqual({
      columns: ['platform', 'post_id'],
      rows: 3,
      platforms: ['instagram', 'linkedin'],
    });
  });

  it('merges several imports of one table: rows add up, new columns are appended, platforms united', () => {
    const s = schemaFromTables([posts(['linkedin']), posts(['x', 'x'], ['views'])]);
    expect(s.tabs[TABLES.posts.tab]).toEqual({
      columns: ['platform', 'post_id', 'views'],
      rows: 3,
      platforms: ['linkedin', 'x'],
    });
  });

  it('leaves platforms out for tables without a platform column (GA4)', () => {
    const s = schemaFromTables([{ table: 'web', columns: ['date', 'sessions'], rows: [['2025-01-01', 3]] }]);
    expect(s.tabs[TABLES.web.tab]).toEqual({ columns: ['date', 'sessions'], rows: 1 });
  });
});

describe('tabEntryFromHeader (what Apps Script reads off the sheet)', () => {
  it('trims header cells and keeps blank ones so column positions hold', () => {
    expect(
      tabEntryFromHeader('Data · Daily', [' date ', '', 'impressions', null], 12, ['x', 'linkedin']),
    ).toEqual({
      columns: ['date', '', 'impressions', ''],
      rows: 12,
      platforms: ['linkedin', 'x'],
    });
  });

  it('names the tab and says what to do when row 1 is not a header row', () => {
    expect(() => tabEntryFromHeader('Data · Posts', 'oops', 3)).toThrow(
      'Tab "Data · Posts": row 1 should hold column names — found something else. Re-import the data.',
    );
    expect(() => tabEntryFromHeader('Data · Posts', [['nested']], 3)).toThrow(/Re-import the data/);
  });

  it('rejects a row count that is not a whole number', () => {
    expect(() => tabEntryFromHeader('Data · Posts', ['a'], -1)).toThrow(/row count -1/);
  });
});

describe('tab names', () => {
  it('maps tables to data tabs and back', () => {
    expect(tabOf('campaigns')).toBe('Data · Campaigns');
    expect(tableOfTab('Data · Campaigns')).toBe('campaigns');
    expect(tableOfTab('KPI tab')).toBeUndefined();
  });

  it('withTab returns a new schema and leaves the old one as it was', () => {
    const a = schemaFromTables([posts(['x'])]);
    const b = withTab(a, 'Data · Web', { columns: ['date'], rows: 0 });
    expect(Object.keys(b.tabs)).toEqual(['Data · Posts', 'Data · Web']);
    expect(Object.keys(a.tabs)).toEqual(['Data · Posts']);
  });
});
