import { run, col, expectColumn, ratioRules } from './helpers';

describe('RESPONSE_RATE(responded, received) = responded / received', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('RESPONSE_RATE', 45, 50)).toBe(0.9);
    expectColumn(run('RESPONSE_RATE', col(1, 4), col(4, 4)), [0.25, 1]);
  });
  it('rejects answering more than was received', () => {
    expect(() => run('RESPONSE_RATE', 51, 50)).toThrow(
      'RESPONSE_RATE: responded 51 is more than received 50 — you cannot answer more messages than you received',
    );
  });
});
ratioRules('RESPONSE_RATE', 'responded', 'received');

describe('AVG_RESPONSE_TIME(received_at, replied_at, [method]) in minutes', () => {
  // 12:00 → 13:30 (90 min) and 18:00 → 21:00 (180 min) on 2024-03-04
  const received = col(45355.5, 45355.75);
  const replied = col(45355.5625, 45355.875);
  it('averages reply delays in minutes: (90 + 180) / 2 = 135', () => {
    expect(run('AVG_RESPONSE_TIME', received, replied)).toBeCloseTo(135, 9);
    expect(run('AVG_RESPONSE_TIME', received, replied, 'mean')).toBeCloseTo(135, 9);
  });
  it('offers the median, which a few slow replies do not skew', () => {
    const rec = col(45355.5, 45355.5, 45355.5);
    const rep = col(45355.5 + 10 / 1440, 45355.5 + 20 / 1440, 45356.5);
    expect(run('AVG_RESPONSE_TIME', rec, rep, 'median')).toBeCloseTo(20, 6);
    expect(
      run(
        'AVG_RESPONSE_TIME',
        col(45355.5, 45355.5),
        col(45355.5 + 10 / 1440, 45355.5 + 30 / 1440),
        'median',
      ),
    ).toBeCloseTo(20, 6);
  });
  it('accepts Date cells and ISO text', () => {
    const rec = col(new Date(2024, 2, 4, 12, 0), '2024-03-04 18:00');
    const rep = col(new Date(2024, 2, 4, 13, 30), '2024-03-04 21:00');
    expect(run('AVG_RESPONSE_TIME', rec, rep)).toBeCloseTo(135, 6);
  });
  it('skips unanswered messages and gives blank when none were answered', () => {
    expect(
      run('AVG_RESPONSE_TIME', col(45355.5, 45355.6, 45355.75), col(45355.5625, '', 45355.875)),
    ).toBeCloseTo(135, 9);
    expect(run('AVG_RESPONSE_TIME', col(45355.5), col(''))).toBe('');
  });
  it('rejects a reply before its message, naming the row', () => {
    expect(() => run('AVG_RESPONSE_TIME', col(45355.5, 45355.75), col(45355.6, 45355.7))).toThrow(
      'AVG_RESPONSE_TIME: row 2: replied_at is before received_at',
    );
  });
  it('rejects bad text, an unknown method and mismatched shapes', () => {
    expect(() => run('AVG_RESPONSE_TIME', col(45355.5, 'soon'), replied)).toThrow(
      'AVG_RESPONSE_TIME: received_at row 2 is "soon" — expected a date',
    );
    expect(() => run('AVG_RESPONSE_TIME', received, replied, 'mode')).toThrow('expected "mean" or "median"');
    expect(() => run('AVG_RESPONSE_TIME', received, col(1, 2, 3))).toThrow(
      'received_at is 2×1 but replied_at is 3×1',
    );
  });
});
