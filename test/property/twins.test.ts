/**
 * Native twins agree with the compute: for random inputs (blanks, zeros, negatives, decimals),
 * each KPI's twin formula evaluated by HyperFormula equals the registry's compute — blank = blank,
 * numbers within 1e-12, text identical. One HyperFormula instance is reused across all runs.
 */
import fc from 'fast-check';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { REGISTRY } from '../../src/kpi/registry';
import type { KpiDef } from '../../src/kpi/types';
import type { ArgInput, CellInput, KpiResult } from '../../src/cells/types';

const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
const sheet = hf.getSheetId(hf.addSheet('S'))!;
afterAll(() => hf.destroy());

type Cell = number | string | null;

/** Column letter of a 0-based index (A…Z is plenty here). */
const L = (c: number) => String.fromCharCode(65 + c);

function evaluate(grid: Cell[][], formulas: { row: number; col: number; formula: string }[]): unknown[] {
  hf.clearSheet(sheet);
  hf.setCellContents({ sheet, row: 0, col: 0 }, grid as RawCellContent[][]);
  for (const f of formulas) hf.setCellContents({ sheet, row: f.row, col: f.col }, [['=' + f.formula]]);
  return formulas.map((f) => {
    const v = hf.getCellValue({ sheet, row: f.row, col: f.col });
    return typeof v === 'object' && v !== null ? `#ERROR ${JSON.stringify(v)}` : v;
  });
}

/** Blank = blank, numbers within 1e-12, anything else identical. */
function expectSame(twin: unknown, compute: KpiResult, context: string): void {
  const c = compute === '' ? '' : compute;
  if (typeof twin === 'number' && typeof c === 'number') {
    if (Math.abs(twin - c) > 1e-12) throw new Error(`${context}: twin ${twin} ≠ compute ${c}`);
  } else if ((twin ?? '') !== c) {
    throw new Error(`${context}: twin ${JSON.stringify(twin)} ≠ compute ${JSON.stringify(c)}`);
  }
}

const toArg = (v: Cell): CellInput => (v === null ? '' : v);

// Values as they turn up in exports: blanks, zeros, small and large counts, money with cents, a few negatives.
const anyValue: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 10_000_000 }).map((x) => x / 100) },
  { weight: 1, arbitrary: fc.integer({ min: -500, max: -1 }) },
);
const pillarValue: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 2500 }).map((x) => x / 100) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 25 }) },
);
const PILLAR_KPIS = new Set(['SSI', 'SSI_FOCUS']);
const AGGREGATES = new Set([
  'AVG_ENGAGEMENT_RATE',
  'FREQUENCY_PER_WEEK',
  'AVG_RESPONSE_TIME',
  'GROWTH_SERIES',
]);
const ROW_SUM_WIDTH = 3;

const elementKpis = REGISTRY.filter((k) => k.twin && !AGGREGATES.has(k.name));

describe('element-wise twins equal the compute (HyperFormula)', () => {
  it.each(elementKpis.map((k) => [k.name, k] as [string, KpiDef]))('%s', (_, k) => {
    const value = PILLAR_KPIS.has(k.name) ? pillarValue : anyValue;
    const paramArb = (p: KpiDef['params'][number]) =>
      p.rowSum
        ? fc.array(value, { minLength: ROW_SUM_WIDTH, maxLength: ROW_SUM_WIDTH })
        : value.map((v) => [v]);
    const row = fc.tuple(...k.params.map(paramArb));
    const omitted = fc.array(fc.boolean(), { minLength: k.params.length, maxLength: k.params.length });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), omitted, (rows, omit) => {
        const given = k.params.map((p, i) => !(p.optional && omit[i]));
        // Rows the compute rejects (negative denominators, DAU > MAU …) have no twin value to compare.
        const valid = rows.filter((r) => {
          try {
            k.compute(
              r.map((cells, i) =>
                given[i] ? (cells.length === 1 ? toArg(cells[0]) : [cells.map(toArg)]) : undefined,
              ),
            );
            return true;
          } catch {
            return false;
          }
        });
        fc.pre(valid.length > 0);
        // Lay the params out side by side; row-sum params take ROW_SUM_WIDTH columns.
        const starts: number[] = [];
        let width = 0;
        for (const p of k.params) {
          starts.push(width);
          width += p.rowSum ? ROW_SUM_WIDTH : 1;
        }
        const grid = valid.map((r) => r.flat());
        const formulas = valid.map((_, ri) => ({
          row: ri,
          col: width,
          formula: k.twin!(
            k.params.map((p, i) => {
              if (!given[i]) return undefined;
              const a = `${L(starts[i])}${ri + 1}`;
              return p.rowSum ? `${a}:${L(starts[i] + ROW_SUM_WIDTH - 1)}${ri + 1}` : a;
            }),
          ),
        }));
        const twinValues = evaluate(grid, formulas);
        // The vectorized compute over whole columns, as Sheets passes ranges.
        const args: ArgInput[] = k.params.map((p, i) =>
          given[i] ? valid.map((r) => (p.rowSum ? r[i].map(toArg) : [toArg(r[i][0])])) : undefined,
        );
        const computed = k.compute(args);
        valid.forEach((_, ri) => {
          const c = Array.isArray(computed) ? computed[ri][0] : computed;
          expectSame(
            twinValues[ri],
            c,
            `${k.name} row ${ri + 1} ${formulas[ri].formula} on ${JSON.stringify(valid[ri])}`,
          );
        });
      }),
      { numRuns: 60 },
    );
  });
});

const column = (cells: Cell[]): ArgInput => cells.map((v) => [toArg(v)]);

describe('aggregate twins equal the compute (HyperFormula)', () => {
  it('AVG_ENGAGEMENT_RATE (pooled, the default; "pooled" spelled out)', () => {
    const k = REGISTRY.find((x) => x.name === 'AVG_ENGAGEMENT_RATE')!;
    const row = fc.tuple(
      fc.array(anyValue, { minLength: 3, maxLength: 3 }),
      anyValue.filter((v) => v === null || (typeof v === 'number' && v >= 0)),
    );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(undefined, 'pooled', 'POOLED', null),
        (rows, method) => {
          const n = rows.length;
          const grid: Cell[][] = rows.map(([eng, b], i) => [...eng, b, i === 0 ? (method ?? null) : null]);
          const refs = [`A1:C${n}`, `D1:D${n}`, method === undefined ? undefined : 'E1'];
          const [twin] = evaluate(grid, [{ row: n + 1, col: 0, formula: k.twin!(refs) }]);
          const args: ArgInput[] = [rows.map(([eng]) => eng.map(toArg)), column(rows.map(([, b]) => b))];
          if (method !== undefined) args.push(toArg(method));
          expectSame(twin, k.compute(args), `AVG_ENGAGEMENT_RATE ${JSON.stringify(rows)} ${method}`);
        },
      ),
      { numRuns: 80 },
    );
  });

  // Date-times around March 2024 with minute resolution.
  const when = fc.integer({ min: 45350 * 1440, max: 45380 * 1440 }).map((m) => m / 1440);

  it('FREQUENCY_PER_WEEK (window from the log, given, or given as blank cells)', () => {
    const k = REGISTRY.find((x) => x.name === 'FREQUENCY_PER_WEEK')!;
    const bound = fc.oneof(fc.constant(undefined), fc.constant(null), when);
    fc.assert(
      fc.property(
        fc.array(fc.option(when, { nil: null }), { minLength: 1, maxLength: 12 }),
        bound,
        bound,
        (dates, start, end) => {
          const args: ArgInput[] = [
            column(dates),
            start === undefined ? undefined : toArg(start),
            end === undefined ? undefined : toArg(end),
          ];
          let expected: KpiResult;
          try {
            expected = k.compute(args);
          } catch {
            fc.pre(false); // end before start: an error, not a value
            return;
          }
          const n = dates.length;
          const grid: Cell[][] = dates.map((d, i) => [
            d,
            i === 0 ? (start ?? null) : null,
            i === 0 ? (end ?? null) : null,
          ]);
          const refs = [
            `A1:A${n}`,
            start === undefined ? undefined : 'B1',
            end === undefined ? undefined : 'C1',
          ];
          const [twin] = evaluate(grid, [{ row: n + 1, col: 0, formula: k.twin!(refs) }]);
          expectSame(twin, expected, `FREQUENCY_PER_WEEK ${JSON.stringify([dates, start, end])}`);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('AVG_RESPONSE_TIME (mean; unanswered rows skipped)', () => {
    const k = REGISTRY.find((x) => x.name === 'AVG_RESPONSE_TIME')!;
    const delay = fc.option(
      fc.integer({ min: 0, max: 3 * 1440 }).map((m) => m / 1440),
      { nil: null },
    );
    const row = fc.tuple(fc.option(when, { nil: null }), delay);
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(undefined, 'mean', null),
        (rows, method) => {
          const rec = rows.map(([r]) => r);
          const rep = rows.map(([r, d]) => (r === null || d === null ? d : r + d));
          const n = rows.length;
          const grid: Cell[][] = rows.map((_, i) => [rec[i], rep[i], i === 0 ? (method ?? null) : null]);
          const refs = ['A1:A' + n, 'B1:B' + n, method === undefined ? undefined : 'C1'];
          const [twin] = evaluate(grid, [{ row: n + 1, col: 0, formula: k.twin!(refs) }]);
          const args: ArgInput[] = [column(rec), column(rep)];
          if (method !== undefined) args.push(toArg(method));
          expectSame(twin, k.compute(args), `AVG_RESPONSE_TIME ${JSON.stringify(rows)}`);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('GROWTH_SERIES (one twin per row over the previous:current pair)', () => {
    const k = REGISTRY.find((x) => x.name === 'GROWTH_SERIES')!;
    const v = anyValue.filter((x) => x === null || (typeof x === 'number' && x >= 0));
    fc.assert(
      fc.property(fc.array(v, { minLength: 2, maxLength: 10 }), (values) => {
        const n = values.length;
        const formulas = values.map((_, i) => ({
          row: i,
          col: 1,
          formula: k.twin!([i === 0 ? 'A1' : `A${i}:A${i + 1}`]),
        }));
        const twins = evaluate(
          values.map((x) => [x]),
          formulas,
        );
        const computed = k.compute([column(values)]) as KpiResult[][];
        expect(computed).toHaveLength(n);
        twins.forEach((t, i) =>
          expectSame(t, computed[i][0], `GROWTH_SERIES row ${i + 1} ${JSON.stringify(values)}`),
        );
      }),
      { numRuns: 100 },
    );
  });
});
