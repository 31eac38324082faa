import { applyColumnEdits } from '../../../sidebar/mapping';
import type { CanonicalTable } from '../../../src/model/schema';

const posts: CanonicalTable = {
  table: 'posts',
  columns: ['platform', 'post_id', 'title', 'impressions', 'offsite_views'],
  rows: [
    ['linkedin', '1', 'Hello', 100, 5],
    ['linkedin', '2', 'World', 200, null],
  ],
};

describe('column edits from the mapping step', () => {
  it('leaves the table untouched without edits', () => {
    expect(applyColumnEdits(posts, {})).toBe(posts);
  });

  it('skips a column from the header and every row', () => {
    const t = applyColumnEdits(posts, { offsite_views: { skip: true } });
    expect(t.columns).toEqual(['platform', 'post_id', 'title', 'impressions']);
    expect(t.rows).toEqual([
      ['linkedin', '1', 'Hello', 100],
      ['linkedin', '2', 'World', 200],
    ]);
  });

  it('renames a column and keeps its values', () => {
    const t = applyColumnEdits(posts, { offsite_views: { rename: 'views' } });
    expect(t.columns).toEqual(['platform', 'post_id', 'title', 'impressions', 'views']);
    expect(t.rows[0][4]).toBe(5);
  });

  it('refuses to skip or rename a re-import key column, saying why', () => {
    expect(() => applyColumnEdits(posts, { post_id: { skip: true } })).toThrow(
      '"post_id" identifies rows on re-import, so it cannot be skipped',
    );
    expect(() => applyColumnEdits(posts, { platform: { rename: 'network' } })).toThrow('cannot be renamed');
  });

  it('refuses two columns with the same name', () => {
    expect(() => applyColumnEdits(posts, { offsite_views: { rename: 'impressions' } })).toThrow(
      'Two columns would be called "impressions"',
    );
  });

  it('allows a rename onto a name freed by skipping', () => {
    const t = applyColumnEdits(posts, {
      impressions: { skip: true },
      offsite_views: { rename: 'impressions' },
    });
    expect(t.columns).toEqual(['platform', 'post_id', 'title', 'impressions']);
    expect(t.rows[1]).toEqual(['linkedin', '2', 'World', null]);
  });

  it('refuses names that are not snake_case (they become data-tab headers)', () => {
    expect(() => applyColumnEdits(posts, { title: { rename: '=HYPERLINK("x")' } })).toThrow(
      'Column name "=HYPERLINK("x")" is not allowed',
    );
  });
});
