/** X post exports: one row per post, never folded into days or into one another. */
import { importFixture, rows } from './helpers';

describe('the X post export (account_analytics_content_<from>_<to>.csv)', () => {
  const r = importFixture('account_analytics_content_2025-02-01_2025-02-28.csv');

  it('is read as posts, one row per post even with several posts a day', () => {
    expect(r.format).toBe('x-tweet-activity');
    const posts = rows(r, 'posts');
    expect(posts).toHaveLength(41);
    expect(new Set(posts.map((p) => p.post_id)).size).toBe(41);
    expect(posts[0]).toMatchObject({
      platform: 'x',
      post_id: '1891000040493827161',
      url: 'https://x.com/kpisheets/status/1891000040493827161',
      published_at: '2025-02-28',
      title: '=1+1 is how we count, thread 🧵',
    });
    expect(r.alternatives[0]?.format).toBe('x-account-overview');
  });

  it("keeps X's link shares apart from reposts", () => {
    const first = rows(r, 'posts')[0];
    expect(first).toMatchObject({ shares: 9, link_shares: 4, comments: 1, follows: 1, bookmarks: 3 });
  });
});

describe('tweet activity re-saved by Excel (ids rounded to 6.93E+17)', () => {
  it('takes each id from the permalink and says so at warning level', () => {
    const r = importFixture('x-tweet-activity.excel-resaved.csv');
    const posts = rows(r, 'posts');
    expect(posts).toHaveLength(30);
    for (const p of posts) expect(p.url).toBe(`https://twitter.com/kpisheets/status/${String(p.post_id)}`);
    expect(posts[1].post_id).toBe('693003456789012345');
    expect(posts[0].published_at).toBe('2016-01-10T00:00:00');
    expect(r.issues).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(
        /column "Tweet id": 30 ids were rounded by a spreadsheet program \(row 2 has "6\.93E\+17"\).*taken from the "Tweet permalink" column/,
      ),
    });
  });

  it('without the permalink, rows sharing the rounded id are named in a warning before anything is combined', () => {
    const r = importFixture('x-tweet-activity.excel-resaved.csv', { mapping: { 'Tweet permalink': null } });
    expect(rows(r, 'posts')).toHaveLength(1);
    const warning = r.issues.find((i) => i.level === 'warning' && i.message.includes('same post id'));
    expect(warning?.message).toMatch(
      /^file "x-tweet-activity\.excel-resaved\.csv": some rows have the same post id .* rows 2, 3, 4, 5, 6 and 25 more \("6\.93E\+17"\)/,
    );
  });
});
