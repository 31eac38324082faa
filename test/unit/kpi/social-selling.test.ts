import { run, col, expectColumn } from './helpers';

const PILLARS = ['brand', 'people', 'insights', 'relationships'];

describe('SSI(brand, people, insights, relationships) = sum of the four pillars', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('SSI', 18.5, 12, 15.25, 20)).toBe(65.75);
    expect(run('SSI', 25, 25, 25, 25)).toBe(100);
    expectColumn(run('SSI', col(10, 20), col(10, 5), 5, 5), [30, 35]);
  });
  it('gives blank when any pillar is blank (a missing pillar is not 0)', () => {
    expect(run('SSI', '', 12, 15, 20)).toBe('');
    expect(run('SSI', 10, 12, 15, '')).toBe('');
  });
  it.each(PILLARS.map((p, i) => [p, i]))('rejects %s outside 0–25', (pillar, i) => {
    const args: number[] = [10, 10, 10, 10];
    args[i as number] = 26;
    expect(() => run('SSI', ...args)).toThrow(`SSI: ${pillar} is 26 — expected a number from 0 to 25`);
    args[i as number] = -1;
    expect(() => run('SSI', ...args)).toThrow(`SSI: ${pillar} is -1 — expected a number from 0 to 25`);
  });
  it('names bad text and mismatched shapes', () => {
    expect(() => run('SSI', col(1, 'n/a'), 1, 1, 1)).toThrow('SSI: brand row 2 is "n/a" — expected a number');
    expect(() => run('SSI', col(1, 2), col(1, 2, 3), 1, 1)).toThrow('SSI: brand is 2×1 but people is 3×1');
  });
});

describe('SSI_FOCUS(brand, people, insights, relationships): the weakest pillar', () => {
  it('names the lowest pillar in LinkedIn words', () => {
    expect(run('SSI_FOCUS', 18.5, 12, 15.25, 20)).toBe('Find the right people');
    expect(run('SSI_FOCUS', 5, 12, 15.25, 20)).toBe('Establish your professional brand');
    expect(run('SSI_FOCUS', 18, 12, 10, 20)).toBe('Engage with insights');
    expect(run('SSI_FOCUS', 18, 12, 15, 2)).toBe('Build relationships');
  });
  it('breaks ties in LinkedIn order', () => {
    expect(run('SSI_FOCUS', 10, 10, 10, 10)).toBe('Establish your professional brand');
    expect(run('SSI_FOCUS', 20, 10, 10, 20)).toBe('Find the right people');
  });
  it('spills per person and gives blank when a pillar is missing', () => {
    expect(run('SSI_FOCUS', col(1, 20, ''), 10, 10, 10)).toEqual([
      ['Establish your professional brand'],
      ['Find the right people'],
      [''],
    ]);
  });
  it('rejects pillars out of range', () => {
    expect(() => run('SSI_FOCUS', 30, 1, 1, 1)).toThrow(
      'SSI_FOCUS: brand is 30 — expected a number from 0 to 25',
    );
  });
});

describe('FREQUENCY_PER_WEEK(dates, [start], [end]) = events / weeks in the window', () => {
  // 2024-03-04 is serial 45355 (a Monday).
  const d = (day: number) => new Date(2024, 2, day);
  it('counts events over whole days: 3 events in 14 days = 1.5 per week', () => {
    expect(run('FREQUENCY_PER_WEEK', col(45355, 45357, 45362), 45355, 45368)).toBe(1.5);
    expect(run('FREQUENCY_PER_WEEK', col(d(4), d(6), d(11)), d(4), d(17))).toBe(1.5);
  });
  it('defaults the window to the earliest and latest date in the log', () => {
    // 4 → 17 March inclusive = 14 days; 4 events → 2 per week
    expect(run('FREQUENCY_PER_WEEK', col(d(4), d(6), '', d(11), d(17)))).toBe(2);
    expect(run('FREQUENCY_PER_WEEK', col(d(4), d(6), d(11), d(17)), '', '')).toBe(2);
  });
  it('counts date-times by their day and ignores events outside the window', () => {
    const log = col(45355.9, 45356.2, 45361.99, 45362.01, 45340);
    // window 45355 … 45361 (7 days) holds the first three events
    expect(run('FREQUENCY_PER_WEEK', log, 45355.5, 45361.5)).toBe(3);
  });
  it('reads ISO date text', () => {
    expect(run('FREQUENCY_PER_WEEK', col('2024-03-04', '2024-03-05 10:30'), '2024-03-04', '2024-03-10')).toBe(
      2,
    );
  });
  it('gives blank for an empty log and 0 for a window with no events', () => {
    expect(run('FREQUENCY_PER_WEEK', col('', ''))).toBe('');
    expect(run('FREQUENCY_PER_WEEK', col(45340), 45355, 45361)).toBe(0);
  });
  it('rejects an end before the start, a range as start, and text that is not a date', () => {
    expect(() => run('FREQUENCY_PER_WEEK', col(45355), 45360, 45355)).toThrow(
      'FREQUENCY_PER_WEEK: end (45355) is before start (45360)',
    );
    expect(() => run('FREQUENCY_PER_WEEK', col(45355), col(1, 2))).toThrow(
      'FREQUENCY_PER_WEEK: start is 2×1 — expected a single date',
    );
    expect(() => run('FREQUENCY_PER_WEEK', col(45355, 'yesterday'))).toThrow(
      'FREQUENCY_PER_WEEK: dates row 2 is "yesterday" — expected a date',
    );
    expect(() => run('FREQUENCY_PER_WEEK', col(45355, true))).toThrow(
      'FREQUENCY_PER_WEEK: dates row 2 is TRUE',
    );
  });
});
