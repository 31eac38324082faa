/**
 * Native twins agree with the compute: for random inputs (blanks, zeros, negatives, decimals),
 * each KPI's twin formula evaluated by HyperFormula equals the registry's compute — blank = blank,
 * numbers within 1e-12 (relative above 1), text identical. One HyperFormula instance is reused across all runs.
 */
import fc from 'fast-check';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { KpiDef } from '../../src/kpi/types';
import {
  AGGREGATE_CASES,
  ELEMENT_KPIS,
  elementCase,
  elementLayout,
  expectSame,
  layoutElement,
  validRows,
  type Layout,
} from '../unit/kpi/twin-cases';

const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
const sheet = hf.getSheetId(hf.addSheet('S'))!;
afterAll(() => hf.destroy());

/** Twin values as HyperFormula computes them for the layout (errors as text, so they never equal a result). */
function evaluate({ grid, formulas }: Layout): unknown[] {
  hf.clearSheet(sheet);
  hf.setCellContents({ sheet, row: 0, col: 0 }, grid as RawCellContent[][]);
  for (const f of formulas) hf.setCellContents({ sheet, row: f.row, col: f.col }, [['=' + f.formula]]);
  return formulas.map((f) => {
    const v = hf.getCellValue({ sheet, row: f.row, col: f.col });
    return typeof v === 'object' && v !== null ? `#ERROR ${JSON.stringify(v)}` : v;
  });
}

function expectLayout(name: string, layout: Layout): void {
  const twins = evaluate(layout);
  layout.formulas.forEach((f, i) =>
    expectSame(
      twins[i],
      layout.expected[i],
      `${name} row ${f.row + 1} =${f.formula} on ${JSON.stringify(layout.grid)}`,
    ),
  );
}

describe('element-wise twins equal the compute (HyperFormula)', () => {
  it.each(ELEMENT_KPIS.map((k) => [k.name, k] as [string, KpiDef]))('%s', (_, k) => {
    fc.assert(
      fc.property(elementCase(k), (c) => {
        const layout = elementLayout(k, c);
        fc.pre(layout !== null);
        expectLayout(k.name, layout);
      }),
      { numRuns: 60 },
    );
  });
});

describe('aggregate twins equal the compute (HyperFormula)', () => {
  it.each(AGGREGATE_CASES)('%s', (name, cases) => {
    fc.assert(
      fc.property(cases, (layout) => expectLayout(name, layout)),
      { numRuns: 120 },
    );
  });
});

describe('twins given expressions instead of cells (as templates pass SUMIFS(…))', () => {
  // "0+B1" breaks any twin that forgets parentheses: N(A1)/0+B1 divides by zero.
  const asExpression = (ref: string | undefined) =>
    ref === undefined || ref.includes(':') ? ref : `0+${ref}`;
  it.each(ELEMENT_KPIS.map((k) => [k.name, k] as [string, KpiDef]))('%s', (_, k) => {
    fc.assert(
      fc.property(elementCase(k), (c) => {
        // An expression is never blank (0+blank = 0), so compare on filled rows only.
        const rows = validRows(k, c).filter((r) => r.every((cells) => cells.every((v) => v !== null)));
        fc.pre(rows.length > 0);
        const layout = layoutElement(k, rows, c.given);
        const original = k.twin!;
        const exprTwin = { ...k, twin: (refs: (string | undefined)[]) => original(refs.map(asExpression)) };
        expectLayout(k.name, layoutElement(exprTwin, rows, c.given));
        expect(layout.expected).toEqual(layoutElement(exprTwin, rows, c.given).expected);
      }),
      { numRuns: 30 },
    );
  });
});
