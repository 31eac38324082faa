import { LINKEDIN_POST_ID } from '../../../src/importers/formats/helpers';
import { importFixture, rows, table } from './helpers';

describe('LinkedIn Page content export (XLSX, description row above the header)', () => {
  const result = importFixture('linkedin-page-content.xlsx');
  const posts = rows(result, 'posts');
  const daily = rows(result, 'daily');

  it('is detected as LinkedIn Page content with sheet-level evidence', () => {
    expect(result.format).toBe('linkedin-page-content');
    expect(result.platform).toBe('linkedin');
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
    expect(result.evidence.some((e) => e.includes('sheet "All posts", row 2'))).toBe(true);
    expect(result.evidence.some((e) => e.includes('sheet "Metrics", row 2'))).toBe(true);
  });

  it('maps the first post exactly (hand-checked golden row)', () => {
    expect(posts[0]).toEqual({
      platform: 'linkedin',
      format: 'linkedin-page-content',
      post_id: '7200000000000000000',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000000',
      published_at: '2026-06-01',
      title: 'We are hiring! 🚀 Join our data team',
      post_type: 'Image',
      distribution: 'organic',
      campaign: null,
      impressions: 3053,
      reach: null,
      views: null,
      clicks: 96,
      reactions: 78,
      comments: 24,
      shares: 3,
      saves: null,
      follows: 7,
      engagements: null,
      video_completions: null,
      watch_time_hours: null,
      ctr_reported: Math.fround(96 / 3053),
      engagement_rate_reported: Math.fround((96 + 78 + 24 + 3 + 7) / 3053),
      posted_by: 'Marta Silva',
      campaign_start_date: null,
      campaign_end_date: null,
      audience: 'All followers',
      offsite_views: null,
    });
  });

  it('keeps model columns first, then the extra columns of the export', () => {
    const t = table(result, 'posts');
    expect(t.columns.slice(0, 3)).toEqual(['platform', 'format', 'post_id']);
    expect(t.columns.slice(-5)).toEqual([
      'posted_by',
      'campaign_start_date',
      'campaign_end_date',
      'audience',
      'offsite_views',
    ]);
  });

  it('keeps a boosted post as organic, one sponsored row per campaign and a total row, so sums never double-count', () => {
    const boosted = posts.filter((p) => p.title === 'Customer story: Acme Corp, 3× pipeline');
    expect(boosted.map((p) => [p.distribution, p.campaign])).toEqual([
      ['organic', null],
      ['sponsored', 'Acme story — awareness'],
      ['sponsored', 'Acme story — retargeting'],
      ['total', null],
    ]);
    const parts = boosted
      .filter((p) => p.distribution !== 'total')
      .reduce((s, p) => s + (p.impressions as number), 0);
    expect(boosted[3].impressions).toBe(parts);
    expect(new Set(boosted.map((p) => p.post_id)).size).toBe(1);
  });

  it('reports rates LinkedIn computed at float32 precision that our formulas reproduce for organic rows', () => {
    for (const p of posts.filter((x) => x.distribution === 'organic')) {
      const n = p.impressions as number;
      expect(p.ctr_reported).toBe(Math.fround((p.clicks as number) / n));
      const eng =
        (p.clicks as number) +
        (p.reactions as number) +
        (p.comments as number) +
        (p.shares as number) +
        (p.follows as number);
      expect(p.engagement_rate_reported).toBe(Math.fround(eng / n));
    }
  });

  it('keeps emoji, newlines, math-bold text and an injection payload as plain text', () => {
    const titles = posts.map((p) => p.title);
    expect(titles).toContain('Q2 results are in.\nRevenue up 12% 📈\n#growth');
    expect(titles).toContain('𝗕𝗶𝗴 𝗻𝗲𝘄𝘀: our new analytics dashboard');
    expect(titles).toContain('=HYPERLINK("http://x","click")');
  });

  it('reads MM/DD/YYYY text dates as ISO dates spanning more than two months', () => {
    const dates = posts.map((p) => p.published_at as string).sort();
    expect(dates[0]).toBe('2026-06-01');
    expect(dates[dates.length - 1]).toBe('2026-08-31');
    expect(daily).toHaveLength(92);
    expect(daily[0].date).toBe('2026-06-01');
    expect(daily[91].date).toBe('2026-08-31');
  });

  it('maps the Metrics sheet: totals to model columns, organic/sponsored splits kept as extras', () => {
    for (const d of daily) {
      expect(d.impressions).toBe((d.impressions_organic as number) + (d.impressions_sponsored as number));
      expect(d.clicks).toBe((d.clicks_organic as number) + (d.clicks_sponsored as number));
      expect(typeof d.engagement_rate_total).toBe('number');
    }
    expect(daily[0]).toMatchObject({
      platform: 'linkedin',
      date: '2026-06-01',
      impressions: 521,
      unique_impressions: 323,
      clicks: 31,
      reactions: 25,
      comments: 4,
      shares: 5,
    });
  });

  it('derives the post id (text, 19 digits) from the post link', () => {
    for (const p of posts) {
      expect(typeof p.post_id).toBe('string');
      expect(LINKEDIN_POST_ID.exec(p.url as string)?.[1]).toBe(p.post_id);
    }
  });

  it('gives the same tables after Excel re-saved the file with real date cells', () => {
    const resaved = importFixture('linkedin-page-content.excel-resaved.xlsx');
    expect(resaved.tables).toEqual(result.tables);
  });

  it('gives the same posts from the Google Sheets CSV download of the All posts sheet', () => {
    const csv = importFixture('linkedin-page-content.google-sheets.csv');
    expect(csv.format).toBe('linkedin-page-content');
    expect(table(csv, 'posts')).toEqual(table(result, 'posts'));
  });

  it('reads the older XLS layout with Update title / Update link headers', () => {
    const legacy = importFixture('linkedin-page-content.legacy.xls');
    expect(legacy.format).toBe('linkedin-page-content');
    expect(rows(legacy, 'posts').map((p) => p.title)).toEqual(posts.slice(0, 6).map((p) => p.title));
    expect(rows(legacy, 'posts')[0].url).toBe(posts[0].url);
  });
});

describe('LinkedIn Page followers and visitors exports', () => {
  it('imports new followers per day and lists the demographic sheets as not imported', () => {
    const r = importFixture('linkedin-page-followers.xlsx');
    expect(r.format).toBe('linkedin-page-followers');
    const daily = rows(r, 'daily');
    expect(daily).toHaveLength(92);
    for (const d of daily) {
      expect(d.new_followers).toBe(
        (d.sponsored_followers as number) +
          (d.organic_followers as number) +
          (d.auto_invited_followers as number),
      );
    }
    const notImported = r.issues.filter((i) => i.message.includes('not imported'));
    expect(notImported.map((i) => /sheet "([^"]+)"/.exec(i.message)?.[1])).toEqual([
      'Location',
      'Job function',
      'Seniority',
      'Industry',
      'Company size',
    ]);
  });

  it('imports total page views as profile views and keeps the per-device columns', () => {
    const r = importFixture('linkedin-page-visitors.xlsx');
    expect(r.format).toBe('linkedin-page-visitors');
    const d = rows(r, 'daily')[0];
    expect(d.profile_views).toBe(
      (d.total_page_views_desktop as number) + (d.total_page_views_mobile as number),
    );
    expect(d.unique_visitors).toBe(
      (d.total_unique_visitors_desktop as number) + (d.total_unique_visitors_mobile as number),
    );
  });
});

describe('LinkedIn Campaign Manager (UTF-16LE, TAB, preamble lines)', () => {
  const r = importFixture('linkedin-campaign-manager.csv');
  const campaigns = rows(r, 'campaigns');

  it('finds the header under the preamble and maps every campaign row', () => {
    expect(r.format).toBe('linkedin-campaign-manager');
    expect(campaigns).toHaveLength(93);
    expect(campaigns[0]).toMatchObject({
      platform: 'linkedin',
      date: '2026-06-01',
      account: 'Kpi Sheets Lda',
      campaign_group: 'Always on',
      campaign: 'Brand awareness — EU',
      campaign_id: '612345678',
      currency: 'EUR',
    });
    expect(r.issues.some((i) => i.message.includes('report notes above the table'))).toBe(true);
  });

  it('keeps quotes inside campaign names and reads "1.23%" CTR text as a fraction', () => {
    const lead = campaigns.find((c) => c.campaign === 'Lead gen: "Free audit"');
    expect(lead).toBeDefined();
    const ctr = lead?.average_ctr as number;
    expect(ctr).toBeCloseTo((lead?.clicks as number) / (lead?.impressions as number), 4);
  });

  it('reads the Portuguese export (day-first dates) into the same rows and says how dates were read', () => {
    const pt = importFixture('linkedin-campaign-manager.localized-pt.csv');
    expect(pt.format).toBe('linkedin-campaign-manager');
    const strip = (t: ReturnType<typeof rows>) => t.map(({ format: _f, ...rest }) => rest);
    expect(strip(rows(pt, 'campaigns'))).toEqual(strip(campaigns));
    expect(pt.issues.some((i) => i.message.includes('day/month/year, decided from all rows'))).toBe(true);
  });

  it('drops the report Total row and says so', () => {
    const t = importFixture('linkedin-campaign-manager.with-totals.csv');
    expect(rows(t, 'campaigns')).toHaveLength(9);
    expect(t.skipped).toEqual([expect.objectContaining({ reason: expect.stringContaining('total row') })]);
    expect(t.skipped[0].row).toContain('row 11');
  });
});

describe('LinkedIn creator analytics (XLSX with side-by-side TOP POSTS tables)', () => {
  const r = importFixture('linkedin-creator.xlsx');

  it('merges the two ranked tables into one row per post with both metrics', () => {
    expect(r.format).toBe('linkedin-creator');
    const posts = rows(r, 'posts');
    expect(posts).toHaveLength(12);
    const first = posts.find(
      (p) => p.url === 'https://www.linkedin.com/feed/update/urn:li:activity:730000000000000000/',
    );
    expect(first).toMatchObject({
      engagements: 500,
      impressions: 9000,
      published_at: '2026-06-01',
      post_id: '730000000000000000',
    });
    for (const p of posts) {
      expect(typeof p.engagements).toBe('number');
      expect(typeof p.impressions).toBe('number');
    }
  });

  it('combines ENGAGEMENT and FOLLOWERS into one daily row per date', () => {
    const daily = rows(r, 'daily');
    expect(daily).toHaveLength(92);
    expect(daily.every((d) => typeof d.impressions === 'number' && typeof d.new_followers === 'number')).toBe(
      true,
    );
    expect(r.issues.filter((i) => i.message.includes('not imported')).length).toBe(2);
  });
});
