/** The emulated spreadsheet behaves like Google Sheets where the add-on depends on it. */
import { createSpreadsheet, installGlobals } from '../../src/local/emulator';
import { freshSpreadsheet } from './support';

describe('setValues parses strings the way Sheets parses typed input', () => {
  const ss = freshSpreadsheet();
  const sheet = ss.asGas().getActiveSheet();
  const write = (v: unknown) => {
    const r = sheet.getRange('A1');
    r.setNumberFormat('');
    r.setValues([[v]]);
    return { value: r.getValue(), formula: r.getFormula(), format: r.getNumberFormat() };
  };

  it('turns "=…" into a formula and returns its computed value', () => {
    expect(write('=1+2')).toMatchObject({ value: 3, formula: '=1+2' });
  });

  it('keeps text after a leading apostrophe, without the apostrophe', () => {
    expect(write('\'=HYPERLINK("http://x","click")')).toMatchObject({
      value: '=HYPERLINK("http://x","click")',
      formula: '',
    });
    expect(write("'01234")).toMatchObject({ value: '01234' });
  });

  it('loses leading zeros, parses percents, currency, booleans and dates', () => {
    expect(write('01234').value).toBe(1234);
    expect(write('1,204').value).toBe(1204);
    expect(write('4.5%')).toMatchObject({ value: 0.045, format: '0.00%' });
    expect(write('$1.20').value).toBe(1.2);
    expect(write('TRUE').value).toBe(true);
    const d = write('2025-07-20').value as Date;
    expect(d).toBeInstanceOf(Date);
    expect(d.toISOString()).toBe('2025-07-20T00:00:00.000Z');
  });

  it('never keeps "+…" or "-…" expressions as text: they become formulas', () => {
    expect(write('-2+3')).toMatchObject({ value: 1, formula: '=-2+3' });
    expect(write('+1 555 0100')).toMatchObject({ value: '#ERROR!', formula: '=+1 555 0100' });
  });

  it('stores strings verbatim in cells formatted as plain text ("@")', () => {
    const r = sheet.getRange('B1');
    r.setNumberFormat('@');
    r.setValues([['=1+2']]);
    expect(r.getValue()).toBe('=1+2');
    expect(r.getFormula()).toBe('');
    r.setValues([['01234']]);
    expect(r.getValue()).toBe('01234');
  });

  it('reads month-name dates and money in any currency sign, as Sheets does in en_US (#11.6)', () => {
    const year = new Date().getUTCFullYear();
    const iso = (v: unknown) => (v as Date).toISOString().slice(0, 10);
    expect(iso(write('Sep-2024').value)).toBe('2024-09-01');
    expect(iso(write('Jan-25').value)).toBe(`${year}-01-25`);
    expect(iso(write('Dec.25').value)).toBe(`${year}-12-25`);
    expect(write('₹500')).toMatchObject({ value: 500 });
    expect(write('R$ 10')).toMatchObject({ value: 10 });
    expect(write('Marketing 2024').value).toBe('Marketing 2024');
  });

  it('parses typed numbers by the spreadsheet locale', () => {
    const de = createSpreadsheet({ locale: 'de_DE' });
    const r = de.asGas().getActiveSheet().getRange('A1');
    expect(de.asGas().getSpreadsheetLocale()).toBe('de_DE');
    r.setValues([['1.234,5']]);
    expect(r.getValue()).toBe(1234.5);
    r.setValues([['4,5%']]);
    expect(r.getValue()).toBe(0.045);
    r.setValues([['1,234.5']]);
    expect(r.getValue()).toBe('1,234.5');
  });

  it('keeps a number written to a plain-text cell as its text (the strict reading; docs are silent)', () => {
    const r = sheet.getRange('C1');
    r.setNumberFormat('@');
    r.setValues([[1000]]);
    expect(r.getValue()).toBe('1000');
  });

  it('refuses a cell over 50,000 characters, and then writes nothing of the call', () => {
    const r = sheet.getRange('D1:E1');
    expect(() => r.setValues([['ok', 'x'.repeat(50_001)]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(r.getValues()).toEqual([['', '']]);
    r.setValues([['ok', 'x'.repeat(50_000)]]);
    expect((r.getValues()[0][1] as string).length).toBe(50_000);
  });

  it('rejects data whose shape does not match the range, naming both sizes', () => {
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(/data has 1 but the range has 2/);
  });
});

describe('formulas are evaluated by HyperFormula across tabs and named ranges', () => {
  it('computes cross-tab SUMIFS, open-ended ranges and named ranges', () => {
    const ss = freshSpreadsheet();
    const app = ss.asGas();
    const data = app.insertSheet('Data · Posts');
    data.getRange('A1:B4').setValues([
      ['date', 'clicks'],
      ['2025-07-01', 10],
      ['2025-07-02', 20],
      ['2025-08-01', 40],
    ]);
    const kpi = app.insertSheet('KPI');
    kpi.getRange('A1:A2').setValues([['2025-07-01'], ['2025-07-31']]);
    app.setNamedRange('PERIOD_START', kpi.getRange('A1'));
    kpi
      .getRange('B1')
      .setFormula(
        `=SUMIFS('Data · Posts'!B2:B,'Data · Posts'!A2:A,">="&PERIOD_START,'Data · Posts'!A2:A,"<="&A2)`,
      );
    expect(kpi.getRange('B1').getValue()).toBe(30);
    // Changing an input re-evaluates dependants.
    kpi.getRange('A2').setValue('2025-08-31');
    expect(kpi.getRange('B1').getValue()).toBe(70);
    // Growing the data tab extends the open-ended range.
    data.insertRowsAfter(data.getMaxRows(), 10);
    data.getRange(data.getMaxRows(), 1, 1, 2).setValues([['2025-07-15', 5]]);
    expect(kpi.getRange('B1').getValue()).toBe(75);
    expect(kpi.getRange('B1').getFormulas()[0][0]).toContain("'Data · Posts'!B2:B,");
  });

  it('evaluates the add-on KPI functions typed into cells (HyperFormula plugin)', () => {
    const ss = freshSpreadsheet();
    const s = ss.asGas().getActiveSheet();
    s.getRange('A1:C2').setValues([
      [34, 1000, '=CTR(A1,B1)'],
      [5, 0, '=CTR(A2,B2)'],
    ]);
    expect(s.getRange('C1:C2').getValues()).toEqual([[0.034], ['']]);
  });

  it('returns Sheets error strings and Date objects for date-formatted results', () => {
    const ss = freshSpreadsheet();
    const s = ss.asGas().getActiveSheet();
    s.getRange('A1:B1').setFormulas([['=1/0', '=DATE(2025,7,20)+1']]);
    s.getRange('B1').setNumberFormat('yyyy-mm-dd');
    const [[err, date]] = s.getRange('A1:B1').getValues();
    expect(err).toBe('#DIV/0!');
    expect((date as Date).toISOString()).toBe('2025-07-21T00:00:00.000Z');
    expect(s.getRange('B1').getDisplayValue()).toBe('2025-07-21');
  });
});

describe('sheet structure and Sheets limits', () => {
  it('setConditionalFormatRules replaces every rule on the sheet', () => {
    const ss = freshSpreadsheet();
    const s = ss.asGas().getActiveSheet();
    const rule = (f: string) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(f)
        .setBackground('#ff0000')
        .setRanges([s.getRange('A1:A5')])
        .build();
    s.setConditionalFormatRules([rule('=A1>1'), rule('=A1>2')]);
    s.setConditionalFormatRules([rule('=A1>3')]);
    const rules = s.getConditionalFormatRules();
    expect(rules.map((r) => r.getBooleanCondition()?.getCriteriaValues()[0])).toEqual(['=A1>3']);
    expect(rules[0].getRanges()[0].getA1Notation()).toBe('A1:A5');
  });

  it('throws like Sheets when the workbook would exceed 10 million cells', () => {
    const ss = freshSpreadsheet();
    const s = ss.asGas().getActiveSheet();
    s.insertRowsAfter(1000, 300_000); // 301,000 × 26 = 7.8 M cells
    expect(() => s.insertRowsAfter(1000, 100_000)).toThrow(/above the limit of 10,000,000 cells/);
    expect(s.getMaxRows()).toBe(301_000);
    expect(() => ss.asGas().insertSheet('more').insertColumnsAfter(26, 4000)).toThrow(/10,000,000/);
  });

  it('stops at column ZZZ (18,278 columns) like Sheets', () => {
    const ss = freshSpreadsheet();
    const s = ss.asGas().getActiveSheet();
    s.deleteRows(2, 999);
    s.insertColumnsAfter(26, 18_278 - 26);
    expect(s.getMaxColumns()).toBe(18_278);
    expect(() => s.insertColumnsAfter(18_278, 1)).toThrow(/above the limit of 18,278 \(column ZZZ\)/);
    expect(s.getMaxColumns()).toBe(18_278);
  });

  it('refuses ranges outside the grid and duplicate sheet names', () => {
    const ss = freshSpreadsheet();
    const s = ss.asGas().getActiveSheet();
    expect(() => s.getRange(1001, 1, 1, 1)).toThrow(/outside the dimensions/);
    expect(() => ss.asGas().insertSheet('Sheet1')).toThrow(/already exists/);
  });

  it('keeps merges, frozen rows, widths, hidden state, protections, charts and named ranges', () => {
    const ss = freshSpreadsheet();
    const app = ss.asGas();
    const s = app.insertSheet('KPI');
    s.getRange('A1:C1')
      .setValues([['Title', 'x', 'y']])
      .merge();
    expect(s.getRange('A1:C1').getValues()).toEqual([['Title', '', '']]);
    s.setFrozenRows(2);
    s.setColumnWidth(1, 240);
    s.getRange('B5').protect().setDescription('formula').setWarningOnly(true);
    s.insertChart(
      s
        .newChart()
        .asLineChart()
        .addRange(s.getRange('A1:B9'))
        .setPosition(3, 5, 0, 0)
        .setOption('title', 'Trend')
        .build(),
    );
    app.setNamedRange('KPI_CTR', s.getRange('B5'));
    const other = app.insertSheet('hidden');
    other.hideSheet();
    expect(s.getFrozenRows()).toBe(2);
    expect(s.getColumnWidth(1)).toBe(240);
    expect(s.getRange('A1').getMergedRanges()[0].getA1Notation()).toBe('A1:C1');
    const [p] = s.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect([p.getDescription(), p.isWarningOnly(), p.getRange().getA1Notation()]).toEqual([
      'formula',
      true,
      'B5',
    ]);
    expect(s.getCharts()[0].getOptions().get('title')).toBe('Trend');
    expect(app.getRangeByName('KPI_CTR')?.getA1Notation()).toBe('B5');
    expect(other.isSheetHidden()).toBe(true);
    expect(() => app.setNamedRange('A1', s.getRange('B5'))).toThrow(/not valid/);
  });
});

describe('call counter, snapshots and the grid view', () => {
  it('counts each Apps Script method call', () => {
    const ss = freshSpreadsheet();
    const s = ss.asGas().getActiveSheet();
    ss.resetCalls();
    const r = s.getRange('A1:B2');
    r.setValues([
      [1, 2],
      [3, 4],
    ]);
    r.getValues();
    r.getValues();
    expect(ss.calls()).toEqual({ 'Sheet.getRange': 1, 'Range.setValues': 1, 'Range.getValues': 2 });
  });

  it('counts builders (text styles, conditional rules, charts) as local objects: only the write is a call', () => {
    const ss = freshSpreadsheet();
    const s = ss.asGas().getActiveSheet();
    const r = s.getRange('A1:B1');
    ss.resetCalls();
    const bold = SpreadsheetApp.newTextStyle().setBold(true).setFontSize(14).build();
    const grey = SpreadsheetApp.newTextStyle().setItalic(true).setForegroundColor('#5f6368').build();
    SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#ff0000').setRanges([r]).build();
    s.newChart().addRange(r).setPosition(1, 1, 0, 0).build();
    r.setTextStyles([[bold, grey]]);
    expect(ss.calls()).toEqual({ 'Range.setTextStyles': 1 });
  });

  it('setTextStyles sets bold, italic, size and colour per cell and leaves unset attributes alone', () => {
    const ss = freshSpreadsheet();
    const r = ss.asGas().getActiveSheet().getRange('A1:B1');
    r.setFontSizes([[9, 9]]);
    r.setTextStyles([
      [
        SpreadsheetApp.newTextStyle().setBold(true).setFontSize(14).build(),
        SpreadsheetApp.newTextStyle().setItalic(true).setForegroundColor('#5f6368').build(),
      ],
    ]);
    const [[a, b]] = r.getTextStyles();
    expect([a.isBold(), a.isItalic(), a.getFontSize(), a.getForegroundColor()]).toEqual([
      true,
      false,
      14,
      '#000000',
    ]);
    expect([b.isBold(), b.isItalic(), b.getFontSize(), b.getForegroundColor()]).toEqual([
      false,
      true,
      9,
      '#5f6368',
    ]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(() => r.setTextStyles([[a]])).toThrow(/number of columns/);
    expect(() => SpreadsheetApp.newTextStyle().setFontSize(0)).toThrow(/font size/);
  });

  it('injected failures throw once at the chosen call', () => {
    const ss = freshSpreadsheet();
    const s = ss.asGas().getActiveSheet();
    ss.failOn('Range.setValues', 1, 'quota');
    s.getRange('A1').setValues([[1]]);
    expect(() => s.getRange('A2').setValues([[2]])).toThrow('quota');
    s.getRange('A3').setValues([[3]]);
    expect(s.getRange('A1:A3').getValues()).toEqual([[1], [''], [3]]);
  });

  it('restores a JSON snapshot with values, formulas, formats, names and properties', () => {
    const ss = freshSpreadsheet();
    const app = ss.asGas();
    const s = app.getActiveSheet();
    s.getRange('A1:B1').setValues([[2, '=A1*10']]);
    s.getRange('C1').setNumberFormat('0.0%');
    app.setNamedRange('TWO', s.getRange('A1'));
    PropertiesService.getDocumentProperties().setProperty('k', 'v');
    const copy = createSpreadsheet({ snapshot: JSON.parse(JSON.stringify(ss.snapshot())) });
    installGlobals(globalThis, copy);
    const s2 = copy.asGas().getSheetByName('Sheet1')!;
    expect(s2.getRange('A1:B1').getValues()).toEqual([[2, 20]]);
    expect(s2.getRange('C1').getNumberFormat()).toBe('0.0%');
    expect(copy.asGas().getRangeByName('TWO')?.getA1Notation()).toBe('A1');
    expect(PropertiesService.getDocumentProperties().getProperty('k')).toBe('v');
  });

  it('toGrid shows computed values, formulas, formats and display strings', () => {
    const ss = freshSpreadsheet();
    const s = ss.asGas().getActiveSheet();
    s.getRange('A1:B1').setValues([[0.1234, '=A1*2']]);
    s.getRange('A1:B1').setNumberFormats([['0.0%', '#,##0.00']]);
    s.getRange('A1').setBackground('#eeeeee');
    const g = ss.toGrid('Sheet1');
    expect(g.values).toEqual([[0.1234, 0.2468]]);
    expect(g.formulas).toEqual([['', '=A1*2']]);
    expect(g.display).toEqual([['12.3%', '0.25']]);
    expect(g.styles.A1).toEqual({ background: '#eeeeee' });
  });

  it('hands out Date objects of the vm realm it is installed into', () => {
    const vm = require('node:vm') as typeof import('node:vm');
    const ss = createSpreadsheet();
    const ctx = vm.createContext({});
    installGlobals(ctx, ss);
    const isDate = vm.runInContext(
      `var s = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(); s.getRange('A1').setValue('2025-01-02'); s.getRange('A1').getValue() instanceof Date`,
      ctx,
    );
    expect(isDate).toBe(true);
  });
});

describe('setFormulaR1C1 on a range sets the same R1C1 formula in every cell, like Sheets', () => {
  const ss = freshSpreadsheet();
  const sheet = ss.asGas().getActiveSheet();

  it('gives each cell its own relative references and keeps absolute ones, in one call', () => {
    sheet.getRange('A1:A4').setValues([[10], [1], [2], [3]]);
    const column = sheet.getRange('B2:B4');
    ss.resetCalls();
    column.setFormulaR1C1('=RC[-1]*R1C1');
    expect(ss.calls()).toEqual({ 'Range.setFormulaR1C1': 1 });
    expect(sheet.getRange('B2:B4').getFormulas()).toEqual([['=A2*$A$1'], ['=A3*$A$1'], ['=A4*$A$1']]);
    expect(sheet.getRange('B2:B4').getValues()).toEqual([[10], [20], [30]]);
  });

  it('refuses text that is not a formula', () => {
    expect(() => sheet.getRange('C1').setFormulaR1C1('RC[-1]')).toThrow(/not a formula/);
  });
});
