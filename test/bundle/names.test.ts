/**
 * Sheets resolves a built-in function before a custom one, so a KPI named like a built-in would
 * silently never run. Checked against HyperFormula's catalogue plus Google-only names.
 */
import { HyperFormula } from 'hyperformula';
import { lib, loadBundle } from './sandbox';

const GOOGLE_ONLY = (
  'GROWTH TREND FORECAST SPARKLINE QUERY FILTER SORT SORTN UNIQUE IMPORTRANGE IMPORTDATA IMPORTHTML IMPORTXML ' +
  'GOOGLEFINANCE GOOGLETRANSLATE DETECTLANGUAGE ARRAYFORMULA FLATTEN LAMBDA LET MAP REDUCE SCAN XLOOKUP RRI ' +
  'NPV IRR XIRR RATE DAYS NETWORKDAYS IMAGE HYPERLINK'
).split(' ');

describe('KPI function names', () => {
  const { registry } = lib(loadBundle());
  const builtins = new Set([...HyperFormula.getRegisteredFunctionNames('enGB'), ...GOOGLE_ONLY]);

  it('never shadow a built-in spreadsheet function', () => {
    expect(registry.map((k) => k.name).filter((n) => builtins.has(n))).toEqual([]);
  });

  it('are unique', () => {
    const names = registry.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
