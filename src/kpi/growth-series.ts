/**
 * GROWTH_SERIES: period-over-period growth of a column (or row). The result has the same number
 * of rows as the input with a blank first row, so it sits next to the data it describes.
 */
import { elementwise, numericColumn, type ArgInput } from '../cells';
import type { KpiDef } from './types';
import { splitColumns } from './twin-formula';
import { checkArity } from '../cells';

const NAME = 'GROWTH_SERIES';
const PARAMS = [
  {
    name: 'values',
    description: 'One column (or row) of values in period order, oldest first.',
    type: 'range' as const,
  },
];

/** "B2:B3" / "Data!B2:C2" → its two cells. */
function twoCells(ref: string): [string, string] | undefined {
  const m = /^((?:'(?:[^']|'')*'|[A-Za-z0-9_.]+)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3}\$?\d+)$/.exec(
    ref.trim(),
  );
  return m ? [(m[1] ?? '') + m[2], (m[1] ?? '') + m[3]] : undefined;
}

const step = elementwise(
  NAME,
  [
    { name: 'values', blank: 'blank', min: 0 },
    { name: 'values', blank: 'blank' },
  ],
  (v) => (v[0] === 0 ? '' : (v[1] - v[0]) / v[0]),
);

export function growthSeries(family: string): KpiDef {
  return {
    name: NAME,
    family,
    summary: 'Period-over-period growth of a column: spills one rate per row, the first row blank.',
    formula: '(value − previous value) / previous value, per row',
    unit: 'percent',
    params: PARAMS,
    source: 'Standard period-over-period growth, as GROWTH_RATE applied down a column.',
    example: { call: '=GROWTH_SERIES({100;110;99})', result: '{"";0.1;-0.1}' },
    notes:
      'Same number of rows as the input, first row blank (no previous period), so it lines up with the data. A row is blank when its value or the previous value is blank, or the previous value is 0. A negative previous value → error. Twin: one cell per row, given the two-cell range previous:current (e.g. B2:B3).',
    compute(args: ArgInput[]) {
      checkArity(NAME, PARAMS, args);
      const col = numericColumn(NAME, { name: 'values' }, args[0]);
      if (col.rows > 1 && col.cols > 1) {
        throw new Error(`${NAME}: values is ${col.label} — expected one column or one row`);
      }
      const n = col.values.length;
      if (n === 1) return '';
      const prev = Array.from(col.values.subarray(0, n - 1), (x) => [x === x ? x : '']);
      const cur = Array.from(col.values.subarray(1), (x) => [x === x ? x : '']);
      // Row k of `prev` is the user's row k, so the engine's "values row k" messages stay right.
      const out = step([prev, cur]);
      // Two values make 1×1 inputs, which the engine returns as a scalar.
      const rates = Array.isArray(out) ? out.map((r) => r[0]) : [out];
      const flat = ['' as number | string | boolean, ...rates];
      return col.cols === 1 ? flat.map((x) => [x]) : [flat];
    },
    twin(refs) {
      const ref = refs[0];
      if (ref === undefined) throw new Error(`twin: ${NAME} needs values`);
      const cells = twoCells(ref);
      if (!cells) {
        if (splitColumns(ref).length === 1 && !ref.includes(':')) return '""'; // first row: no previous period
        throw new Error(`twin: ${NAME} expects the two-cell range previous:current, got "${ref}"`);
      }
      const [p, c] = cells;
      return `IF(OR(${p}="",${p}=0,${c}=""),"",(${c}-${p})/${p})`;
    },
  };
}
