/**
 * The fast SUMIFS/COUNTIFS/AVERAGEIFS/MAXIFS/MINIFS the emulator registers: the same results as
 * HyperFormula's own implementation on random data, and Sheets' rules where HyperFormula has none
 * (AVERAGEIFS) or differs (wildcards never match numbers).
 */
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { registerFastCriteria } from '../../src/local/hyperformula-fast-criteria';

const builtIn = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
registerFastCriteria();
const fast = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });

const cell = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom('linkedin', 'LinkedIn', 'x', 'organic', 'sponsored', ''),
  fc.constant(null),
  fc.boolean(),
);
const criterion = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.constantFrom(
    '>=0',
    '<2',
    '<>3',
    '>-1',
    '<=1',
    '=x',
    'linkedin',
    '<>x',
    '<>',
    '=',
    'organic',
    'TRUE',
    'link*',
  ),
);

function evaluate(hf: HyperFormula, formula: string, rows: unknown[][]): unknown {
  const name = `s${Math.random().toString(36).slice(2, 8)}`;
  hf.addSheet(name);
  const id = hf.getSheetId(name)!;
  hf.setCellContents({ sheet: id, row: 0, col: 0 }, rows as never);
  hf.setCellContents({ sheet: id, row: 0, col: 7 }, [[formula]]);
  const v = hf.getCellValue({ sheet: id, row: 0, col: 7 });
  hf.removeSheet(id);
  return typeof v === 'object' && v !== null ? (v as { type: string }).type : v;
}

const table = fc.array(fc.tuple(cell, cell, fc.integer({ min: -100, max: 100 })), {
  minLength: 12,
  maxLength: 12,
});

describe('fast criterion functions', () => {
  it.each([
    'SUMIFS(C1:C12,A1:A12,G1,B1:B12,G2)',
    'COUNTIFS(A1:A12,G1,B1:B12,G2)',
    'MAXIFS(C1:C12,A1:A12,G1,B1:B12,G2)',
    'MINIFS(C1:C12,B1:B12,G2)',
  ])('=%s equals HyperFormula’s built-in on random data and criteria', (f) => {
    fc.assert(
      fc.property(table, criterion, criterion, (rows, c1, c2) => {
        const grid = rows.map((r, i) => [...r, null, null, null, i === 0 ? c1 : i === 1 ? c2 : null]);
        expect(evaluate(fast, `=${f}`, grid)).toEqual(evaluate(builtIn, `=${f}`, grid));
      }),
      { numRuns: 150 },
    );
  });

  it('follows Sheets where HyperFormula has no rule: AVERAGEIFS, and wildcards that only match text', () => {
    const rows = [
      ['a', 1, 10],
      ['ab', 0, 20],
      [7, 2, 30],
      [null, 3, 40],
    ];
    expect(evaluate(fast, '=AVERAGEIFS(C1:C4,A1:A4,"a*")', rows)).toBe(15);
    expect(evaluate(fast, '=AVERAGEIFS(C1:C4,A1:A4,"zz")', rows)).toBe('DIV_BY_ZERO');
    expect(evaluate(fast, '=COUNTIFS(A1:A4,"?")', rows)).toBe(1);
    expect(evaluate(fast, '=SUMIFS(C1:C4,A1:A4,"=")', rows)).toBe(40);
    expect(evaluate(fast, '=SUMIFS(C1:C4,B1:B4,">="&1,B1:B4,"<"&3)', rows)).toBe(40);
  });

  it('rejects ranges of different sizes like Sheets (#VALUE!)', () => {
    expect(evaluate(fast, '=SUMIFS(C1:C4,A1:A3,"a")', [[1, 1, 1]])).toBe('VALUE');
  });
});
