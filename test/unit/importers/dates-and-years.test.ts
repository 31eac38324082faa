/** Dates as exports write them: day/month order decided per column, years anchored on the export date. */
import { importFile } from '../../../src/importers';
import { enc, importFixture, rows } from './helpers';

const dates = (name: string, csv: string, options = {}) =>
  rows(importFile(name, enc(csv), options), 'daily').map((d) => d.date);

describe('day/month order, decided per column over all values', () => {
  it('reads an Excel re-save with day-first dates (13-06-2025) whole, not half swapped', () => {
    const r = importFixture('generic-daily-dayfirst.csv');
    expect(rows(r, 'daily').map((d) => d.date)).toEqual(
      Array.from({ length: 20 }, (_, i) => `2025-06-${String(i + 1).padStart(2, '0')}`),
    );
    expect(r.issues).toContainEqual({
      level: 'info',
      message:
        'file "generic-daily-dayfirst.csv", column "Date": dates read as day/month/year, decided from all rows.',
    });
  });

  it('uses the spreadsheet locale when no value decides, and says so at warning level', () => {
    const csv = 'Date,Impressions\n01/02/2026,5\n03/04/2026,6\n';
    const r = importFile('d.csv', enc(csv), { dateOrder: 'dmy' });
    expect(rows(r, 'daily').map((d) => d.date)).toEqual(['2026-02-01', '2026-04-03']);
    expect(r.issues).toContainEqual({
      level: 'warning',
      message: expect.stringContaining("read as day/month/year, the order of your spreadsheet's locale"),
    });
    expect(dates('d.csv', csv)).toEqual(['2026-01-02', '2026-03-04']);
  });

  it('refuses a column that mixes both orders, naming a value of each', () => {
    expect(() => importFile('mixed.csv', enc('Date,Impressions\n13/02/2026,5\n02/25/2026,6\n'))).toThrow(
      'file "mixed.csv", column "Date": the dates in this column are written in two orders (day/month and month/day). Found: "13/02/2026 and 02/25/2026".',
    );
  });

  it('reads day-first times in a format whose dates are otherwise ISO (tweet activity re-saved by a European Excel)', () => {
    const csv =
      'Tweet id,Tweet permalink,Tweet text,time,impressions\n1,https://twitter.com/a/status/1,a,29-01-2016 0:00,5\n2,https://twitter.com/a/status/2,b,30-01-2016 13:05,6\n';
    const posts = rows(importFile('tweet_activity.csv', enc(csv)), 'posts');
    expect(posts.map((p) => p.published_at)).toEqual(['2016-01-29T00:00:00', '2016-01-30T13:05:00']);
  });
});

describe('TikTok years (dates without a year)', () => {
  it('keeps a 365-day Overview in order, ending on the latest day not after today, and warns that it guessed', () => {
    const r = importFixture('tiktok-overview-365-es.zip', { today: '2026-11-29' });
    const days = rows(r, 'daily').map((d) => d.date as string);
    expect(days).toHaveLength(365);
    expect(days[0]).toBe('2025-03-09');
    expect(days[364]).toBe('2026-03-08');
    expect([...days].sort()).toEqual(days);
    expect(r.issues).toContainEqual({
      level: 'warning',
      message: expect.stringContaining(
        'no date is after today (2026-11-29); they run from 2025-03-09 to 2026-03-08',
      ),
    });
  });

  it('anchors on a Unix export time in the file name', () => {
    const csv = '"Date","Video Views","Profile Views"\n"December 30","1","2"\n"January 5","3","4"\n';
    const r = importFile('Overview_1767571200.csv', enc(csv), { today: '2026-11-29' });
    expect(rows(r, 'daily').map((d) => d.date)).toEqual(['2025-12-30', '2026-01-05']);
    expect(r.issues).toContainEqual({
      level: 'info',
      message: expect.stringContaining(
        'years inferred from the export time 1767571200 (2026-01-05) in the file name',
      ),
    });
  });

  it('never dates a post after the export date', () => {
    const r = importFixture('Content_2026-01-05_1767571200.zip');
    const published = rows(r, 'posts').map((p) => p.published_at as string);
    expect(published.length).toBeGreaterThan(0);
    for (const p of published) expect(p <= '2026-01-05').toBe(true);
  });
});

describe('TikTok files that are not daily metrics', () => {
  it('imports FollowerHistory and names each other file with why it is left out', () => {
    const r = importFixture('Followers_2026-01-07_1767744000.zip');
    expect(rows(r, 'daily').map((d) => d.date)).toEqual(
      Array.from({ length: 7 }, (_, i) => `2026-01-0${i + 1}`),
    );
    const left = r.issues.filter((i) => i.message.includes('not imported'));
    expect(left.map((i) => /"([^"]+\.csv)"/.exec(i.message)?.[1])).toEqual([
      'FollowerActivity.csv',
      'FollowerGender.csv',
      'FollowerTopTerritories.csv',
    ]);
  });
});
