/** YouTube Studio exports as people download them, in their UI language (shapes in ../shared/EXPORTS.md). */
import { importFixture, rows } from './helpers';

describe('YouTube Studio in German (soft hyphens in every header word)', () => {
  const de = importFixture('youtube-studio.localized-de.zip');
  const en = importFixture('youtube-studio.zip');

  it('maps Tabellendaten.csv like the English Table data, without the Gesamt row or the footer line', () => {
    expect(de.format).toBe('youtube-studio');
    const posts = rows(de, 'posts');
    expect(posts).toHaveLength(5);
    const english = rows(en, 'posts').slice(0, 5);
    for (const k of [
      'post_id',
      'title',
      'published_at',
      'views',
      'watch_time_hours',
      'impressions',
      'ctr_reported',
    ])
      expect(posts.map((p) => p[k])).toEqual(english.map((p) => p[k]));
    expect(de.skipped.map((s) => s.reason)).toEqual([
      expect.stringContaining('Total row'),
      expect.stringContaining('"Die 500 besten Ergebnisse werden angezeigt"'),
    ]);
    expect(de.issues.some((i) => i.level === 'error')).toBe(false);
  });

  it('shows headers without their soft hyphens in the mapping', () => {
    expect(de.mapping.map((m) => m.header)).toContain('Klickrate der Impressionen (%)');
    expect(de.mapping.every((m) => !m.header.includes('\u00ad'))).toBe(true);
  });

  it('reads Gesamtwerte.csv into daily views and refuses Diagrammdaten.csv by name, at warning level', () => {
    expect(rows(de, 'daily')).toHaveLength(14);
    expect(rows(de, 'daily')[0]).toMatchObject({ date: '2026-06-01', video_views: 74 });
    expect(de.issues).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(
        /"Diagrammdaten\.csv": not imported, because it holds one row per video per day/,
      ),
    });
  });
});

describe('YouTube Studio in Spanish (Latin America)', () => {
  const es = importFixture('youtube-studio.localized-es.zip');

  it('maps Datos de la tabla with engaged views and average percentage viewed as a fraction', () => {
    const posts = rows(es, 'posts');
    expect(posts).toHaveLength(4);
    expect(posts[0]).toMatchObject({ post_id: 'dQw4w9WgXA0', views: 4118, engaged_views: 2882 });
    expect(posts[0].average_percentage_viewed).toBeCloseTo(0.3825, 10);
  });

  it('puts Totales.csv (Fecha, Vistas interesadas) into its own daily column, not into views', () => {
    const daily = rows(es, 'daily');
    expect(daily).toHaveLength(28);
    expect(daily[0]).toMatchObject({ date: '2026-06-01', engaged_views: 51, video_views: null });
  });
});

describe('YouTube Totals for any metric', () => {
  it('keeps daily net subscribers (which can be negative) in their own column', () => {
    const daily = rows(importFixture('youtube-totals-subscribers.zip'), 'daily');
    expect(daily).toHaveLength(14);
    expect(daily[3]).toMatchObject({ date: '2026-06-04', subscribers_net: -1 });
    expect(daily.every((d) => d.video_views === null && d.new_followers === null)).toBe(true);
  });

  it('reads Portuguese Total.csv (Data, Receita estimada (USD)) and skips its Total line with a reason', () => {
    const r = importFixture('Total.csv');
    expect(r.format).toBe('youtube-studio');
    const daily = rows(r, 'daily');
    expect(daily).toHaveLength(10);
    expect(typeof daily[0].estimated_revenue).toBe('number');
    expect(r.skipped).toEqual([
      { row: 'file "Total.csv", row 12', reason: expect.stringContaining('total of the period') },
    ]);
    expect(r.issues.filter((i) => i.level !== 'info')).toEqual([]);
  });
});

describe('YouTube Chart data (one row per video per day)', () => {
  it('is refused on its own with what to import instead, never summed into channel days', () => {
    expect(() => importFixture('Chart data.csv')).toThrow(
      /file "Chart data\.csv": this YouTube Studio file cannot be imported, because it holds one row per video per day.*import the Totals file/,
    );
  });
});
