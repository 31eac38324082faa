/** Test helpers: call a KPI the way Sheets does, and build columns. */
import { runKpi } from '../../../src/kpi/registry';
import type { ArgInput, CellInput, KpiResult } from '../../../src/cells/types';

export const run = (name: string, ...args: ArgInput[]): KpiResult => runKpi(name, args);

/** A one-column range, as Sheets passes B2:B4. */
export const col = (...values: CellInput[]): ArgInput => values.map((v) => [v]);

/** Expect a column result close to the given numbers (blank as ""). */
export function expectColumn(actual: KpiResult, expected: (number | string)[]): void {
  expect(Array.isArray(actual)).toBe(true);
  const flat = (actual as (number | string | boolean)[][]).map((r) => {
    expect(r).toHaveLength(1);
    return r[0];
  });
  expect(flat).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    if (typeof e === 'number') expect(flat[i]).toBeCloseTo(e, 12);
    else expect(flat[i]).toBe(e);
  });
}

/**
 * The argument rules every "count / denominator" KPI shares (KPIS.md): blank or zero denominator
 * → blank, blank numerator counts 0, negative denominator → error, bad text → error naming
 * function, parameter, row and value, shapes must match.
 */
export function ratioRules(
  name: string,
  num: string,
  den: string,
  opts: { blankNumIsBlank?: boolean; negativeNum?: 'allowed' | 'error' } = {},
): void {
  describe(`${name} argument rules`, () => {
    it(`gives blank for a blank or zero ${den}`, () => {
      expect(run(name, 5, '')).toBe('');
      expect(run(name, 5, 0)).toBe('');
      expectColumn(run(name, col(5, 5, 5), col(10, '', 0)), [run(name, 5, 10) as number, '', '']);
    });

    if (opts.blankNumIsBlank) {
      it(`gives blank for a blank ${num} (a missing figure is not 0)`, () => {
        expect(run(name, '', 10)).toBe('');
      });
    } else {
      it(`counts a blank ${num} as 0`, () => {
        expect(run(name, '', 10)).toBe(0);
      });
    }

    it(`rejects a negative ${den}`, () => {
      expect(() => run(name, 5, col(10, -1))).toThrow(`${name}: ${den} row 2 is -1 — expected a number ≥ 0`);
    });

    it('names function, parameter, row and value for unreadable text', () => {
      expect(() => run(name, col(1, 2, 3), col(10, 20, 'n/a'))).toThrow(
        `${name}: ${den} row 3 is "n/a" — expected a number`,
      );
      expect(() => run(name, col(1, 'lots'), 10)).toThrow(
        `${name}: ${num} row 2 is "lots" — expected a number`,
      );
    });

    it('names both shapes when the ranges differ', () => {
      expect(() => run(name, col(1, 2, 3), col(10, 20))).toThrow(`${name}: ${num} is 3×1 but ${den} is 2×1`);
    });

    if (opts.negativeNum === 'error') {
      it(`rejects a negative ${num} (spend and costs cannot be negative)`, () => {
        expect(() => run(name, col(5, -5), 10)).toThrow(
          `${name}: ${num} row 2 is -5 — expected a number ≥ 0 (${num} cannot be negative)`,
        );
      });
    } else {
      it(`keeps a negative ${num} (corrections) and its sign`, () => {
        const positive = run(name, 5, 10) as number;
        expect(positive).toBeGreaterThan(0);
        expect(run(name, -5, 10)).toBeCloseTo(-positive, 15);
      });
    }

    it('broadcasts a single value against a range, row by row', () => {
      expectColumn(run(name, col(3, 6), 10), [run(name, 3, 10) as number, run(name, 6, 10) as number]);
      expectColumn(run(name, 6, col(10, 20)), [run(name, 6, 10) as number, run(name, 6, 20) as number]);
      expectColumn(run(name, [[6]], col(10, 20)), [run(name, 6, 10) as number, run(name, 6, 20) as number]);
    });

    it('rejects TRUE/FALSE', () => {
      expect(() => run(name, true, 10)).toThrow(`${name}: ${num} is TRUE`);
    });
  });
}
