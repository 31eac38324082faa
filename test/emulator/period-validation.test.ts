/**
 * The period block refuses what would silently mislead (issue 12, "Inputs checked"): a compare mode
 * other than previous/year, a start that is not a date, an end before the start — typed as a user
 * types in Sheets (a rejecting data-validation rule keeps the cell's old value and shows the help).
 */
import { applyPlan } from '../../src/gas/applier';
import { TABLES } from '../../src/model/schema';
import { getTemplate } from '../../src/templates';
import type { EmuRange } from '../../src/local/emulator/range';
import { freshSpreadsheet, sheetOf } from './support';

function generatedTab() {
  const ss = freshSpreadsheet();
  const plan = getTemplate('linkedin-page').build(
    { tabs: { [TABLES.daily.tab]: { columns: TABLES.daily.columns.map((c) => c.name), rows: 10 } } },
    { periodStart: '2025-03-01', periodEnd: '2025-03-28', compare: 'previous' },
  );
  applyPlan(ss.asGas(), plan);
  const sheet = sheetOf(ss, plan.title);
  const cell = (a1: string) => sheet.getRange(a1) as unknown as EmuRange;
  const shown = (a1: string) => sheet.getRange(a1).getDisplayValue();
  return { ss, cell, shown };
}

describe('period cells on a generated tab', () => {
  it('"Compare with" offers previous and year and refuses anything else, saying what to pick', () => {
    const { cell, shown } = generatedTab();
    const rule = cell('B7').getDataValidations()[0][0];
    expect(rule?.getCriteriaValues()[0]).toEqual(['previous', 'year']);
    expect(() => cell('B7').typeAsUser('monthly')).toThrow(/Pick previous .* or year/);
    expect(shown('B7')).toBe('previous');
    cell('B7').typeAsUser('year');
    expect(shown('B7')).toBe('year');
  });

  it('the period end refuses a date before the start and keeps the old end', () => {
    const { cell, shown } = generatedTab();
    expect(() => cell('B6').typeAsUser('2025-02-01')).toThrow(/on or after the period start/);
    expect(shown('B6')).toBe('2025-03-28');
    cell('B6').typeAsUser('2025-03-01'); // same day as the start: a one-day period
    expect(shown('B6')).toBe('2025-03-01');
  });

  it('the period start refuses text that is not a date', () => {
    const { cell, shown } = generatedTab();
    expect(() => cell('B5').typeAsUser('last month')).toThrow(/Type a date/);
    expect(shown('B5')).toBe('2025-03-01');
    cell('B5').typeAsUser('2025-03-10');
    expect(shown('B5')).toBe('2025-03-10');
  });

  it('scripts still write any value (Sheets does not check values set by a script)', () => {
    const { cell, shown } = generatedTab();
    cell('B7').setValue('monthly');
    expect(shown('B7')).toBe('monthly');
  });
});
