import { run, col, expectColumn, ratioRules } from './helpers';

describe('ENGAGEMENT_RATE(engagements*, base) = Σ engagements / base', () => {
  it('adds the engagement columns per row (row-sum) and divides by the base', () => {
    expect(run('ENGAGEMENT_RATE', [[30, 5, 3]], 1000)).toBeCloseTo(0.038, 15);
    expectColumn(
      run(
        'ENGAGEMENT_RATE',
        [
          [10, 2, ''],
          [0, '', ''],
          [4, 4, 2],
        ],
        col(100, 50, 0),
      ),
      [0.12, 0, ''],
    );
  });
  it('takes a single engagements column too, and broadcasts a single base', () => {
    expectColumn(run('ENGAGEMENT_RATE', col(5, 15), 100), [0.05, 0.15]);
  });
  it('allows negative counts (LinkedIn withdraws sponsored reactions)', () => {
    expect(run('ENGAGEMENT_RATE', [[10, -4]], 200)).toBe(0.03);
  });
  it('names the row and column of a bad engagement cell', () => {
    expect(() =>
      run(
        'ENGAGEMENT_RATE',
        [
          [1, 2],
          [3, 'x'],
        ],
        col(10, 10),
      ),
    ).toThrow('ENGAGEMENT_RATE: engagements row 2, column 2 is "x" — expected a number');
  });
  it('reports a row-sum range that does not line up with the base', () => {
    expect(() =>
      run(
        'ENGAGEMENT_RATE',
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        col(10, 10),
      ),
    ).toThrow('ENGAGEMENT_RATE: engagements is 3×2 (added across to 3×1) but base is 2×1');
  });
});
ratioRules('ENGAGEMENT_RATE', 'engagements', 'base');

describe('LINKEDIN_ENGAGEMENT_RATE(clicks, reactions, comments, reposts, impressions, [follows])', () => {
  it('is (clicks + reactions + comments + reposts + follows) / impressions', () => {
    expect(run('LINKEDIN_ENGAGEMENT_RATE', 40, 25, 5, 2, 2000, 8)).toBeCloseTo(0.04, 15);
  });
  it('treats omitted or blank follows as 0 (organic posts leave it blank)', () => {
    expect(run('LINKEDIN_ENGAGEMENT_RATE', 40, 25, 5, 2, 2000)).toBeCloseTo(0.036, 15);
    expect(run('LINKEDIN_ENGAGEMENT_RATE', 40, 25, 5, 2, 2000, '')).toBeCloseTo(0.036, 15);
  });
  it('spills per post and broadcasts single values', () => {
    expectColumn(run('LINKEDIN_ENGAGEMENT_RATE', col(10, 0), col(5, 1), 0, col(5, ''), col(100, 0), ''), [
      0.2,
      '',
    ]);
  });
  it('allows negative reactions and blank counts as 0', () => {
    expect(run('LINKEDIN_ENGAGEMENT_RATE', 10, -2, '', '', 100)).toBeCloseTo(0.08, 15);
  });
  it('rejects bad text, negative impressions and mismatched shapes', () => {
    expect(() => run('LINKEDIN_ENGAGEMENT_RATE', 1, 1, 1, 1, col(10, 'n/a'))).toThrow(
      'LINKEDIN_ENGAGEMENT_RATE: impressions row 2 is "n/a" — expected a number',
    );
    expect(() => run('LINKEDIN_ENGAGEMENT_RATE', 1, 1, 1, 1, -10)).toThrow('impressions is -10');
    expect(() => run('LINKEDIN_ENGAGEMENT_RATE', col(1, 2), 1, 1, 1, col(1, 2, 3))).toThrow(
      'clicks is 2×1 but impressions is 3×1',
    );
  });
});

describe('AVG_ENGAGEMENT_RATE(engagements*, base, [method])', () => {
  const eng = col(20, 30);
  const base = col(100, 400);
  it('pools by default: Σ engagements / Σ base', () => {
    expect(run('AVG_ENGAGEMENT_RATE', eng, base)).toBeCloseTo(0.1, 15);
    expect(run('AVG_ENGAGEMENT_RATE', eng, base, 'pooled')).toBeCloseTo(0.1, 15);
  });
  it('"mean" averages the per-row rates: (0.2 + 0.075) / 2', () => {
    expect(run('AVG_ENGAGEMENT_RATE', eng, base, 'mean')).toBeCloseTo(0.1375, 15);
    expect(run('AVG_ENGAGEMENT_RATE', eng, base, ' MEAN ')).toBeCloseTo(0.1375, 15);
  });
  it('adds row-sum engagement columns before averaging', () => {
    const parts = [
      [10, 10],
      [20, 10],
    ];
    expect(run('AVG_ENGAGEMENT_RATE', parts, base)).toBeCloseTo(0.1, 15);
    expect(run('AVG_ENGAGEMENT_RATE', parts, base, 'mean')).toBeCloseTo(0.1375, 15);
  });
  it('skips rows without a base in "mean" and gives blank when nothing is left', () => {
    expect(run('AVG_ENGAGEMENT_RATE', col(20, 5, 30), col(100, 0, 400), 'mean')).toBeCloseTo(0.1375, 15);
    expect(run('AVG_ENGAGEMENT_RATE', col(20, 5), col('', 0), 'mean')).toBe('');
    expect(run('AVG_ENGAGEMENT_RATE', col(20, 5), col('', 0))).toBe('');
  });
  it('counts negative engagements and blank engagements as they are / as 0', () => {
    expect(run('AVG_ENGAGEMENT_RATE', col(-10, ''), col(100, 100))).toBeCloseTo(-0.05, 15);
  });
  it('rejects an unknown method, a negative base, bad text and mismatched rows', () => {
    expect(() => run('AVG_ENGAGEMENT_RATE', eng, base, 'median')).toThrow(
      'AVG_ENGAGEMENT_RATE: method is "median" — expected "pooled" or "mean"',
    );
    expect(() => run('AVG_ENGAGEMENT_RATE', eng, col(100, -1))).toThrow('base row 2 is -1');
    expect(() => run('AVG_ENGAGEMENT_RATE', col(1, 'x'), base)).toThrow('engagements row 2 is "x"');
    expect(() => run('AVG_ENGAGEMENT_RATE', col(1, 2, 3), base)).toThrow(
      'engagements is 3×1 but base is 2×1',
    );
  });
  it('returns a single value even for ranges', () => {
    expect(typeof run('AVG_ENGAGEMENT_RATE', eng, base)).toBe('number');
  });
});

describe.each([
  // [function, numerator, denominator, hand-computed: num, den, expected]
  ['AMPLIFICATION_RATE', 'shares', 'base', 12, 4000, 0.003],
  ['APPLAUSE_RATE', 'likes', 'base', 90, 4000, 0.0225],
  ['CONVERSATION_RATE', 'comments', 'base', 20, 4000, 0.005],
  ['VIRALITY_RATE', 'shares', 'impressions', 15, 6000, 0.0025],
  ['VIDEO_VIEW_RATE', 'views', 'impressions', 450, 3000, 0.15],
  ['VIDEO_COMPLETION_RATE', 'completions', 'views', 90, 450, 0.2],
  ['STORY_COMPLETION_RATE', 'last_frame_reach', 'first_frame_reach', 640, 800, 0.8],
  ['STORY_EXIT_RATE', 'exits', 'impressions', 60, 1200, 0.05],
] as const)('%s(%s, %s)', (name, num, den, n, d, expected) => {
  it(`is ${num} / ${den}: ${n} / ${d} = ${expected}`, () => {
    expect(run(name, n, d)).toBeCloseTo(expected, 15);
  });
  it('spills over ranges and broadcasts a single denominator', () => {
    expectColumn(run(name, col(n, 2 * n, ''), d), [expected, 2 * expected, 0]);
  });
  it('keeps negative counts negative', () => {
    expect(run(name, -n, d)).toBeCloseTo(-expected, 15);
  });
  ratioRules(name, num, den);
});

describe('AVG_ENGAGEMENT_RATE on extreme inputs', () => {
  it('reports an overflowing total instead of returning Infinity', () => {
    expect(() => run('AVG_ENGAGEMENT_RATE', col(1e308, 1e308), col(1, 1))).toThrow(
      'AVG_ENGAGEMENT_RATE: result is too large to represent',
    );
  });
});
