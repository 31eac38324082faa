/**
 * The twins are portable: the same random sheets as the HyperFormula property test, written to
 * .xlsx WITHOUT cached values and recalculated headlessly by LibreOffice, give the compute's
 * results. Samples come from a fixed seed (one LibreOffice run for all KPIs). LibreOffice adds
 * with compensated summation, so numbers are compared to 1e-12 relative instead of exactly.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import {
  AGGREGATE_CASES,
  ELEMENT_KPIS,
  elementCase,
  elementLayout,
  expectSame,
  type Layout,
} from '../unit/kpi/twin-cases';
import { recalcWithLibreOffice } from '../helpers/libreoffice';

const SEED = 20240304;
const relative = (x: number) => 1e-12 * Math.max(1, Math.abs(x));
/**
 * AVG_RESPONSE_TIME is (Σ replied − Σ received) over date serials near 45 000 (the one non-array
 * form every engine evaluates), so the last bits of those sums — ~1e-11 day each — survive the
 * subtraction; LibreOffice's compensated sums land elsewhere within that. 1e-6 minutes = 60 µs.
 */
const TOLERANCE: Record<string, (x: number) => number> = { AVG_RESPONSE_TIME: () => 1e-6 };

/** Several layouts stacked on one sheet, each starting below the previous. */
function stack(layouts: Layout[]): { sheet: XLSX.WorkSheet; placed: { layout: Layout; offset: number }[] } {
  const sheet: XLSX.WorkSheet = {};
  const placed: { layout: Layout; offset: number }[] = [];
  let offset = 0;
  let maxCol = 0;
  for (const layout of layouts) {
    layout.grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return; // blank: no cell at all
        sheet[XLSX.utils.encode_cell({ r: offset + r, c })] =
          typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
        maxCol = Math.max(maxCol, c);
      }),
    );
    for (const f of layout.formulas) {
      // Shift the twin's references down to where this layout sits.
      const formula = f.formula.replace(
        /([A-Z])(\d+)/g,
        (_, col: string, row: string) => `${col}${Number(row) + offset}`,
      );
      sheet[XLSX.utils.encode_cell({ r: offset + f.row, c: f.col })] = { t: 'n', f: formula };
      maxCol = Math.max(maxCol, f.col);
    }
    placed.push({ layout, offset });
    offset += Math.max(layout.grid.length, ...layout.formulas.map((f) => f.row + 1)) + 1;
  }
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: offset, c: maxCol } });
  return { sheet, placed };
}

describe('twins recalculated by LibreOffice equal the compute', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-twins-'));
  const books: { name: string; placed: { layout: Layout; offset: number }[] }[] = [];
  let recalculated: XLSX.WorkBook;

  beforeAll(() => {
    const wb = XLSX.utils.book_new();
    const add = (name: string, layouts: Layout[]) => {
      const { sheet, placed } = stack(layouts);
      XLSX.utils.book_append_sheet(wb, sheet, name);
      books.push({ name, placed });
    };
    for (const k of ELEMENT_KPIS) {
      const cases = fc.sample(elementCase(k, 8), { numRuns: 25, seed: SEED });
      add(
        k.name,
        cases.map((c) => elementLayout(k, c)).filter((l): l is Layout => l !== null),
      );
    }
    for (const [name, arb] of AGGREGATE_CASES) add(name, fc.sample(arb, { numRuns: 25, seed: SEED }));
    const input = join(dir, 'twins.xlsx');
    writeFileSync(input, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    recalcWithLibreOffice([input], join(dir, 'out'), join(dir, 'profile'));
    recalculated = XLSX.read(readFileSync(join(dir, 'out', 'twins.xlsx')));
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('covers every KPI that has a twin', () => {
    expect(books.map((b) => b.name).sort()).toEqual(
      [...ELEMENT_KPIS.map((k) => k.name), ...AGGREGATE_CASES.map(([n]) => n)].sort(),
    );
    for (const b of books) expect(b.placed.length).toBeGreaterThan(5);
  });

  it.each([...ELEMENT_KPIS.map((k) => k.name), ...AGGREGATE_CASES.map(([n]) => n)])('%s', (name) => {
    const book = books.find((b) => b.name === name)!;
    const sheet = recalculated.Sheets[name];
    expect(sheet).toBeDefined();
    for (const { layout, offset } of book.placed) {
      layout.formulas.forEach((f, i) => {
        const cell = sheet[XLSX.utils.encode_cell({ r: offset + f.row, c: f.col })] as
          XLSX.CellObject | undefined;
        const value = cell === undefined ? '' : cell.t === 'e' ? `#ERROR ${cell.w ?? cell.v}` : cell.v;
        expectSame(
          value,
          layout.expected[i],
          `${name} at row ${offset + f.row + 1}: =${f.formula}`,
          TOLERANCE[name] ?? relative,
        );
      });
    }
  });
});
