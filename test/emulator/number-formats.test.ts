/**
 * "#,##0.##" shows a whole number with a trailing dot in Sheets ("1,200."): the emulator displays
 * it that way, and no generated tab uses a format whose decimals are all optional.
 */
import { applyPlan } from '../../src/gas/applier';
import { formatDisplay } from '../../src/local/emulator/number-format';
import { writeTable } from '../../src/gas/writer';
import { TABLES, type CanonicalValue, type ColumnType, type TableName } from '../../src/model/schema';
import { TEMPLATES } from '../../src/templates';
import type { DataTabSchema } from '../../src/templates/plan';
import { freshSpreadsheet, sheetOf } from './support';

const OPTIONAL_DECIMALS_ONLY = /\.#+(?![0#])/;

const SCHEMA: DataTabSchema = {
  tabs: Object.fromEntries(
    Object.values(TABLES).map((t) => [t.tab, { columns: t.columns.map((c) => c.name), rows: 30 }]),
  ),
};

/** Synthetic rows for every canonical column: whole numbers and amounts with cents. */
function rows(table: TableName): CanonicalValue[][] {
  const value = (type: ColumnType, name: string, i: number): CanonicalValue => {
    const day = `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    if (type === 'date') return day;
    if (type === 'datetime') return `${day}T10:00:00Z`;
    if (type === 'currency') return 10 + i + 0.25;
    if (type === 'percent') return 0.05;
    if (type === 'count' || type === 'number') return 100 + i;
    if (name === 'platform') return 'linkedin';
    return `${name}-${i}`;
  };
  return Array.from({ length: 30 }, (_, i) => TABLES[table].columns.map((c) => value(c.type, c.name, i)));
}

describe('number formats as Sheets displays them', () => {
  it('a currency symbol in brackets ("[$€]", with or without a locale) shows as the symbol', () => {
    // The .xlsx report's currency formats (ECMA-376 §18.8.31 "[$symbol-locale]"); LibreOffice prints
    // them as the symbol (test/unit/report/print.test.ts). Sheets' docs are silent on the bracket form.
    expect(formatDisplay(3541.18, '[$€]#,##0.00')).toBe('€3,541.18');
    expect(formatDisplay(2.9, '[$$-409]#,##0.00')).toBe('$2.90');
  });

  it('optional decimals: the point stays when no digit follows it', () => {
    expect(formatDisplay(1200, '#,##0.##')).toBe('1,200.');
    expect(formatDisplay(1200.5, '#,##0.##')).toBe('1,200.5');
    expect(formatDisplay(1200, '#,##0.0#')).toBe('1,200.0');
    expect(formatDisplay(1200, '#,##0.00')).toBe('1,200.00');
    expect(formatDisplay(0.1234, '0.00%')).toBe('12.34%');
  });

  it.each(TEMPLATES.map((t) => [t.id]))('the %s tab shows no number ending in a bare point', (id) => {
    const t = TEMPLATES.find((x) => x.id === id)!;
    const plan = t.build(SCHEMA, { periodStart: '2025-03-01', periodEnd: '2025-03-28', compare: 'previous' });
    expect(plan.cells.map((c) => c.format ?? '').filter((f) => OPTIONAL_DECIMALS_ONLY.test(f))).toEqual([]);
    const ss = freshSpreadsheet();
    for (const table of Object.keys(TABLES) as TableName[])
      writeTable(ss.asGas(), { table, columns: TABLES[table].columns.map((c) => c.name), rows: rows(table) });
    applyPlan(ss.asGas(), plan);
    const range = sheetOf(ss, plan.title).getDataRange();
    const values = range.getValues().flat();
    const shown = range.getDisplayValues().flat();
    expect(shown.filter((v, i) => typeof values[i] === 'number' && /\d\.$/.test(v))).toEqual([]);
    // The check sees numbers at all: every tab has numbers on it.
    expect(values.some((v) => typeof v === 'number')).toBe(true);
  });
});
