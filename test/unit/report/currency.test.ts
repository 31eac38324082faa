/** Money in the .xlsx report carries the currency the export states, and only when the rows agree on one. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../../src/local/report/build-report';
import { currenciesOf, currencyFormat } from '../../../src/local/report/currency';
import { TABLES } from '../../../src/model/schema';
import { FIXTURES, fixture, readXlsx } from './support';

describe('currencyFormat', () => {
  it('shows the symbol of a well-known code, or else the code itself', () => {
    expect(currencyFormat('EUR')).toBe('[$€]#,##0.00');
    expect(currencyFormat('usd', '#,##0')).toBe('[$$]#,##0');
    expect(currencyFormat('CHF')).toBe('[$CHF] #,##0.00');
  });
  it('refuses text that is not an ISO 4217 code', () => {
    expect(() => currencyFormat('euros')).toThrow(/"euros" is not an ISO 4217 code/);
  });
  it('lists the distinct codes of a data tab', () => {
    expect(
      currenciesOf([
        ['spend', 'currency'],
        [1, 'EUR'],
        [2, ' eur '],
        [3, ''],
        [4, 'USD'],
      ]),
    ).toEqual(['EUR', 'USD']);
  });
});

/** The Campaign Manager fixture (UTF-16 TSV) with every other row's currency changed to USD. */
function mixedCurrencies(): { name: string; bytes: Uint8Array } {
  const text = readFileSync(join(FIXTURES, 'linkedin-campaign-manager.csv'), 'utf16le');
  let n = 0;
  const mixed = text.replace(/\tEUR\t/g, (m) => (n++ % 2 ? '\tUSD\t' : m));
  expect(n).toBeGreaterThan(10);
  return { name: 'linkedin-campaign-manager.csv', bytes: new Uint8Array(Buffer.from(mixed, 'utf16le')) };
}

describe('currency in the report', () => {
  it('formats the money tiles and data columns with the one currency of the export', async () => {
    const res = await buildReport([fixture('linkedin-campaign-manager.csv')], { template: 'linkedin-ads' });
    const wb = await readXlsx(res.bytes);
    const ws = wb.getWorksheet(res.plan.title)!;
    const spend = res.plan.tiles.find((t) => t.key === 'SPEND')!;
    const ctr = res.plan.tiles.find((t) => t.key === 'CTR')!;
    expect([spend.valueA1, spend.compareA1, spend.targetA1].map((a1) => ws.getCell(a1).numFmt)).toEqual([
      '[$€]#,##0.00',
      '[$€]#,##0.00',
      '[$€]#,##0.00',
    ]);
    expect(ws.getCell(ctr.valueA1).numFmt).toBe('0.00%');
    const data = wb.getWorksheet(TABLES.campaigns.tab)!;
    const spendCol = (data.getRow(1).values as unknown[]).indexOf('spend');
    expect(data.getCell(2, spendCol).numFmt).toBe('[$€]#,##0.00');
  });

  it('shows no symbol when the rows mix currencies, and says so on each money tile', async () => {
    const res = await buildReport([mixedCurrencies()], { template: 'linkedin-ads' });
    const wb = await readXlsx(res.bytes);
    const ws = wb.getWorksheet(res.plan.title)!;
    const spend = res.plan.tiles.find((t) => t.key === 'SPEND')!;
    expect(ws.getCell(spend.valueA1).numFmt).toBe('#,##0.00');
    const note = ws.getCell(spend.valueA1).note;
    expect(typeof note === 'string' ? note : JSON.stringify(note)).toMatch(/mixes currencies \(EUR, USD\)/);
  });
});
