import { run, col, expectColumn } from './helpers';

describe.each([
  ['GROWTH_RATE', 'start', 'end'],
  ['FOLLOWER_GROWTH_RATE', 'start_followers', 'end_followers'],
] as const)('%s(%s, %s) = (end − start) / start', (name, start, end) => {
  it('matches the definition on hand-computed values', () => {
    expect(run(name, 800, 1000)).toBe(0.25);
    expect(run(name, 4000, 4300)).toBeCloseTo(0.075, 15);
    expect(run(name, 200, 150)).toBe(-0.25);
  });
  it('spills per row and broadcasts a single start', () => {
    expectColumn(run(name, 100, col(110, 90, '')), [0.1, -0.1, '']);
  });
  it('gives blank for blank or zero start and for blank end (0 would claim a total loss)', () => {
    expect(run(name, '', 100)).toBe('');
    expect(run(name, 0, 100)).toBe('');
    expect(run(name, 100, '')).toBe('');
  });
  it('allows a negative end value but rejects a negative start', () => {
    expect(run(name, 100, -50)).toBe(-1.5);
    expect(() => run(name, -100, 50)).toThrow(`${name}: ${start} is -100 — expected a number ≥ 0`);
  });
  it('names row and value of bad text, and both shapes on mismatch', () => {
    expect(() => run(name, col(1, 2), col(3, 'up'))).toThrow(
      `${name}: ${end} row 2 is "up" — expected a number`,
    );
    expect(() => run(name, col(1, 2), col(1, 2, 3))).toThrow(`${name}: ${start} is 2×1 but ${end} is 3×1`);
  });
});

describe('GROWTH_SERIES(values): period-over-period growth of a column', () => {
  it('spills one rate per row with a blank first row', () => {
    expectColumn(run('GROWTH_SERIES', col(100, 110, 99)), ['', 0.1, -0.1]);
  });
  it('works along a row too', () => {
    const r = run('GROWTH_SERIES', [[50, 75, 150]]) as unknown[][];
    expect(r).toHaveLength(1);
    expect(r[0]).toEqual(['', 0.5, 1]);
  });
  it('gives blank where the value or the previous value is blank, or the previous is 0', () => {
    expectColumn(run('GROWTH_SERIES', col(100, '', 50, 0, 10, 20)), ['', '', '', -1, '', 1]);
  });
  it('gives blank for a single value', () => {
    expect(run('GROWTH_SERIES', 100)).toBe('');
  });
  it('rejects a block, a negative previous value and bad text, naming the row', () => {
    expect(() =>
      run('GROWTH_SERIES', [
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('GROWTH_SERIES: values is 2×2 — expected one column or one row');
    expect(() => run('GROWTH_SERIES', col(10, -5, 10))).toThrow('GROWTH_SERIES: values row 2 is -5');
    expect(() => run('GROWTH_SERIES', col(10, 'n/a'))).toThrow(
      'GROWTH_SERIES: values row 2 is "n/a" — expected a number',
    );
  });
  it('allows a negative last value (the end of a growth rate may be negative)', () => {
    expectColumn(run('GROWTH_SERIES', col(10, -5)), ['', -1.5]);
  });
});

describe('NET_NEW(start, end) = end − start', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('NET_NEW', 4000, 4300)).toBe(300);
    expect(run('NET_NEW', 500, 480)).toBe(-20);
    expectColumn(run('NET_NEW', col(10, 20), col(15, 5)), [5, -15]);
  });
  it('gives blank when either value is blank (0 would be a false figure)', () => {
    expect(run('NET_NEW', '', 10)).toBe('');
    expect(run('NET_NEW', 10, '')).toBe('');
  });
  it('allows negatives, names bad text and mismatched shapes', () => {
    expect(run('NET_NEW', -5, 5)).toBe(10);
    expect(() => run('NET_NEW', 1, col(2, 'x'))).toThrow('NET_NEW: end row 2 is "x" — expected a number');
    expect(() => run('NET_NEW', col(1, 2), col(1, 2, 3))).toThrow('NET_NEW: start is 2×1 but end is 3×1');
  });
  it('broadcasts a single start over a column of ends', () => {
    expectColumn(run('NET_NEW', 100, col(90, 130)), [-10, 30]);
  });
});
