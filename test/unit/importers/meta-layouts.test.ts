/** Meta exports beyond the English post file: Spanish headers, the 2023 per-metric layout. */
import { importFixture, rows } from './helpers';

describe('Meta post export in Spanish (Jan-01-2026_Jan-31-2026_<id>.csv)', () => {
  const r = importFixture('Jan-01-2026_Jan-31-2026_1234567890.csv');

  it('is read as Instagram posts, with Fecha = Total left out as a lifetime marker', () => {
    expect(r.format).toBe('meta-posts');
    const posts = rows(r, 'posts');
    expect(posts).toHaveLength(8);
    expect(posts[0]).toMatchObject({
      platform: 'instagram',
      post_id: '18040000000000000',
      account_username: 'kpisheets',
      published_at: '2026-01-02T15:30:00',
      post_type: 'Reel de Instagram',
      views: 1000,
      reach: 800,
      reactions: 40,
      duration_sec: 31,
      title: '=SUMA(A1) ¡nuevo!',
    });
    expect(r.tables[0].columns).not.toContain('fecha');
    expect(r.issues.filter((i) => i.level !== 'info')).toEqual([]);
  });
});

describe('Meta per-metric insights, 2023 layout (a Facebook and an Instagram section in one file)', () => {
  it.each(['meta-insights-2023-reach.csv', 'meta-insights-2023-reach.no-blank.csv'])(
    '%s: each section lands under its own platform, never merged into the other',
    (name) => {
      const r = importFixture(name);
      expect(r.format).toBe('meta-insights');
      const daily = rows(r, 'daily');
      expect(daily).toHaveLength(60);
      const fb = daily.filter((d) => d.platform === 'facebook');
      const ig = daily.filter((d) => d.platform === 'instagram');
      expect(fb).toHaveLength(30);
      expect(ig).toHaveLength(30);
      expect(fb[0]).toMatchObject({ date: '2023-05-01', reach: 300 });
      expect(ig[0]).toMatchObject({ date: '2023-05-01', reach: 900 });
      expect(r.issues.filter((i) => i.level !== 'info')).toEqual([]);
    },
  );

  it('is not claimed for an ordinary daily table that has a Date column', () => {
    const r = importFixture('generic-daily-dayfirst.csv');
    expect(r.format).toBe('generic');
    expect(r.alternatives.map((a) => a.format)).not.toContain('meta-insights');
  });
});
