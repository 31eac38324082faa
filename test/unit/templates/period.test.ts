import {
  comparePeriod,
  defaultPeriod,
  isoToSerial,
  periodDays,
  serialToIso,
} from '../../../src/templates/period';

describe('defaultPeriod: the last full 28 days in the data', () => {
  it('ends on the latest date in the data and spans 28 days', () => {
    const p = defaultPeriod(['2025-06-03', '2025-07-28', '2025-07-01']);
    expect(p).toEqual({ start: '2025-07-01', end: '2025-07-28' });
    expect(periodDays(p.start, p.end)).toBe(28);
  });

  it('reads the date part of ISO datetimes', () => {
    expect(defaultPeriod(['2025-07-28T23:59:00Z']).end).toBe('2025-07-28');
  });

  it('leaves out today, which is still incomplete', () => {
    expect(defaultPeriod(['2025-07-20', '2025-07-28'], '2025-07-28')).toEqual({
      start: '2025-06-30',
      end: '2025-07-27',
    });
  });

  it('keeps the latest date when it is before today', () => {
    expect(defaultPeriod(['2025-07-10'], '2025-09-01').end).toBe('2025-07-10');
  });

  it('falls back to the 28 days before today when the data has no dates', () => {
    expect(defaultPeriod([], '2025-03-01')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
  });

  it('explains what to do when there are neither dates nor today', () => {
    expect(() => defaultPeriod([])).toThrow(/pick the period dates by hand/);
  });

  it('names a value that is not an ISO date', () => {
    expect(() => defaultPeriod(['07/28/2025'])).toThrow(/"07\/28\/2025" is not an ISO date/);
  });
});

describe('comparePeriod', () => {
  it('previous: the same number of days right before the period', () => {
    expect(comparePeriod('2025-07-01', '2025-07-28', 'previous')).toEqual({
      start: '2025-06-03',
      end: '2025-06-30',
    });
  });

  it('previous: a one-day period compares with the day before', () => {
    expect(comparePeriod('2025-01-01', '2025-01-01', 'previous')).toEqual({
      start: '2024-12-31',
      end: '2024-12-31',
    });
  });

  it('year: the same dates one year earlier', () => {
    expect(comparePeriod('2025-07-01', '2025-07-28', 'year')).toEqual({
      start: '2024-07-01',
      end: '2024-07-28',
    });
  });

  it('year: 29 February maps to 28 February, like EDATE', () => {
    expect(comparePeriod('2024-02-01', '2024-02-29', 'year')).toEqual({
      start: '2023-02-01',
      end: '2023-02-28',
    });
  });

  it('rejects an end before the start', () => {
    expect(() => comparePeriod('2025-07-28', '2025-07-01', 'previous')).toThrow(/before start/);
  });
});

describe('date serials', () => {
  it('use the spreadsheet epoch (1899-12-30 = 0)', () => {
    expect(isoToSerial('1899-12-30')).toBe(0);
    expect(isoToSerial('2025-07-01')).toBe(45839);
    expect(serialToIso(45839.75)).toBe('2025-07-01');
  });
});
