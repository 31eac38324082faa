import { importFixture, rows, table } from './helpers';

describe('Meta Business Suite post exports', () => {
  it('maps Instagram posts: quoted thousands, MM/DD/YYYY HH:MM publish time, Lifetime column ignored', () => {
    const r = importFixture('meta-posts-instagram.csv');
    expect(r.format).toBe('meta-posts');
    const posts = rows(r, 'posts');
    expect(posts).toHaveLength(20);
    expect(posts.every((p) => p.platform === 'instagram')).toBe(true);
    expect(posts.every((p) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00$/.test(p.published_at as string))).toBe(
      true,
    );
    expect(posts.every((p) => typeof p.views === 'number' && (p.views as number) >= 800)).toBe(true);
    expect(table(r, 'posts').columns).not.toContain('date');
    expect(posts[0].post_id).toBe('17901234567890123');
    expect(posts.map((p) => p.post_type)).toContain('IG reel');
    expect(posts[3].title).toBe('=HYPERLINK("http://x","click")');
    expect(posts[5].title).toBe('Summer vibes ☀️\nNew reel out now');
  });

  it('maps the Facebook variant (Page ID, Reactions, 3-second video views) with platform facebook', () => {
    const r = importFixture('meta-posts-facebook.csv');
    expect(r.format).toBe('meta-posts');
    const posts = rows(r, 'posts');
    expect(posts).toHaveLength(12);
    expect(posts[0]).toMatchObject({
      platform: 'facebook',
      post_id: '104123456789012_900000000000000',
      title: '+1 if you agree',
      description: 'Longer description 1',
      published_at: '2026-06-03T14:46:00',
      page_id: '104123456789012',
    });
    expect(posts.filter((p) => typeof p.video_views_3s === 'number')).toHaveLength(6);
  });
});

describe('Meta per-metric insights (UTF-16LE, sep=, title line)', () => {
  it('puts the metric named by the title line into its column, one row per day', () => {
    const reach = rows(importFixture('meta-insights-reach.csv'), 'daily');
    expect(reach).toHaveLength(92);
    expect(reach[0]).toMatchObject({ platform: 'meta', date: '2026-06-01' });
    expect(typeof reach[0].reach).toBe('number');
    const views = importFixture('meta-insights-views.csv');
    expect(views.format).toBe('meta-insights');
    const v = rows(views, 'daily');
    expect(v[91].date).toBe('2026-08-31');
    expect(typeof v[0].views).toBe('number');
    expect(table(views, 'daily').columns[table(views, 'daily').columns.length - 1]).toBe('views');
  });
});

describe('Facebook legacy post export (description row, duplicate headers)', () => {
  const r = importFixture('facebook-legacy-posts.csv');
  const posts = rows(r, 'posts');

  it('skips the description row and tells duplicate columns apart by their description', () => {
    expect(r.format).toBe('facebook-legacy-posts');
    expect(posts).toHaveLength(15);
    expect(posts[0]).toMatchObject({
      platform: 'facebook',
      post_id: '123456789012345_1000000000000000',
      published_at: '2015-07-01T10:57:00',
      title: 'Legacy update 1: read more on our blog',
      reach: 544,
      impressions: 761,
      engagements: 167,
      clicks: 159,
      shares: 17,
      reactions: 151,
      comments: 1,
    });
  });

  it('reads 12-hour times with AM/PM', () => {
    expect(posts[1].published_at).toMatch(/^2015-07-06T(1[2-9]|2[0-3]):\d{2}:00$/);
  });
});

describe('X exports', () => {
  it('maps tweet activity: ids as text, "424.0" numbers, +0000 times to UTC, promoted "-" as blank', () => {
    const r = importFixture('x-tweet-activity.csv');
    expect(r.format).toBe('x-tweet-activity');
    const posts = rows(r, 'posts');
    expect(posts).toHaveLength(25);
    expect(posts[0]).toMatchObject({
      platform: 'x',
      post_id: '616000000000000000',
      url: 'https://twitter.com/kpisheets/status/616000000000000000',
      published_at: '2015-07-01T09:00:00Z',
      title: '=HYPERLINK("http://x","click")',
      impressions: 316,
      engagements: 15,
      promoted_impressions: null,
    });
    expect(posts[0].engagement_rate_reported).toBeCloseTo(15 / 316, 12);
    expect(posts[7].promoted_impressions).toBe(1500);
    expect(posts[2].title).toBe('Line one\nline two 🐦');
  });

  it('imports the rows before a cut and reports the cut row, never presenting the result as complete', () => {
    const r = importFixture('x-tweet-activity.truncated.csv');
    expect(rows(r, 'posts')).toHaveLength(10);
    expect(r.skipped).toEqual([
      { row: expect.stringContaining('row 12'), reason: expect.stringContaining('cut short') },
    ]);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining('truncated') }),
    );
  });

  it('maps the account overview (newest first, "Tue, Aug 25, 2026" dates) without mixing up Shares and Reposts', () => {
    const r = importFixture('x-account-overview.csv');
    expect(r.format).toBe('x-account-overview');
    const daily = rows(r, 'daily');
    expect(daily).toHaveLength(92);
    expect(daily[0].date).toBe('2026-08-31');
    expect(daily[91].date).toBe('2026-06-01');
    expect(daily[0]).toMatchObject({
      impressions: 2428,
      reactions: 12,
      shares: 11,
      link_shares: 4,
      new_followers: 1,
      lost_followers: 4,
      comments: 5,
      profile_views: 60,
    });
  });
});

describe('YouTube Studio ZIP', () => {
  const r = importFixture('youtube-studio.zip');

  it('imports Table data as posts without the Total row, percents as fractions, durations in seconds', () => {
    expect(r.format).toBe('youtube-studio');
    const posts = rows(r, 'posts');
    expect(posts).toHaveLength(10);
    expect(posts.some((p) => p.post_id === 'Total')).toBe(false);
    expect(posts[0]).toMatchObject({
      platform: 'youtube',
      post_id: 'dQw4w9WgXA0',
      published_at: '2026-06-01',
      views: 4118,
      impressions: 20590,
      watch_time_hours: 205.9,
      ctr_reported: 0.0316,
      average_view_duration_sec: 138,
    });
    expect(posts[2].title).toBe('=IMPORTXML("http://x","//a")');
    expect(r.skipped).toEqual([
      {
        row: expect.stringContaining('Table data.csv", row 2'),
        reason: expect.stringContaining('Total row'),
      },
    ]);
  });

  it('imports Totals as daily video views and lists Chart data as not imported', () => {
    const daily = rows(r, 'daily');
    expect(daily).toHaveLength(92);
    expect(daily[0]).toMatchObject({ platform: 'youtube', date: '2026-06-01', video_views: 74 });
    expect(r.issues).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('"Chart data.csv": not imported') }),
    );
  });

  it('reads the Portuguese export with the same mapping', () => {
    const pt = importFixture('youtube-studio.localized-pt.zip');
    expect(pt.format).toBe('youtube-studio');
    const strip = (p: Record<string, unknown>) => ({ ...p, format: undefined });
    expect(rows(pt, 'posts').map(strip)).toEqual(rows(r, 'posts').slice(0, 4).map(strip));
    expect(rows(pt, 'daily')).toHaveLength(30);
  });
});

describe('TikTok Studio ZIPs (dates without a year)', () => {
  it('infers the year from the ZIP name across New Year', () => {
    const r = importFixture('Overview_2026-01-05_1767571200.zip');
    expect(r.format).toBe('tiktok-studio');
    const daily = rows(r, 'daily');
    expect(daily.map((d) => d.date)).toEqual(
      Array.from({ length: 30 }, (_, i) =>
        new Date(Date.UTC(2025, 11, 7) + i * 86400000).toISOString().slice(0, 10),
      ),
    );
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('years inferred from the date 2026-01-05 in the file name'),
      }),
    );
  });

  it('reads "7 Dec" dates and negative follower differences', () => {
    const daily = rows(importFixture('FollowerHistory_2026-01-05_1767571200.zip'), 'daily');
    expect(daily[0]).toMatchObject({ date: '2025-12-07', followers_total: 1203, followers_change: 3 });
    expect(daily.some((d) => (d.followers_change as number) < 0)).toBe(true);
    for (let i = 1; i < daily.length; i++)
      expect(daily[i].followers_total).toBe(
        (daily[i - 1].followers_total as number) + (daily[i].followers_change as number),
      );
  });

  it('maps content rows with the video id from the link', () => {
    const posts = rows(importFixture('Content_2026-01-05_1767571200.zip'), 'posts');
    expect(posts).toHaveLength(8);
    expect(posts[1]).toMatchObject({
      post_id: '730000000000000008',
      published_at: '2025-12-11',
      title: '@SUM(A1:A9) challenge',
      platform: 'tiktok',
    });
  });

  it('reads a member named with the date inside a differently named ZIP, and Portuguese headers and months', () => {
    expect(rows(importFixture('tiktok-overview.zip'), 'daily')[29].date).toBe('2026-01-05');
    const pt = rows(importFixture('Overview_2026-01-05_pt.zip'), 'daily');
    expect(pt[0]).toMatchObject({ date: '2025-12-07', video_views: 100, profile_views: 10, reactions: 20 });
  });

  it('falls back to the given reference date when the file name has none, and says so', () => {
    const { importFile } = jest.requireActual(
      '../../../src/importers',
    ) as typeof import('../../../src/importers');
    const csv =
      '\ufeff"Date","Video Views","Profile Views","Likes","Comments","Shares"\n"December 31","1","2","3","4","5"\n"January 1","6","7","8","9","10"\n';
    const r = importFile('Overview.csv', new TextEncoder().encode(csv), { today: '2026-01-03' });
    expect(rows(r, 'daily').map((d) => d.date)).toEqual(['2025-12-31', '2026-01-01']);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('no date is after today (2026-01-03)'),
      }),
    );
  });
});

describe('GA4 CSV (# preamble, two tables, Grand total)', () => {
  const r = importFixture('ga4-traffic-acquisition.csv');
  const web = rows(r, 'web');

  it('imports both tables: channel totals for the period (no date) and sessions per day', () => {
    expect(r.format).toBe('ga4');
    expect(r.platform).toBe('google-analytics');
    expect(web.filter((w) => w.date === null).map((w) => w.channel)).toEqual([
      'Organic Search',
      'Direct',
      'Organic Social',
      'Referral',
      'Paid Social',
      'Email',
    ]);
    const days = web.filter((w) => w.date !== null);
    expect(days).toHaveLength(92);
    expect(days[0]).toMatchObject({
      date: '2026-06-01',
      sessions: 777,
      users: 621,
      new_users: 233,
      engagement_rate: 0.369,
    });
  });

  it('drops the Grand total row and reads fractions and "62.5%" alike', () => {
    expect(r.skipped).toEqual([{ row: expect.stringContaining('row 8'), reason: 'report total row' }]);
    for (const w of web) expect(w.engagement_rate as number).toBeLessThanOrEqual(1);
  });
});

describe('Generic tables', () => {
  it('reads a Windows-1252, semicolon, day-first file with localized headers and says how dates were read', () => {
    const r = importFixture('generic-daily-semicolon-1252.csv');
    expect(r.format).toBe('generic');
    expect(r.confidence).toBeLessThan(0.5);
    const daily = rows(r, 'daily');
    expect(daily).toHaveLength(40);
    expect(daily[0]).toMatchObject({
      date: '2026-06-01',
      impressions: 1651,
      reach: 400,
      clicks: 21,
      reactions: 2,
      comments: 6,
      notas: 'Lançamento – café',
    });
    expect(daily[1].notas).toBe('€ promo');
    expect(r.issues).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('day/month/year, decided from all rows') }),
    );
  });

  it('routes a table with titles and links to posts', () => {
    const r = importFixture('generic-posts.tsv');
    const posts = rows(r, 'posts');
    expect(posts).toHaveLength(6);
    expect(posts[0]).toMatchObject({
      url: 'https://example.com/p/1',
      title: 'Post 1',
      published_at: '2026-06-01',
      impressions: 687,
      reactions: 47,
      shares: 8,
    });
  });
});
