import { mergeRows } from '../../../src/model/merge';
import { TABLES, type CanonicalTable, type CanonicalValue } from '../../../src/model/schema';

const postCols = TABLES.posts.columns.map((c) => c.name);
const post = (v: Record<string, CanonicalValue>): CanonicalValue[] => postCols.map((c) => v[c] ?? null);
const posts = (...rows: Record<string, CanonicalValue>[]): CanonicalTable => ({
  table: 'posts',
  columns: postCols,
  rows: rows.map(post),
});

describe('mergeRows: re-importing updates by natural key and adds nothing twice', () => {
  const a = { platform: 'linkedin', post_id: '1', distribution: 'organic', impressions: 100 };
  const b = { platform: 'linkedin', post_id: '2', distribution: 'organic', impressions: 50 };

  it('adds every row into an empty table', () => {
    const r = mergeRows(null, posts(a, b));
    expect([r.added, r.updated, r.unchanged, r.skipped.length]).toEqual([2, 0, 0, 0]);
    expect(r.table.rows).toHaveLength(2);
  });

  it('counts the same export imported again as unchanged and leaves the table as it was', () => {
    const once = mergeRows(null, posts(a, b));
    const twice = mergeRows(once.table, posts(a, b));
    expect([twice.added, twice.updated, twice.unchanged]).toEqual([0, 0, 2]);
    expect(twice.table).toEqual(once.table);
  });

  it('updates rows whose numbers changed and adds the new ones from an overlapping export', () => {
    const first = mergeRows(null, posts(a, b)).table;
    const r = mergeRows(
      first,
      posts({ ...b, impressions: 75 }, { platform: 'linkedin', post_id: '3', impressions: 9 }),
    );
    expect([r.added, r.updated, r.unchanged]).toEqual([1, 1, 0]);
    expect(r.table.rows.map((x) => x[postCols.indexOf('impressions')])).toEqual([100, 75, 9]);
  });

  it('keeps organic, sponsored-per-campaign and total rows of one post apart', () => {
    const r = mergeRows(
      null,
      posts(
        { ...a, distribution: 'organic' },
        { ...a, distribution: 'sponsored', campaign: 'A' },
        { ...a, distribution: 'sponsored', campaign: 'B' },
        { ...a, distribution: 'total' },
      ),
    );
    expect(r.added).toBe(4);
  });

  it('uses the first non-blank key alternative (post id, else url)', () => {
    const byUrl = { platform: 'x', url: 'https://x.com/1', impressions: 1 };
    const r = mergeRows(mergeRows(null, posts(byUrl)).table, posts({ ...byUrl, impressions: 2 }));
    expect([r.added, r.updated]).toEqual([0, 1]);
  });

  it('never erases a stored value with a blank from a later export', () => {
    const first = mergeRows(null, posts({ ...a, reactions: 7 })).table;
    const r = mergeRows(first, posts({ ...a, impressions: 120 }));
    const row = r.table.rows[0];
    expect(row[postCols.indexOf('reactions')]).toBe(7);
    expect(row[postCols.indexOf('impressions')]).toBe(120);
  });

  it('skips rows without their identifying key, with a reason', () => {
    const r = mergeRows(null, posts({ platform: 'x', title: 'no id or link', impressions: 3 }));
    expect(r.added).toBe(0);
    expect(r.skipped).toEqual([
      { row: 'posts row 1', reason: 'no post_id or url, so the row cannot be matched on re-import' },
    ]);
  });

  it('appends extra columns of the incoming table and pads the stored rows', () => {
    const first = mergeRows(null, posts(a)).table;
    const extra: CanonicalTable = {
      table: 'posts',
      columns: [...postCols, 'audience'],
      rows: [[...post(b), 'All followers']],
    };
    const r = mergeRows(first, extra);
    expect(r.table.columns[r.table.columns.length - 1]).toBe('audience');
    expect(r.table.rows.map((x) => x[x.length - 1])).toEqual([null, 'All followers']);
  });

  it('refuses to merge different tables', () => {
    expect(() => mergeRows(posts(a), { table: 'daily', columns: ['date'], rows: [] })).toThrow(
      'cannot merge table "daily" into "posts"',
    );
  });
});
