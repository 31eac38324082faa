import { HyperFormula, type RawCellContent } from 'hyperformula';
import { registerKpiPlugin } from '../../../src/local/hyperformula-kpi-plugin';
import { REGISTRY, getKpi } from '../../../src/kpi/registry';

registerKpiPlugin();

function book(rows: RawCellContent[][]): HyperFormula {
  return HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3', smartRounding: false });
}
const at = (hf: HyperFormula, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);

describe('KPI functions inside HyperFormula (workbench / emulator)', () => {
  it('registers idempotently and knows every registry function', () => {
    registerKpiPlugin();
    const names = HyperFormula.getRegisteredFunctionNames('enGB');
    for (const k of REGISTRY) expect(names).toContain(k.name);
  });

  it('evaluates scalar calls with the registry compute', () => {
    const hf = book([
      ['=CTR(34,1000)', '=CPM(50,20000)', '=SSI_FOCUS(18.5,12,15.25,20)', '=SOCIAL_ROI(3000,2000)'],
    ]);
    expect(at(hf, 'A1')).toBeCloseTo(0.034, 15);
    expect(at(hf, 'B1')).toBe(2.5);
    expect(at(hf, 'C1')).toBe('Find the right people');
    expect(at(hf, 'D1')).toBe(0.5);
    hf.destroy();
  });

  it('spills range results down the sheet, blanks as empty strings', () => {
    const hf = book([
      [10, 100, 'I love it', '=CTR(A1:A3,B1:B3)', '=SENTIMENT(C1:C3)', '=GROWTH_SERIES(B1:B3)'],
      [20, 400, '', null, null, null],
      [null, 0, 'bad', null, null, null],
    ]);
    expect([at(hf, 'D1'), at(hf, 'D2'), at(hf, 'D3')]).toEqual([0.1, 0.05, '']);
    expect(at(hf, 'E1')).toBeCloseTo(3 / Math.sqrt(24), 12);
    expect(at(hf, 'E2')).toBe('');
    expect(at(hf, 'E3')).toBeCloseTo(-3 / Math.sqrt(24), 12);
    expect([at(hf, 'F1'), at(hf, 'F2'), at(hf, 'F3')]).toEqual(['', 3, -1]);
    hf.destroy();
  });

  it('adds row-sum columns and returns a single value for aggregates', () => {
    const hf = book([
      [10, 10, 100, '=ENGAGEMENT_RATE(A1:B2,C1:C2)', '=AVG_ENGAGEMENT_RATE(A1:B2,C1:C2,"mean")'],
      [20, 10, 400, null, null],
    ]);
    expect(at(hf, 'D1')).toBeCloseTo(0.2, 15);
    expect(at(hf, 'D2')).toBeCloseTo(0.075, 15);
    expect(at(hf, 'E1')).toBeCloseTo(0.1375, 15);
    hf.destroy();
  });

  it('reads dates typed into cells as serial numbers', () => {
    const hf = book([
      ['2024-03-04 12:00', '2024-03-04 13:30', '=AVG_RESPONSE_TIME(A1:A2,B1:B2)'],
      ['2024-03-04 18:00', '2024-03-04 21:00', null],
    ]);
    expect(at(hf, 'C1')).toBeCloseTo(135, 6);
    hf.destroy();
  });

  it('shows the compute error message as #VALUE!', () => {
    const hf = book([[1, 10, '=CTR(A1:A2,B1:B3)', '=CTR(1,-5)']]);
    const shape = at(hf, 'C1') as { type: string; message: string };
    expect(shape.type).toBe('VALUE');
    expect(shape.message).toBe(
      'CTR: clicks is 2×1 but impressions is 3×1 — ranges must have the same shape (or be a single cell)',
    );
    expect((at(hf, 'D1') as { message: string }).message).toContain('impressions is -5');
    hf.destroy();
  });

  it('spills KPI_LIST with a header row', () => {
    const hf = book([['=KPI_LIST()']]);
    expect(at(hf, 'A1')).toBe('function');
    expect(at(hf, 'B2')).toBe(getKpi(String(at(hf, 'A2'))).summary);
    expect(hf.getSheetDimensions(0).height).toBe(REGISTRY.length + 1);
    hf.destroy();
  });

  it('agrees with the twin of the same KPI in the same sheet', () => {
    const k = getKpi('LINKEDIN_ENGAGEMENT_RATE');
    const hf = book([
      [
        40,
        25,
        5,
        2,
        2000,
        null,
        '=LINKEDIN_ENGAGEMENT_RATE(A1,B1,C1,D1,E1,F1)',
        '=' + k.twin!(['A1', 'B1', 'C1', 'D1', 'E1', 'F1']),
      ],
    ]);
    expect(at(hf, 'G1')).toBeCloseTo(0.036, 15);
    expect(at(hf, 'H1')).toBe(at(hf, 'G1'));
    hf.destroy();
  });
});

describe('function help examples typed into a HyperFormula sheet', () => {
  const literalExamples = REGISTRY.filter((k) => k.name !== 'KPI_LIST');
  it.each(literalExamples.map((k) => [k.example.call, k.example.result]))('%s gives %s', (call, result) => {
    const hf = book([[call]]);
    if (result.startsWith('{')) {
      // A spilled column such as {"";0.1;-0.1}.
      const expected = result
        .slice(1, -1)
        .split(';')
        .map((x) => (x === '""' ? '' : Number(x)));
      expected.forEach((e, r) => expect(hf.getCellValue({ sheet: 0, row: r, col: 0 })).toEqual(e));
    } else if (/^-?[\d.]+$/.test(result)) {
      const decimals = (result.split('.')[1] ?? '').length;
      const v = at(hf, 'A1') as number;
      expect(Math.abs(v - Number(result))).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
    } else {
      expect(at(hf, 'A1')).toBe(result);
    }
    hf.destroy();
  });
});
