import { run, col, expectColumn } from './helpers';
import { afinnScore, normalizeScore, tokenize } from '../../../src/kpi/afinn';
// The package ships no types; this is the slice of its API the comparison uses.
const Sentiment = require('sentiment') as new () => {
  analyze(text: string): { score: number; tokens: string[] };
};

describe('SHARE_OF_VOICE(brand_mentions, competitor_mentions*)', () => {
  it('is brand / (brand + Σ competitors), competitors added across columns', () => {
    expect(run('SHARE_OF_VOICE', 120, [[200, 80]])).toBeCloseTo(0.3, 15);
    expectColumn(
      run('SHARE_OF_VOICE', col(10, 0, ''), [
        [30, ''],
        [5, 5],
        ['', ''],
      ]),
      [0.25, 0, ''],
    );
  });
  it('takes a single competitor column and broadcasts a single brand count', () => {
    expectColumn(run('SHARE_OF_VOICE', 50, col(50, 150)), [0.5, 0.25]);
  });
  it('rejects negative mentions, bad text and mismatched rows', () => {
    expect(() => run('SHARE_OF_VOICE', -1, 5)).toThrow('SHARE_OF_VOICE: brand_mentions is -1');
    expect(() => run('SHARE_OF_VOICE', 1, [[1, 'many']])).toThrow(
      'SHARE_OF_VOICE: competitor_mentions column 2 is "many" — expected a number',
    );
    expect(() => run('SHARE_OF_VOICE', col(1, 2), col(1, 2, 3))).toThrow(
      'brand_mentions is 2×1 but competitor_mentions is 3×1',
    );
  });
});

describe('NET_SENTIMENT(positive, negative, [neutral])', () => {
  it('is (positive − negative) / (positive + negative + neutral)', () => {
    expect(run('NET_SENTIMENT', 60, 15, 25)).toBeCloseTo(0.45, 15);
    expect(run('NET_SENTIMENT', 10, 30)).toBe(-0.5);
    expectColumn(run('NET_SENTIMENT', col(3, 0), col(1, 0), col('', 4)), [0.5, 0]);
  });
  it('gives blank when there are no mentions at all', () => {
    expect(run('NET_SENTIMENT', '', 0, '')).toBe('');
  });
  it('rejects negative counts, bad text and mismatched shapes', () => {
    expect(() => run('NET_SENTIMENT', 1, -1)).toThrow('NET_SENTIMENT: negative is -1');
    expect(() => run('NET_SENTIMENT', col(1, 'x'), 1)).toThrow('NET_SENTIMENT: positive row 2 is "x"');
    expect(() => run('NET_SENTIMENT', col(1, 2), col(1, 2, 3))).toThrow(
      'positive is 2×1 but negative is 3×1',
    );
  });
});

describe('SENTIMENT(text): AFINN-165 lexicon score normalized to −1…1', () => {
  it('scores words and squashes the sum by s / √(s² + 15)', () => {
    // love +3, great +3 → 6 → 6 / √51
    expect(run('SENTIMENT', 'I love this, great post!')).toBeCloseTo(6 / Math.sqrt(51), 12);
    // bad −3 → −3 / √24
    expect(run('SENTIMENT', 'This is bad')).toBeCloseTo(-3 / Math.sqrt(24), 12);
  });
  it('flips a word after a negator, as the sentiment package does', () => {
    expect(run('SENTIMENT', 'not good')).toBeCloseTo(-3 / Math.sqrt(24), 12);
  });
  it('scores emoji', () => {
    expect(run('SENTIMENT', 'great 😍')).toBeGreaterThan(run('SENTIMENT', 'great') as number);
  });
  it('gives 0 for text without scored words and blank for a blank cell', () => {
    expect(run('SENTIMENT', 'the quarterly report')).toBe(0);
    expect(run('SENTIMENT', '')).toBe('');
  });
  it('spills over a column of comments', () => {
    expectColumn(run('SENTIMENT', col('good', '', 'bad')), [3 / Math.sqrt(24), '', -3 / Math.sqrt(24)]);
  });
  it('stays within −1…1 even for long gushing text', () => {
    const r = run('SENTIMENT', 'amazing '.repeat(200)) as number;
    expect(r).toBeGreaterThan(0.99);
    expect(r).toBeLessThan(1);
  });
  it('rejects TRUE/FALSE and dates, naming the row', () => {
    expect(() => run('SENTIMENT', col('ok', true))).toThrow('SENTIMENT: text row 2 is TRUE — expected text');
  });
  it('agrees with the sentiment package on raw scores', () => {
    const lib = new Sentiment();
    for (const text of [
      'I love this, great post!',
      "I don't like it",
      'worst ever 😡 but the team was helpful',
      'meh',
    ]) {
      expect(afinnScore(text)).toBe(lib.analyze(text).score);
      expect(tokenize(text)).toEqual(lib.analyze(text).tokens);
    }
  });
  it('normalization is odd and monotonic', () => {
    expect(normalizeScore(0)).toBe(0);
    expect(normalizeScore(-4)).toBe(-normalizeScore(4));
    expect(normalizeScore(5)).toBeGreaterThan(normalizeScore(4));
  });
});
