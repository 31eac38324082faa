/** GA4 exports beyond traffic acquisition: the Reports snapshot and Pages and screens. */
import { importFixture, rows } from './helpers';

describe('GA4 Reports snapshot (many sections, daily series keyed Nth day)', () => {
  const r = importFixture('ga4-reports-snapshot.csv');
  const web = rows(r, 'web');

  it('dates each Nth day from the start date and keeps active and new users of one day on one row', () => {
    expect(r.format).toBe('ga4');
    const days = web.filter((w) => w.date !== null);
    expect(days).toHaveLength(14);
    expect(days[0]).toMatchObject({ date: '2026-08-01', users: 200, new_users: 80 });
    expect(days[13]).toMatchObject({ date: '2026-08-14', users: 317, new_users: 119 });
  });

  it('keeps the channel table apart from the days, and says the days of two sections were joined', () => {
    expect(web.filter((w) => w.channel !== null).map((w) => [w.channel, w.sessions])).toEqual([
      ['Organic Search', 1200],
      ['Direct', 640],
      ['Organic Social', 210],
    ]);
    expect(r.issues).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(
        /^file "ga4-reports-snapshot\.csv", table 2 of the file: 14 rows have the same date/,
      ),
    });
  });

  it('refuses countries and events by name, at warning level, instead of folding them in', () => {
    const refused = r.issues.filter((i) =>
      i.message.includes('not imported, because it breaks figures down'),
    );
    expect(refused.map((i) => i.level)).toEqual(['warning', 'warning']);
    expect(
      web.some((w) => Object.values(w).includes('Brazil') || Object.values(w).includes('page_view')),
    ).toBe(false);
  });
});

describe('GA4 Pages and screens', () => {
  it('imports one row per page path, never combined into one', () => {
    const r = importFixture('ga4-pages-and-screens.csv');
    expect(r.format).toBe('ga4');
    const web = rows(r, 'web');
    expect(web.map((w) => w.page_path)).toEqual([
      '/',
      '/pricing',
      '/blog/kpis-that-matter',
      '/docs/import',
      '/signup',
    ]);
    expect(web[0]).toMatchObject({ views: 3000, users: 1200, event_count: 9000, key_events: 0 });
    expect(web[4].revenue).toBe(129.5);
    expect(r.issues.filter((i) => i.level !== 'info')).toEqual([]);
  });
});
