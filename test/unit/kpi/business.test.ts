import { run, col, expectColumn, ratioRules } from './helpers';

describe('ROI(return_value, cost) = (return_value − cost) / cost', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('ROI', 1500, 1000)).toBe(0.5);
    expect(run('ROI', 800, 1000)).toBeCloseTo(-0.2, 15);
    expectColumn(run('ROI', col(300, 100, ''), 200), [0.5, -0.5, '']);
  });
  it('gives blank for blank return_value (unknown is not a 100 % loss) and for blank/zero cost', () => {
    expect(run('ROI', '', 100)).toBe('');
    expect(run('ROI', 100, '')).toBe('');
    expect(run('ROI', 100, 0)).toBe('');
  });
  it('rejects negative cost, bad text and mismatched shapes', () => {
    expect(() => run('ROI', 100, -5)).toThrow(
      'ROI: cost is -5 — expected a number ≥ 0 (cost cannot be negative)',
    );
    expect(() => run('ROI', col(1, 'abc'), 5)).toThrow(
      'ROI: return_value row 2 is "abc" — expected a number',
    );
    expect(() => run('ROI', col(1, 2), col(1, 2, 3))).toThrow('ROI: return_value is 2×1 but cost is 3×1');
  });
});

describe('SOCIAL_ROI(revenue, ad_spend, [tool_cost], [labor_cost])', () => {
  it('counts all costs: (4500 − 3000) / 3000 = 0.5', () => {
    expect(run('SOCIAL_ROI', 4500, 2000, 500, 500)).toBe(0.5);
  });
  it('treats omitted or blank optional costs as 0', () => {
    expect(run('SOCIAL_ROI', 3000, 2000)).toBe(0.5);
    expect(run('SOCIAL_ROI', 3000, 2000, '', '')).toBe(0.5);
    expect(run('SOCIAL_ROI', 3000, '', 1000, 1000)).toBe(0.5);
  });
  it('gives blank when total cost is 0 or revenue is blank', () => {
    expect(run('SOCIAL_ROI', 3000, 0, '', 0)).toBe('');
    expect(run('SOCIAL_ROI', '', 2000, 100)).toBe('');
  });
  it('spills per row and broadcasts monthly tool cost', () => {
    expectColumn(run('SOCIAL_ROI', col(600, 300), col(100, 100), 100, col(100, 100)), [1, 0]);
  });
  it('rejects mismatched shapes', () => {
    expect(() => run('SOCIAL_ROI', col(1, 2), col(1, 2, 3))).toThrow(
      'SOCIAL_ROI: revenue is 2×1 but ad_spend is 3×1',
    );
  });
  it('rejects negative costs and bad text', () => {
    expect(() => run('SOCIAL_ROI', 100, 10, -1)).toThrow('SOCIAL_ROI: tool_cost is -1');
    expect(() => run('SOCIAL_ROI', 100, 10, 0, 'lots')).toThrow(
      'SOCIAL_ROI: labor_cost is "lots" — expected a number',
    );
  });
});

describe('CAC(spend, new_customers) = spend / new_customers', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('CAC', 10000, 40)).toBe(250);
    expectColumn(run('CAC', col(500, 900), col(5, 3)), [100, 300]);
  });
});
ratioRules('CAC', 'spend', 'new_customers', { negativeNum: 'error' });

describe('AVG_DEAL_SIZE(revenue, deals) = revenue / deals', () => {
  it('matches the definition on hand-computed values', () => {
    expect(run('AVG_DEAL_SIZE', 48000, 12)).toBe(4000);
    expectColumn(run('AVG_DEAL_SIZE', col(1000, 2500), col(4, 10)), [250, 250]);
  });
});
ratioRules('AVG_DEAL_SIZE', 'revenue', 'deals', { blankNumIsBlank: true });
