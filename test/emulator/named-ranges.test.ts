/**
 * Named ranges on generated tabs, in an emulator as strict as Sheets: names are spreadsheet-wide,
 * a deleted tab's names linger as #REF! (not listed, and setting the same name throws), and a
 * regeneration that Sheets refuses leaves the tab as it was.
 */
import { applyPlan } from '../../src/gas/applier';
import { TABLES } from '../../src/model/schema';
import { getTemplate } from '../../src/templates';
import type { DataTabSchema, SheetPlan } from '../../src/templates/plan';
import type { EmulatedSpreadsheet } from '../../src/local/emulator';
import { freshSpreadsheet, sheetOf } from './support';

const SCHEMA: DataTabSchema = {
  tabs: {
    [TABLES.daily.tab]: { columns: TABLES.daily.columns.map((c) => c.name), rows: 40 },
    [TABLES.posts.tab]: { columns: TABLES.posts.columns.map((c) => c.name), rows: 40 },
    [TABLES.campaigns.tab]: { columns: TABLES.campaigns.columns.map((c) => c.name), rows: 40 },
  },
};
const plan = (template: string, start = '2025-03-01'): SheetPlan =>
  getTemplate(template).build(SCHEMA, { periodStart: start, periodEnd: '2025-03-28', compare: 'previous' });

/** Where each of the plan's names points: "Tab!A1". */
function resolved(ss: EmulatedSpreadsheet, p: SheetPlan, suffix = ''): Record<string, string> {
  return Object.fromEntries(
    p.namedRanges.map((n) => {
      const r = ss.asGas().getRangeByName(n.name + suffix);
      return [n.name + suffix, r ? `${r.getSheet().getName()}!${r.getA1Notation()}` : 'missing'];
    }),
  );
}
const expected = (p: SheetPlan, suffix = '') =>
  Object.fromEntries(
    p.namedRanges.map((n) => [n.name + suffix, `${p.title}!${n.a1.replace(/^([A-Z]+\d+):\1$/, '$1')}`]),
  );

function deleteTab(ss: EmulatedSpreadsheet, title: string): void {
  ss.asGas().deleteSheet(sheetOf(ss, title));
}

describe('named ranges of generated tabs', () => {
  it('two templates in one spreadsheet each keep their own names, also after regenerating the first', () => {
    const ss = freshSpreadsheet();
    const page = plan('linkedin-page');
    const ads = plan('linkedin-ads');
    applyPlan(ss.asGas(), page);
    applyPlan(ss.asGas(), ads);
    applyPlan(ss.asGas(), plan('linkedin-page', '2025-03-02'));
    expect(resolved(ss, page)).toEqual(expected(page));
    expect(resolved(ss, ads)).toEqual(expected(ads));
    expect(page.namedRanges.map((n) => n.name)).toContain('LINKEDIN_PAGE_PERIOD_START');
    expect(ads.namedRanges.map((n) => n.name)).toContain('LINKEDIN_ADS_PERIOD_START');
  });

  it('the strict emulator keeps a deleted tab’s names as #REF! leftovers that block the same name', () => {
    const ss = freshSpreadsheet();
    const gas = ss.asGas();
    const tab = gas.insertSheet('Temp');
    gas.setNamedRange('LEFT_OVER', tab.getRange('A1'));
    deleteTab(ss, 'Temp');
    expect(gas.getNamedRanges().map((n) => n.getName())).not.toContain('LEFT_OVER');
    expect(gas.getRangeByName('LEFT_OVER')).toBeNull();
    expect(() => gas.setNamedRange('LEFT_OVER', gas.getActiveSheet().getRange('A1'))).toThrow(
      'A named range called "LEFT_OVER" already exists',
    );
    expect(() => gas.removeNamedRange('LEFT_OVER')).toThrow('does not exist');
  });

  it('deleting a tab and generating it again works: the new tab names its ranges with its sheet id', () => {
    const ss = freshSpreadsheet();
    const p = plan('linkedin-page');
    applyPlan(ss.asGas(), p);
    deleteTab(ss, p.title);
    const again = applyPlan(ss.asGas(), p);
    const suffix = `_${again.sheetId}`;
    expect(resolved(ss, p, suffix)).toEqual(expected(p, suffix));
    // Regenerating that tab touches no name (all still in place).
    ss.resetCalls();
    applyPlan(ss.asGas(), plan('linkedin-page', '2025-03-02'));
    expect(ss.calls()['Spreadsheet.setNamedRange']).toBeUndefined();
    expect(resolved(ss, p, suffix)).toEqual(expected(p, suffix));
  });

  it('a regeneration Sheets refuses (its names are taken) leaves the tab exactly as it was', () => {
    const ss = freshSpreadsheet();
    const gas = ss.asGas();
    const p = plan('linkedin-page');
    const { sheetId } = applyPlan(gas, p);
    // The next version adds a name; a deleted tab left that name, with and without this tab's suffix.
    const next = { ...plan('linkedin-page', '2025-03-05') };
    next.namedRanges = [...next.namedRanges, { name: 'LINKEDIN_PAGE_EXTRA', a1: 'B5' }];
    const temp = gas.insertSheet('Temp');
    gas.setNamedRange('LINKEDIN_PAGE_EXTRA', temp.getRange('A1'));
    gas.setNamedRange(`LINKEDIN_PAGE_EXTRA_${sheetId}`, temp.getRange('A1'));
    deleteTab(ss, 'Temp');
    const before = ss.toGrid(p.title);
    expect(() => applyPlan(gas, next)).toThrow(
      /Could not create the named ranges of "LinkedIn Page KPIs".*left as it was.*#REF!/,
    );
    expect(ss.toGrid(p.title)).toEqual(before);
    expect(resolved(ss, p)).toEqual(expected(p));
  });

  it('a new tab that fails half-way is removed with its names, so generating again starts clean', () => {
    const ss = freshSpreadsheet();
    const p = plan('growth');
    ss.failOn('Range.setValues');
    expect(() => applyPlan(ss.asGas(), p)).toThrow('Range.setValues failed');
    expect(ss.listSheets().map((s) => s.name)).not.toContain(p.title);
    applyPlan(ss.asGas(), p);
    expect(resolved(ss, p)).toEqual(expected(p));
  });
});
