/**
 * Random spreadsheet data for the twin property tests (HyperFormula and LibreOffice): values as
 * they turn up in exports, laid out on a sheet with one twin formula per row.
 */
import fc from 'fast-check';
import type { KpiDef } from '../../../src/kpi/types';
import type { ArgInput, CellInput, KpiResult } from '../../../src/cells/types';
import { REGISTRY } from '../../../src/kpi/registry';

export type Cell = number | string | null;

/** A blank sheet cell is "" to a custom function. */
export const toArg = (v: Cell): CellInput => (v === null ? '' : v);
export const column = (cells: Cell[]): ArgInput => cells.map((v) => [toArg(v)]);

/** Column letter of a 0-based index (A…Z is plenty here). */
export const colLetter = (c: number) => String.fromCharCode(65 + c);

// Blanks, zeros, small and large counts, money with cents, a few negatives.
export const anyValue: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 10_000_000 }).map((x) => x / 100) },
  { weight: 1, arbitrary: fc.integer({ min: -500, max: -1 }) },
);
export const nonNegative = anyValue.filter((v) => v === null || (typeof v === 'number' && v >= 0));
const pillarValue: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 2500 }).map((x) => x / 100) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 25 }) },
);
const PILLAR_KPIS = new Set(['SSI', 'SSI_FOCUS']);
export const AGGREGATES = new Set([
  'AVG_ENGAGEMENT_RATE',
  'FREQUENCY_PER_WEEK',
  'AVG_RESPONSE_TIME',
  'GROWTH_SERIES',
]);
export const ROW_SUM_WIDTH = 3;

export const ELEMENT_KPIS = REGISTRY.filter((k) => k.twin && !AGGREGATES.has(k.name));

/** One row's cells per parameter (row-sum params have ROW_SUM_WIDTH cells). */
export type ElementRow = Cell[][];
export interface ElementCase {
  rows: ElementRow[];
  /** Which parameters are passed (optional ones may be omitted). */
  given: boolean[];
}

export function elementCase(k: KpiDef, maxRows = 6): fc.Arbitrary<ElementCase> {
  const value = PILLAR_KPIS.has(k.name) ? pillarValue : anyValue;
  const paramArb = (p: KpiDef['params'][number]) =>
    p.rowSum
      ? fc.array(value, { minLength: ROW_SUM_WIDTH, maxLength: ROW_SUM_WIDTH })
      : value.map((v) => [v]);
  const row = fc.tuple(...k.params.map(paramArb));
  const omit = fc.array(fc.boolean(), { minLength: k.params.length, maxLength: k.params.length });
  return fc
    .record({ rows: fc.array(row, { minLength: 1, maxLength: maxRows }), omit })
    .map(({ rows, omit }) => ({
      rows,
      given: k.params.map((p, i) => !(p.optional && omit[i])),
    }));
}

/** Rows the compute accepts: negative denominators, DAU > MAU … are errors, with no twin value to compare. */
export function validRows(k: KpiDef, c: ElementCase): ElementRow[] {
  return c.rows.filter((r) => {
    try {
      k.compute(
        r.map((cells, i) =>
          c.given[i] ? (cells.length === 1 ? toArg(cells[0]) : [cells.map(toArg)]) : undefined,
        ),
      );
      return true;
    } catch {
      return false;
    }
  });
}

export interface Layout {
  /** Data cells, row-major from A1 (params side by side). */
  grid: Cell[][];
  /** One twin per data row, in the column after the data. */
  formulas: { row: number; col: number; formula: string }[];
  /** The compute over whole columns, one result per row. */
  expected: KpiResult[];
}

/** Lay `rows` out from `firstRow` (0-based) and build the twins and the vectorized compute. */
export function layoutElement(k: KpiDef, rows: ElementRow[], given: boolean[], firstRow = 0): Layout {
  const starts: number[] = [];
  let width = 0;
  for (const p of k.params) {
    starts.push(width);
    width += p.rowSum ? ROW_SUM_WIDTH : 1;
  }
  const formulas = rows.map((_, ri) => {
    const r = firstRow + ri + 1;
    return {
      row: firstRow + ri,
      col: width,
      formula: k.twin!(
        k.params.map((p, i) => {
          if (!given[i]) return undefined;
          const a = `${colLetter(starts[i])}${r}`;
          return p.rowSum ? `${a}:${colLetter(starts[i] + ROW_SUM_WIDTH - 1)}${r}` : a;
        }),
      ),
    };
  });
  const args: ArgInput[] = k.params.map((p, i) =>
    given[i] ? rows.map((r) => (p.rowSum ? r[i].map(toArg) : [toArg(r[i][0])])) : undefined,
  );
  const computed = k.compute(args);
  const expected = rows.map((_, ri) => (Array.isArray(computed) ? computed[ri][0] : computed));
  return { grid: rows.map((r) => r.flat()), formulas, expected };
}

/** The layout of a random case's valid rows, or null when the compute accepts none of them. */
export function elementLayout(k: KpiDef, c: ElementCase): Layout | null {
  const rows = validRows(k, c);
  return rows.length > 0 ? layoutElement(k, rows, c.given) : null;
}

/** Blank = blank, numbers within `tolerance(x)`, anything else identical; throws with context otherwise. */
export function expectSame(
  twin: unknown,
  compute: KpiResult,
  context: string,
  // Relative past 1: a ratio of 3e7 carries float rounding near 1e-8, which is no disagreement.
  tolerance = (x: number) => 1e-12 * Math.max(1, Math.abs(x)),
): void {
  if (typeof twin === 'number' && typeof compute === 'number') {
    if (Math.abs(twin - compute) > tolerance(compute))
      throw new Error(`${context}: twin ${twin} ≠ compute ${compute}`);
  } else if ((twin ?? '') !== compute) {
    throw new Error(`${context}: twin ${JSON.stringify(twin)} ≠ compute ${JSON.stringify(compute)}`);
  }
}

/** Date-times around March 2024 with minute resolution. */
export const when = fc.integer({ min: 45350 * 1440, max: 45380 * 1440 }).map((m) => m / 1440);

const kpi = (name: string) => REGISTRY.find((k) => k.name === name)!;

/** A block whose one twin (in row n + 2) reads whole columns of the data above it. */
function aggregate(name: string, grid: Cell[][], refs: (string | undefined)[], args: ArgInput[]): Layout {
  const k = kpi(name);
  return {
    grid,
    formulas: [{ row: grid.length + 1, col: 0, formula: k.twin!(refs) }],
    expected: [k.compute(args)],
  };
}

/** AVG_ENGAGEMENT_RATE, pooled (the default, or spelled out in a cell). */
export const avgEngagementCase: fc.Arbitrary<Layout> = fc
  .record({
    rows: fc.array(fc.tuple(fc.array(anyValue, { minLength: 3, maxLength: 3 }), nonNegative), {
      minLength: 1,
      maxLength: 8,
    }),
    method: fc.constantFrom(undefined, 'pooled', 'POOLED', null),
  })
  .map(({ rows, method }) => {
    const n = rows.length;
    const grid: Cell[][] = rows.map(([eng, b], i) => [...eng, b, i === 0 ? (method ?? null) : null]);
    const args: ArgInput[] = [rows.map(([eng]) => eng.map(toArg)), column(rows.map(([, b]) => b))];
    if (method !== undefined) args.push(toArg(method));
    return aggregate(
      'AVG_ENGAGEMENT_RATE',
      grid,
      [`A1:C${n}`, `D1:D${n}`, method === undefined ? undefined : 'E1'],
      args,
    );
  });

/** FREQUENCY_PER_WEEK with the window from the log, given, or given as blank cells (end ≥ start). */
export const frequencyCase: fc.Arbitrary<Layout> = fc
  .record({
    dates: fc.array(fc.option(when, { nil: null }), { minLength: 1, maxLength: 12 }),
    start: fc.oneof(fc.constant(undefined), fc.constant(null), when),
    end: fc.oneof(fc.constant(undefined), fc.constant(null), when),
  })
  .filter(({ dates, start, end }) => {
    const ds = dates.filter((d): d is number => d !== null);
    if (ds.length === 0) return true;
    const s = Math.floor(start ?? Math.min(...ds));
    const e = Math.floor(end ?? Math.max(...ds));
    return e >= s;
  })
  .map(({ dates, start, end }) => {
    const n = dates.length;
    const grid: Cell[][] = dates.map((d, i) => [
      d,
      i === 0 ? (start ?? null) : null,
      i === 0 ? (end ?? null) : null,
    ]);
    const refs = [`A1:A${n}`, start === undefined ? undefined : 'B1', end === undefined ? undefined : 'C1'];
    const args: ArgInput[] = [
      column(dates),
      start === undefined ? undefined : toArg(start),
      end === undefined ? undefined : toArg(end),
    ];
    return aggregate('FREQUENCY_PER_WEEK', grid, refs, args);
  });

/** AVG_RESPONSE_TIME, mean, with unanswered (blank reply) and blank received rows. */
export const responseTimeCase: fc.Arbitrary<Layout> = fc
  .record({
    rows: fc.array(
      fc.tuple(
        fc.option(when, { nil: null }),
        fc.option(
          fc.integer({ min: 0, max: 3 * 1440 }).map((m) => m / 1440),
          { nil: null },
        ),
      ),
      { minLength: 1, maxLength: 10 },
    ),
    method: fc.constantFrom(undefined, 'mean', null),
  })
  .map(({ rows, method }) => {
    const rec = rows.map(([r]) => r);
    const rep = rows.map(([r, d]) => (r === null || d === null ? d : r + d));
    const n = rows.length;
    const grid: Cell[][] = rows.map((_, i) => [rec[i], rep[i], i === 0 ? (method ?? null) : null]);
    const args: ArgInput[] = [column(rec), column(rep)];
    if (method !== undefined) args.push(toArg(method));
    return aggregate(
      'AVG_RESPONSE_TIME',
      grid,
      [`A1:A${n}`, `B1:B${n}`, method === undefined ? undefined : 'C1'],
      args,
    );
  });

/** GROWTH_SERIES: one twin per row over the previous:current pair, the first row's twin is blank. */
export const growthSeriesCase: fc.Arbitrary<Layout> = fc
  .array(nonNegative, { minLength: 2, maxLength: 10 })
  .map((values) => {
    const k = kpi('GROWTH_SERIES');
    const computed = k.compute([column(values)]) as KpiResult[][];
    return {
      grid: values.map((x) => [x]),
      formulas: values.map((_, i) => ({
        row: i,
        col: 1,
        formula: k.twin!([i === 0 ? 'A1' : `A${i}:A${i + 1}`]),
      })),
      expected: computed.map((r) => r[0]),
    };
  });

export const AGGREGATE_CASES: [string, fc.Arbitrary<Layout>][] = [
  ['AVG_ENGAGEMENT_RATE', avgEngagementCase],
  ['FREQUENCY_PER_WEEK', frequencyCase],
  ['AVG_RESPONSE_TIME', responseTimeCase],
  ['GROWTH_SERIES', growthSeriesCase],
];
