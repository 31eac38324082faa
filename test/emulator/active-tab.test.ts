/**
 * Which tab the user sees. `insertSheet` makes the new sheet active (documented), so hidden
 * staging sheets must hand the user's tab back; the sidebar's "Created <tab>" link asks the
 * server to activate the tab, since a link in the sidebar's iframe cannot switch tabs in Sheets.
 */
import { api } from '../../src/gas/api';
import { TABLES, type CanonicalValue } from '../../src/model/schema';
import { planKpiTab } from '../../src/templates/plan-kpi-tab';
import { freshSpreadsheet } from './support';

const DAILY = TABLES.daily.columns.map((c) => c.name);
const row = (i: number): CanonicalValue[] => {
  const rec: Record<string, CanonicalValue> = {
    platform: 'linkedin',
    account: 'acme',
    date: `2025-06-${String(i + 1).padStart(2, '0')}`,
    impressions: 100 + i,
  };
  return DAILY.map((c) => rec[c] ?? null);
};

function importDays(importId: string, n: number): void {
  const rows = Array.from({ length: n }, (_, i) => row(i));
  api.beginImport({ importId, file: 'd.csv', format: 'x', table: 'daily', columns: DAILY, totalRows: n });
  api.importChunk({ importId, seq: 0, rows });
  api.commitImport({ importIds: [importId] });
}

describe('the active tab', () => {
  it('a new sheet is the active one, as insertSheet documents', () => {
    const ss = freshSpreadsheet();
    ss.asGas().insertSheet('New');
    expect(ss.asGas().getActiveSheet().getName()).toBe('New');
  });

  it('staging an import never leaves a hidden sheet active: the user stays on their tab', () => {
    const ss = freshSpreadsheet();
    importDays('first', 3); // creates the data tab
    const notes = ss.asGas().insertSheet('Notes');
    notes.activate();
    api.beginImport({
      importId: 'again',
      file: 'd.csv',
      format: 'x',
      table: 'daily',
      columns: DAILY,
      totalRows: 3,
    });
    const staging = ss.listSheets().filter((s) => s.hidden);
    expect(staging.length).toBeGreaterThan(0);
    expect(ss.asGas().getActiveSheet().getName()).toBe('Notes');
    api.importChunk({ importId: 'again', seq: 0, rows: [row(0), row(1), row(2)] });
    api.commitImport({ importIds: ['again'] });
    expect(ss.asGas().getActiveSheet().getName()).toBe('Notes');
  });

  it('openTab activates the generated tab; a deleted one gets a message saying what to do', () => {
    const ss = freshSpreadsheet();
    importDays('d', 28);
    const { plan } = planKpiTab(
      api.readKpiData(),
      { templateId: 'linkedin-page', periodStart: '2025-06-01', periodEnd: '2025-06-28' },
      '2026-01-01',
    );
    const res = api.applyKpiTab({ plan });
    ss.asGas().getSheetByName('Sheet1')!.activate();
    expect(api.openTab({ sheetId: res.sheetId })).toEqual({ tab: res.tab });
    expect(ss.asGas().getActiveSheet().getName()).toBe(res.tab);
    ss.asGas().deleteSheet(ss.asGas().getSheetByName(res.tab)!);
    expect(() => api.openTab({ sheetId: res.sheetId })).toThrow(
      'openTab: that tab was deleted. Create the KPI tab again.',
    );
    expect(() => api.openTab({ sheetId: 'x' })).toThrow(/openTab.*sheetId/);
  });
});
