/**
 * A user's sheet protection is theirs: `Sheet.protect()` returns the existing protection
 * (documented), so the applier must never turn it into warning-only or remove it.
 */
import { applyPlan } from '../../src/gas/applier';
import { TABLES } from '../../src/model/schema';
import { getTemplate } from '../../src/templates';
import type { SheetPlan } from '../../src/templates/plan';
import { freshSpreadsheet, sheetOf } from './support';

const plan = (start = '2025-03-01'): SheetPlan =>
  getTemplate('linkedin-page').build(
    { tabs: { [TABLES.daily.tab]: { columns: TABLES.daily.columns.map((c) => c.name), rows: 10 } } },
    { periodStart: start, periodEnd: '2025-03-28', compare: 'previous' },
  );

const sheetProtections = (s: GoogleAppsScript.Spreadsheet.Sheet) =>
  s.getProtections(SpreadsheetApp.ProtectionType.SHEET).map((p) => ({
    warningOnly: p.isWarningOnly(),
    description: p.getDescription(),
  }));

describe('sheet protections', () => {
  it('Sheet.protect() hands back the existing protection instead of adding one', () => {
    const ss = freshSpreadsheet();
    const sheet = ss.asGas().getActiveSheet();
    sheet.protect().setDescription('mine');
    const again = sheet.protect();
    expect(again.getDescription()).toBe('mine');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });

  it("generating into a tab the user protected keeps the user's strict protection", () => {
    const ss = freshSpreadsheet();
    const p = plan();
    ss.asGas().insertSheet(p.title).protect().setDescription('Only finance edits this');
    applyPlan(ss.asGas(), p);
    applyPlan(ss.asGas(), plan('2025-03-02'));
    expect(sheetProtections(sheetOf(ss, p.title))).toEqual([
      { warningOnly: false, description: 'Only finance edits this' },
    ]);
  });

  it('once the user makes the generated protection strict, regenerating keeps it strict', () => {
    const ss = freshSpreadsheet();
    const p = plan();
    applyPlan(ss.asGas(), p);
    const sheet = sheetOf(ss, p.title);
    sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].setWarningOnly(false);
    applyPlan(ss.asGas(), plan('2025-03-02'));
    expect(sheetProtections(sheet)).toEqual([{ warningOnly: false, description: '' }]);
  });

  it('its own warning-only protection is updated in place on regeneration', () => {
    const ss = freshSpreadsheet();
    const p = plan();
    applyPlan(ss.asGas(), p);
    ss.resetCalls();
    applyPlan(ss.asGas(), plan('2025-03-02'));
    expect(ss.calls()['Sheet.protect']).toBeUndefined();
    expect(ss.calls()['Protection.remove']).toBeUndefined();
    const [prot] = sheetOf(ss, p.title).getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(prot.isWarningOnly()).toBe(true);
    expect(prot.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(p.inputs);
  });
});
