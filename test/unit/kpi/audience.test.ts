import { run, col, expectColumn, ratioRules } from './helpers';

describe('REACH_RATE(reach, followers) = reach / followers', () => {
  it('matches the definition and may exceed 100 %', () => {
    expect(run('REACH_RATE', 5200, 4000)).toBeCloseTo(1.3, 15);
    expectColumn(run('REACH_RATE', col(1000, 2000), 4000), [0.25, 0.5]);
  });
});
ratioRules('REACH_RATE', 'reach', 'followers');

describe('STICKINESS(dau, mau) = DAU / MAU', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('STICKINESS', 1200, 6000)).toBeCloseTo(0.2, 15);
    expect(run('STICKINESS', 6000, 6000)).toBe(1);
    expectColumn(run('STICKINESS', col(10, 30), col(100, 60)), [0.1, 0.5]);
  });
  it('rejects DAU above MAU as impossible, naming the row', () => {
    expect(() => run('STICKINESS', 7000, 6000)).toThrow(
      'STICKINESS: dau 7000 is more than mau 6000 — daily actives cannot exceed monthly actives',
    );
    expect(() => run('STICKINESS', col(10, 70), col(100, 60))).toThrow(
      'STICKINESS: row 2: dau 70 is more than mau 60',
    );
  });
});
ratioRules('STICKINESS', 'dau', 'mau');

describe('LOGIN_FREQUENCY(logins, active_users) = logins / active users', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('LOGIN_FREQUENCY', 4500, 1500)).toBe(3);
    expectColumn(run('LOGIN_FREQUENCY', col(10, 25), 5), [2, 5]);
  });
});
ratioRules('LOGIN_FREQUENCY', 'logins', 'active_users');

describe('RELEVANCE_RATE(relevant, total) = relevant / total', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('RELEVANCE_RATE', 180, 240)).toBe(0.75);
    expectColumn(run('RELEVANCE_RATE', col(1, 3), col(4, 4)), [0.25, 0.75]);
  });
});
ratioRules('RELEVANCE_RATE', 'relevant', 'total');
