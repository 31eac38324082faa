import {
  decideOrder,
  assignYears,
  dateOrderOfLocale,
  parseDateParts,
  parseDuration,
  parseNumber,
  parsePercent,
  partsToIso,
} from '../../../src/importers/values';

const iso = (s: string, order: 'mdy' | 'dmy' = 'mdy') => {
  const p = parseDateParts(s, order);
  return p && partsToIso(p);
};

describe('numbers', () => {
  it.each([
    ['424.0', 424],
    ['"15,000"'.replace(/"/g, ''), 15000],
    ['$1,234.50', 1234.5],
    ['(12)', -12],
    ['-7', -7],
    ['1e3', 1000],
    [' 42 ', 42],
    ['€ 3', 3],
  ])('reads %j as %p', (text, value) => expect(parseNumber(text)).toBe(value));
  it('treats blanks and dashes as blank, and words as invalid', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('-')).toBeNull();
    expect(parseNumber('lots')).toBeUndefined();
  });
  it('reads spaces as thousands separators only between groups of three digits', () => {
    expect(parseNumber('1 234 567')).toBe(1234567);
    expect(parseNumber('1\u00a0234,5', true)).toBe(1234.5);
    expect(parseNumber('12\u202f000')).toBe(12000);
  });
  it.each(['1\r2', '1\t2', '1\n2', '1 2', '12 34', '1,2 3'])(
    'never glues %j into a number: it is not one (the caller reports it)',
    (text) => expect(parseNumber(text)).toBeUndefined(),
  );
  it('reads decimal commas only when asked', () => {
    expect(parseNumber('1.234,5', true)).toBe(1234.5);
    expect(parseNumber('1.234,5')).toBeUndefined();
  });
});

describe('percents become fractions by the format convention', () => {
  it('fraction files keep numbers; "%" text is divided', () => {
    expect(parsePercent('0.045', 'fraction')).toBe(0.045);
    expect(parsePercent('62.5%', 'auto')).toBe(0.625);
    expect(parsePercent(0.2, 'auto')).toBe(0.2);
  });
  it('percent-number files (YouTube) divide by 100', () => {
    expect(parsePercent('5.0', 'percent-number')).toBe(0.05);
    expect(parsePercent(3.16, 'percent-number')).toBeCloseTo(0.0316, 12);
  });
});

describe('dates', () => {
  it.each([
    ['07/20/2025', 'mdy', '2025-07-20'],
    ['20/07/2025', 'dmy', '2025-07-20'],
    ['7/4/2015 9:05 PM', 'mdy', '2015-07-04T21:05:00'],
    ['12/01/2015 12:30 AM', 'mdy', '2015-12-01T00:30:00'],
    ['2015-09-30 18:42 +0000', 'mdy', '2015-09-30T18:42:00Z'],
    ['2015-09-30 18:42 +0200', 'mdy', '2015-09-30T16:42:00Z'],
    ['2026-08-22T00:00:00', 'mdy', '2026-08-22T00:00:00'],
    ['20260801', 'mdy', '2026-08-01'],
    ['Tue, Aug 25, 2026', 'mdy', '2026-08-25'],
    ['Oct 5, 2021', 'mdy', '2021-10-05'],
    ['25 Aug 2026', 'mdy', '2026-08-25'],
    ['25 de agosto de 2026', 'mdy', '2026-08-25'],
    ['7. März 2026', 'mdy', '2026-03-07'],
  ] as const)('reads %j (%s) as %s', (text, order, expected) => expect(iso(text, order)).toBe(expected));

  it('refuses impossible dates instead of rolling them over', () => {
    expect(iso('02/30/2026')).toBeUndefined();
    expect(iso('13/13/2026')).toBeUndefined();
  });

  it('returns month and day without a year for TikTok-style dates', () => {
    expect(parseDateParts('September 25', 'mdy')).toMatchObject({ y: undefined, m: 9, d: 25 });
    expect(parseDateParts('28 May', 'mdy')).toMatchObject({ y: undefined, m: 5, d: 28 });
  });

  it('gives year-less dates the latest year not after the anchor, rolling back across New Year', () => {
    const anchor = { y: 2026, m: 1, d: 5 };
    const md = (m: number, d: number) => ({ m, d });
    expect(assignYears([md(12, 30), md(1, 2), md(1, 5)], anchor)).toEqual([2025, 2026, 2026]);
    // A day after the anchor is last year's, never a date after the export.
    expect(assignYears([md(1, 6)], anchor)).toEqual([2025]);
  });

  it('keeps a 365-day series in order, oldest or newest first, from its last day back', () => {
    const days = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2025, 2, 1) + i * 86400000));
    const parts = days.map((d) => ({ m: d.getUTCMonth() + 1, d: d.getUTCDate() }));
    // Exported on 2026-03-10 (the anchor), the series ends 2026-02-28.
    const anchor = { y: 2026, m: 3, d: 10 };
    expect(assignYears(parts, anchor)).toEqual(days.map((d) => d.getUTCFullYear()));
    expect(assignYears([...parts].reverse(), anchor)).toEqual(days.map((d) => d.getUTCFullYear()).reverse());
  });

  it('decides day/month order from all rows of a column', () => {
    expect(decideOrder(['01/02/2026', '25/02/2026'])).toEqual({
      order: 'dmy',
      ambiguous: false,
      conflicting: false,
      numeric: true,
      examples: { dayFirst: '25/02/2026', monthFirst: undefined },
    });
    expect(decideOrder(['01/02/2026', '02/25/2026'])).toEqual({
      order: 'mdy',
      ambiguous: false,
      conflicting: false,
      numeric: true,
      examples: { dayFirst: undefined, monthFirst: '02/25/2026' },
    });
    expect(decideOrder(['01/02/2026', '03/04/2026'])).toEqual({
      order: 'mdy',
      ambiguous: true,
      conflicting: false,
      numeric: true,
      examples: { dayFirst: undefined, monthFirst: undefined },
    });
    expect(decideOrder(['13/02/2026', '02/25/2026']).conflicting).toBe(true);
  });
});

describe('the day/month order of a spreadsheet locale', () => {
  it('is month first for US-style locales, day first for most, and none for year-first locales', () => {
    expect(dateOrderOfLocale('en_US')).toBe('mdy');
    expect(dateOrderOfLocale('es_US')).toBe('mdy');
    expect(dateOrderOfLocale('en_GB')).toBe('dmy');
    expect(dateOrderOfLocale('de_DE')).toBe('dmy');
    expect(dateOrderOfLocale('pt_BR')).toBe('dmy');
    expect(dateOrderOfLocale('ja_JP')).toBeUndefined();
    expect(dateOrderOfLocale(undefined)).toBeUndefined();
  });
});

describe('durations', () => {
  it('reads H:MM:SS and M:SS as seconds', () => {
    expect(parseDuration('1:02:03')).toBe(3723);
    expect(parseDuration('0:03:10')).toBe(190);
    expect(parseDuration('2:05')).toBe(125);
    expect(parseDuration('-')).toBeNull();
  });
});
