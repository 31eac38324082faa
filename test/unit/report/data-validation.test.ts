/** The .xlsx report keeps the period block's input checks: Excel refuses what Sheets refuses. */
import { applyPlan } from '../../../src/gas/applier';
import { createSpreadsheet, installGlobals } from '../../../src/local/emulator';
import { spreadsheetToXlsx } from '../../../src/local/report/xlsx';
import { TABLES } from '../../../src/model/schema';
import { getTemplate } from '../../../src/templates';
import { readXlsx } from './support';

it('the period cells of a KPI tab read back with their rejecting rules and help texts', async () => {
  const ss = createSpreadsheet();
  installGlobals(globalThis, ss);
  const plan = getTemplate('linkedin-page').build(
    { tabs: { [TABLES.daily.tab]: { columns: TABLES.daily.columns.map((c) => c.name), rows: 10 } } },
    { periodStart: '2025-03-01', periodEnd: '2025-03-28', compare: 'previous' },
  );
  applyPlan(ss.asGas(), plan);
  const wb = await readXlsx(await spreadsheetToXlsx(ss));
  const ws = wb.getWorksheet(plan.title);
  const dv = (a1: string) => ws?.getCell(a1).dataValidation;
  expect(dv('B7')).toMatchObject({
    type: 'list',
    formulae: ['"previous,year"'],
    errorStyle: 'stop',
    showErrorMessage: true,
  });
  expect(dv('B7')?.error).toMatch(/Pick previous/);
  expect(dv('B5')).toMatchObject({ type: 'custom', formulae: ['ISNUMBER(B5)'], errorStyle: 'stop' });
  expect(dv('B6')).toMatchObject({
    type: 'custom',
    formulae: ['AND(ISNUMBER(B6),B6>=$B$5)'],
    errorStyle: 'stop',
  });
  expect(dv('B6')?.error).toMatch(/on or after the period start/);
  expect(dv('B8')).toBeUndefined();
});
