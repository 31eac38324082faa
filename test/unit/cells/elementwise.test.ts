import fc from 'fast-check';
import { elementwise, CellProblem } from '../../../src/cells';

// A tiny KPI built on the engine: a / b with a a count and b a denominator.
const ratioNamed = (name: string) =>
  elementwise(
    name,
    [
      { name: 'top', blank: 'zero' },
      { name: 'bottom', blank: 'blank', min: 0 },
    ],
    (v) => (v[1] === 0 ? '' : v[0] / v[1]),
  );
const div = ratioNamed('DIV');
const rowSummed = elementwise(
  'RS',
  [
    { name: 'parts', blank: 'zero', rowSum: true },
    { name: 'base', blank: 'blank', min: 0 },
  ],
  (v) => (v[1] === 0 ? '' : v[0] / v[1]),
);

describe('the broadcasting engine', () => {
  it('returns a scalar when every argument is a single value or a 1×1 range', () => {
    expect(div([1, 4])).toBe(0.25);
    expect(div([[[1]], [[4]]])).toBe(0.25);
    expect(div([[[1]], 4])).toBe(0.25);
  });

  it('computes ranges of the same shape element by element and spills in that shape', () => {
    expect(
      div([
        [
          [1, 2],
          [3, 4],
        ],
        [
          [2, 4],
          [6, 16],
        ],
      ]),
    ).toEqual([
      [0.5, 0.5],
      [0.5, 0.25],
    ]);
  });

  it('broadcasts a scalar or 1×1 range against a range', () => {
    expect(div([[[1], [2], [3]], 4])).toEqual([[0.25], [0.5], [0.75]]);
    expect(div([8, [[2], [4]]])).toEqual([[4], [2]]);
    expect(div([[[8]], [[2, 4]]])).toEqual([[4, 2]]);
  });

  it('names both shapes when ranges differ', () => {
    const ten = Array.from({ length: 10 }, () => [1]);
    const nine = Array.from({ length: 9 }, () => [1]);
    expect(() => div([ten, nine])).toThrow('DIV: top is 10×1 but bottom is 9×1');
  });

  it('applies blank policies: blank numerator counts 0, blank denominator gives a blank result', () => {
    expect(
      div([
        [[''], [2]],
        [[4], ['']],
      ]),
    ).toEqual([[0], ['']]);
    expect(div([null, 4])).toBe(0);
    expect(div([null, ''])).toBe('');
  });

  it('adds the columns of a row-sum parameter per row, blanks as 0', () => {
    expect(
      rowSummed([
        [
          [1, 2, 3],
          ['', 5, ''],
        ],
        [[10], [10]],
      ]),
    ).toEqual([[0.6], [0.5]]);
    expect(rowSummed([[[1, 2, 3]], 10])).toBeCloseTo(0.6, 15);
  });

  it('reports row-sum shapes as passed and as added up', () => {
    expect(() =>
      rowSummed([
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        [[1], [2]],
      ]),
    ).toThrow('RS: parts is 3×2 (added across to 3×1) but base is 2×1');
  });

  it('names row and column of a bad value inside a block', () => {
    expect(() =>
      div([
        [
          [1, 2],
          [3, 'x'],
        ],
        1,
      ]),
    ).toThrow('DIV: top row 2, column 2 is "x" — expected a number');
    expect(() => div([[[1, 'y']], 1])).toThrow('DIV: top column 2 is "y"');
  });

  it('checks arity: missing required arguments and extra arguments are errors', () => {
    expect(() => div([1])).toThrow('DIV: bottom is missing');
    expect(() => div([1, 2, 3])).toThrow('DIV: takes at most 2 argument(s)');
  });

  it('rejects empty ranges', () => {
    expect(() => div([[], 1])).toThrow('DIV: top is an empty range');
  });

  it('turns a per-cell rule violation into an error that says where', () => {
    const capped = elementwise('CAP', [{ name: 'x', blank: 'zero' }], (v) => {
      if (v[0] > 1) throw new CellProblem(`x ${v[0]} is more than 1`);
      return v[0];
    });
    expect(() => capped([[[0.5], [2]]])).toThrow('CAP: row 2: x 2 is more than 1');
    expect(() => capped([3])).toThrow('CAP: x 3 is more than 1');
  });

  it('never returns a non-finite number', () => {
    const big = elementwise('BIG', [{ name: 'x', blank: 'zero' }], (v) => v[0] * 1e308);
    expect(() => big([[[1], [10]]])).toThrow('BIG: result row 2 is too large to represent');
  });
});

describe('the broadcasting engine on malformed ranges', () => {
  it('names a ragged range instead of reading missing cells as blanks', () => {
    expect(() => div([[[1], [2, 3]] as never, 5])).toThrow(
      'DIV: top is not a rectangular range (row 2 differs)',
    );
    expect(() => div([[[1], null] as never, 5])).toThrow(
      'DIV: top is not a rectangular range (row 2 differs)',
    );
    expect(() => div([[[1, 2], ['3']] as never, 5])).toThrow(
      'DIV: top is not a rectangular range (row 2 differs)',
    );
  });
  it('still validates later arguments when an earlier one makes the result blank', () => {
    expect(() =>
      div([
        [[1], [2]],
        [[''], ['n/a']],
      ]),
    ).toThrow('DIV: bottom row 2 is "n/a" — expected a number');
    expect(() =>
      div([
        [[1], [2]],
        [[-1], ['']],
      ]),
    ).toThrow('DIV: bottom row 1 is -1');
  });
});

describe('broadcasting laws (property)', () => {
  const ratio = ratioNamed('R');
  const cell = fc.oneof(
    fc.constant(''),
    fc.integer({ min: -100, max: 100 }),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
  );
  // Denominators from 1e-3 up: tinier ones overflow to an error, which has its own test.
  const nonNeg = fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 100 }),
    fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
  );
  it('a range against a single value equals the value applied cell by cell, in the range’s shape', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(cell, { minLength: 16, maxLength: 16 }),
        nonNeg,
        (rows, cols, flat, single) => {
          const grid = Array.from({ length: rows }, (_, r) => flat.slice(r * cols, r * cols + cols));
          const out = ratio([grid, single]);
          if (rows * cols === 1) {
            expect(out).toEqual(ratio([grid[0][0], single]));
            return;
          }
          expect(out).toEqual(grid.map((row) => row.map((v) => ratio([v, single]))));
          expect(ratio([grid, [[single]]])).toEqual(out);
        },
      ),
    );
  });
  it('equal-shaped ranges are computed element by element', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, nonNeg), { minLength: 2, maxLength: 12 }), (pairs) => {
        const out = ratio([pairs.map(([a]) => [a]), pairs.map(([, b]) => [b])]);
        expect(out).toEqual(pairs.map(([a, b]) => [ratio([a, b])]));
      }),
    );
  });
});
