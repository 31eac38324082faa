import { run, col, expectColumn, ratioRules } from './helpers';

describe('CTR(clicks, impressions) = clicks / impressions', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('CTR', 34, 1000)).toBeCloseTo(0.034, 15);
    expect(run('CTR', 1, 3)).toBeCloseTo(0.333333333333, 12);
    expect(run('CTR', '4.5%', 1)).toBeCloseTo(0.045, 15);
    expect(run('CTR', '1,204', '$1,204.00')).toBe(1);
  });
  it('spills a column and broadcasts a single impressions value', () => {
    expectColumn(run('CTR', col(10, 20, ''), col(100, 400, 50)), [0.1, 0.05, 0]);
    expectColumn(run('CTR', col(10, 20), 200), [0.05, 0.1]);
  });
  it('allows negative clicks (corrections) and keeps the sign', () => {
    expect(run('CTR', -5, 100)).toBe(-0.05);
  });
});
ratioRules('CTR', 'clicks', 'impressions');

describe('CONVERSION_RATE(conversions, base) = conversions / base', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('CONVERSION_RATE', 12, 400)).toBeCloseTo(0.03, 15);
    expectColumn(run('CONVERSION_RATE', col(3, 0, 7), col(60, 10, 70)), [0.05, 0, 0.1]);
  });
  it('broadcasts one conversion count over several bases', () => {
    expectColumn(run('CONVERSION_RATE', 5, col(50, 100)), [0.1, 0.05]);
  });
});
ratioRules('CONVERSION_RATE', 'conversions', 'base');

describe('ROAS(revenue, spend) = revenue / spend', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('ROAS', 4200, 1200)).toBe(3.5);
    expectColumn(run('ROAS', col(100, 0), col(50, 25)), [2, 0]);
  });
  it('accepts currency text', () => {
    expect(run('ROAS', '$3,000', '$1,200.00')).toBe(2.5);
  });
});
ratioRules('ROAS', 'revenue', 'spend', { blankNumIsBlank: true });

describe('CPC(spend, clicks) = spend / clicks', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('CPC', 250, 125)).toBe(2);
    expectColumn(run('CPC', col(10, 7.5), col(4, 3)), [2.5, 2.5]);
  });
  it('rejects negative spend', () => {
    expect(() => run('CPC', -10, 5)).toThrow(
      'CPC: spend is -10 — expected a number ≥ 0 (spend cannot be negative)',
    );
  });
});
ratioRules('CPC', 'spend', 'clicks', { negativeNum: 'error' });

describe('CPM(spend, impressions) = spend × 1000 / impressions', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('CPM', 50, 20000)).toBe(2.5);
    expectColumn(run('CPM', col(3, 12), 4000), [0.75, 3]);
  });
});
ratioRules('CPM', 'spend', 'impressions', { negativeNum: 'error' });

describe('CPA(spend, conversions) = spend / conversions', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('CPA', 600, 24)).toBe(25);
    expectColumn(run('CPA', 90, col(3, 9, 0)), [30, 10, '']);
  });
});
ratioRules('CPA', 'spend', 'conversions', { negativeNum: 'error' });

describe('CPL(spend, leads) = spend / leads', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('CPL', 900, 30)).toBe(30);
    expectColumn(run('CPL', col(100, ''), col(8, 2)), [12.5, 0]);
  });
});
ratioRules('CPL', 'spend', 'leads', { negativeNum: 'error' });

describe('CPE(spend, engagements) = spend / engagements', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('CPE', 120, 480)).toBe(0.25);
    expectColumn(run('CPE', col(1, 2), col(4, 5)), [0.25, 0.4]);
  });
});
ratioRules('CPE', 'spend', 'engagements', { negativeNum: 'error' });
