/** A fill-down's R1C1 formula read from each cell, as Sheets reads it (Range.setFormulaR1C1). */
import { r1c1ToA1 } from '../../../src/cells/r1c1';

describe('r1c1ToA1', () => {
  it('keeps absolute references fixed and moves relative ones with the cell', () => {
    expect(r1c1ToA1('=R5C2+RC[-1]', 3, 78)).toBe('=$B$5+BY3');
    expect(r1c1ToA1('=R5C2+RC[-1]', 100002, 78)).toBe('=$B$5+BY100002');
    expect(r1c1ToA1('=R[0]C[0]+R[-1]C[2]', 10, 3)).toBe('=C10+E9');
  });

  it('fixes one axis only when only that axis is absolute', () => {
    expect(r1c1ToA1('=RC3', 7, 78)).toBe('=$C7');
    expect(r1c1ToA1('=R2C[1]', 7, 1)).toBe('=B$2');
  });

  it('reads references on other sheets and ranges, but not text, sheet names or functions', () => {
    expect(r1c1ToA1(`=SUM('R1C1 data'!RC3:R[2]C3)`, 4, 1)).toBe(`=SUM('R1C1 data'!$C4:$C6)`);
    expect(r1c1ToA1('=IF(RC1="RC",ROW(),"R1C1")', 2, 2)).toBe('=IF($A2="RC",ROW(),"R1C1")');
  });

  it('turns a reference that falls off the grid into #REF!, as Sheets does', () => {
    expect(r1c1ToA1('=R[-2]C+1', 1, 1)).toBe('=#REF!+1');
    expect(r1c1ToA1('=RC[-3]', 5, 2)).toBe('=#REF!');
  });
});
