import vm from 'node:vm';
import { coerceNumber, coerceText } from '../../../src/cells';

const ctx = { fn: 'CTR', param: 'impressions' };

describe('coercing one cell value to a number', () => {
  it('keeps numbers, reads unambiguous text and marks blanks as NaN', () => {
    expect(coerceNumber(12, {}, ctx, '')).toBe(12);
    expect(coerceNumber('1,204', {}, ctx, '')).toBe(1204);
    expect(coerceNumber('', {}, ctx, '')).toBeNaN();
    expect(coerceNumber(null, {}, ctx, '')).toBeNaN();
  });

  it('names function, parameter, position and value when text is not a number', () => {
    expect(() => coerceNumber('n/a', {}, ctx, ' row 3')).toThrow(
      'CTR: impressions row 3 is "n/a" — expected a number',
    );
  });

  it('rejects TRUE/FALSE instead of reading them as 1/0', () => {
    expect(() => coerceNumber(true, {}, ctx, ' row 2')).toThrow(
      'CTR: impressions row 2 is TRUE — expected a number',
    );
  });

  it('rejects a Date where a number is expected, but converts it where a date is expected', () => {
    const d = new Date(2024, 2, 4);
    expect(() => coerceNumber(d, {}, ctx, '')).toThrow(
      'CTR: impressions is the date 2024-03-04 — expected a number, not a date',
    );
    expect(coerceNumber(d, { date: true }, ctx, '')).toBe(45355);
    expect(coerceNumber('2024-03-04', { date: true }, ctx, '')).toBe(45355);
  });

  it('enforces bounds with a message saying what is allowed', () => {
    expect(() => coerceNumber(-5, { min: 0 }, ctx, ' row 4')).toThrow(
      'CTR: impressions row 4 is -5 — expected a number ≥ 0 (impressions cannot be negative)',
    );
    expect(() => coerceNumber(26, { min: 0, max: 25 }, { fn: 'SSI', param: 'brand' }, '')).toThrow(
      'SSI: brand is 26 — expected a number from 0 to 25',
    );
  });

  it('rejects NaN and Infinity handed in as numbers', () => {
    expect(() => coerceNumber(Infinity, {}, ctx, '')).toThrow('expected a finite number');
    expect(() => coerceNumber(NaN, {}, ctx, '')).toThrow('expected a finite number');
  });

  it('reads text parameters: text as is, numbers as their text, booleans are errors', () => {
    expect(coerceText('hi', ctx, '')).toBe('hi');
    expect(coerceText(5, ctx, '')).toBe('5');
    expect(() => coerceText(false, ctx, ' row 1')).toThrow('CTR: impressions row 1 is FALSE — expected text');
  });
});

describe('dates from another realm', () => {
  it('reads a Date made in another JavaScript realm (the workbench runs Code.js in node:vm)', () => {
    const foreign = vm.runInNewContext('new Date(2024, 2, 4, 12, 0)') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(coerceNumber(foreign, { date: true }, ctx, '')).toBe(45355.5);
    expect(() => coerceNumber(foreign, {}, ctx, '')).toThrow(
      'is the date 2024-03-04 — expected a number, not a date',
    );
  });
});
