import fc from 'fast-check';
import { isBlank, parseNumberText } from '../../../src/cells';

describe('reading numbers typed as text', () => {
  it.each([
    ['4.5%', 0.045],
    ['1,204', 1204],
    ['$1,200.50', 1200.5],
    [' 12 ', 12],
    ['-3', -3],
    ['-$3.25', -3.25],
    ['$-3.25', -3.25],
    ['€12', 12],
    ['1,234,567.8', 1234567.8],
    ['.5', 0.5],
    ['1e3', 1000],
    ['12 %', 0.12],
    ['12 €', 12],
    ['-1,500.25£', -1500.25],
  ])('reads %j as %p', (text, expected) => {
    expect(parseNumberText(text)).toBeCloseTo(expected, 12);
  });

  it.each([
    'n/a',
    '1,5',
    '12,34',
    '1.204,50',
    '$1.2k',
    '--3',
    '-$-3',
    '12abc',
    'TRUE',
    '',
    '1,2345',
    '%',
    '$5€',
    '$5%',
    '5%€',
  ])('refuses the ambiguous or non-numeric text %j', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  it('treats "", whitespace, null and undefined as blank, but not 0 or text', () => {
    expect([isBlank(''), isBlank('   '), isBlank(null), isBlank(undefined)]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([isBlank(0), isBlank('0'), isBlank('x')]).toEqual([false, false, false]);
  });
});

describe('reading numbers as spreadsheets and exports print them (property)', () => {
  const amount = fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100);
  it('reads en-US formatted numbers, with currency and percent, back to the same value', () => {
    fc.assert(
      fc.property(amount, (n) => {
        const text = n.toLocaleString('en-US', { maximumFractionDigits: 2 });
        expect(parseNumberText(text)).toBe(Number(n.toFixed(2)));
        expect(parseNumberText(` ${text} `)).toBe(Number(n.toFixed(2)));
        const money = n.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
        expect(parseNumberText(money)).toBeCloseTo(n, 9);
        expect(parseNumberText(`${text}%`)).toBeCloseTo(n / 100, 12);
      }),
    );
  });
});
