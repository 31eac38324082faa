/**
 * A typed formula cannot make the evaluator compute more than the grid holds: like Sheets, an array
 * result that would run past the sheet's last row or column is an error (#REF! in Sheets:
 * "Result was not automatically expanded"), decided from its size before anything is computed.
 */
import { freshSpreadsheet } from './support';

describe('array results are bounded by the grid', () => {
  it('=SEQUENCE(3000,3000) on a 1000 × 26 sheet is an error, not 9 million computed cells', () => {
    const ss = freshSpreadsheet();
    const r = ss.asGas().getActiveSheet().getRange('A1');
    r.setFormula('=SEQUENCE(3000,3000)');
    expect(String(r.getValue())).toMatch(/^#(REF|VALUE|SPILL)!/);
  });

  it('an array that fits is still computed (the emulator keeps its top-left value in the cell)', () => {
    const ss = freshSpreadsheet();
    const sh = ss.asGas().getActiveSheet();
    sh.getRange('A1').setFormula('=SEQUENCE(3,2)');
    sh.getRange('C1').setFormula('=SUM(SEQUENCE(100,20))');
    expect(sh.getRange('A1').getValue()).toBe(1);
    expect(sh.getRange('C1').getValue()).toBe(2001000);
  });
});
