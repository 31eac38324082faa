/** The data-tab writer: typed columns, text stays text, merge on re-import, all-or-nothing, constant calls. */
import { writeTable } from '../../src/gas/writer';
import { createSpreadsheet, installGlobals } from '../../src/local/emulator';
import { TABLES, type CanonicalTable, type CanonicalValue } from '../../src/model/schema';
import { freshSpreadsheet, sheetOf } from './support';

const POSTS = TABLES.posts.columns.map((c) => c.name);
const col = (name: string) => POSTS.indexOf(name);

function post(id: string, over: Record<string, CanonicalValue> = {}): CanonicalValue[] {
  const row: CanonicalValue[] = POSTS.map(() => null);
  const base: Record<string, CanonicalValue> = {
    platform: 'linkedin',
    post_id: id,
    published_at: '2025-07-20T18:42:00Z',
    title: `Post ${id}`,
    distribution: 'organic',
    impressions: 1000,
    clicks: 34,
    ctr_reported: 0.034,
  };
  for (const [k, v] of Object.entries({ ...base, ...over })) row[col(k)] = v;
  return row;
}

const posts = (rows: CanonicalValue[][]): CanonicalTable => ({ table: 'posts', columns: POSTS, rows });

const INJECTIONS = [
  '=HYPERLINK("http://x","click")',
  '=IMPORTXML("http://evil","//a")',
  '+1',
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  "=cmd|' /C calc'!A0",
  '01234',
];

describe('writeTable', () => {
  it('writes a frozen header row and typed columns: dates as dates, ids and text as text, numbers with formats', () => {
    const ss = freshSpreadsheet();
    const res = writeTable(
      ss.asGas(),
      posts([post('7345678901234567890'), post('2', { published_at: '2025-07-21' })]),
    );
    expect(res).toMatchObject({ tab: 'Data · Posts', added: 2, updated: 0, unchanged: 0, rows: 2 });
    const tab = sheetOf(ss, 'Data · Posts');
    expect(tab.getFrozenRows()).toBe(1);
    const values = tab.getDataRange().getValues();
    expect(values[0]).toEqual(POSTS);
    expect(values[1][col('post_id')]).toBe('7345678901234567890');
    expect((values[1][col('published_at')] as Date).toISOString()).toBe('2025-07-20T18:42:00.000Z');
    expect(values[1][col('impressions')]).toBe(1000);
    const formats = tab.getRange(2, 1, 1, POSTS.length).getNumberFormats()[0];
    expect(formats[col('impressions')]).toBe('#,##0');
    expect(formats[col('ctr_reported')]).toBe('0.00%');
    expect(formats[col('published_at')]).toMatch(/yyyy-mm-dd/);
  });

  it('keeps injection payloads in post titles as text: no formula cell anywhere', () => {
    const ss = freshSpreadsheet();
    writeTable(ss.asGas(), posts(INJECTIONS.map((t, i) => post(`p${i}`, { title: t }))));
    const tab = sheetOf(ss, 'Data · Posts');
    const range = tab.getDataRange();
    expect(
      range
        .getFormulas()
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
    const titles = range
      .getValues()
      .slice(1)
      .map((r) => r[col('title')]);
    expect(titles).toEqual(INJECTIONS);
  });

  it('keeps text that Sheets would read as a date or money as text, so keys stay stable on re-import (#11.6)', () => {
    const ss = freshSpreadsheet();
    const names = ['Sep-2024', 'Jan-25', 'Dec.25', '₹500', 'R$ 10'];
    const table = posts(names.map((n, i) => post(`p${i}`, { campaign: n, title: n })));
    writeTable(ss.asGas(), table);
    const rows = sheetOf(ss, 'Data · Posts').getDataRange().getValues().slice(1);
    expect(rows.map((r) => r[col('campaign')])).toEqual(names);
    expect(rows.map((r) => r[col('title')])).toEqual(names);
    expect(writeTable(ss.asGas(), table)).toMatchObject({
      added: 0,
      unchanged: names.length,
      rows: names.length,
    });
  });

  it('the same text in a spreadsheet set to another locale stays text too', () => {
    const ss = createSpreadsheet({ locale: 'de_DE' });
    installGlobals(globalThis, ss);
    const names = ['1.234,5', '4,5%', 'Sep-2024', '10 €'];
    writeTable(ss.asGas(), posts(names.map((n, i) => post(`p${i}`, { title: n }))));
    const rows = sheetOf(ss, 'Data · Posts').getDataRange().getValues().slice(1);
    expect(rows.map((r) => r[col('title')])).toEqual(names);
  });

  it('re-importing the same rows adds nothing and writes nothing', () => {
    const ss = freshSpreadsheet();
    const table = posts([post('1'), post('2'), post('3', { published_at: '2025-07-22' })]);
    writeTable(ss.asGas(), table);
    ss.resetCalls();
    const again = writeTable(ss.asGas(), table);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3, rows: 3 });
    expect(Object.keys(ss.calls()).filter((k) => /set|insert|copyTo|delete/.test(k))).toEqual([]);
  });

  it('merges by natural key: updates changed rows, appends new ones, never erases with blanks', () => {
    const ss = freshSpreadsheet();
    writeTable(ss.asGas(), posts([post('1', { clicks: 10 }), post('2')]));
    const res = writeTable(ss.asGas(), posts([post('1', { clicks: 12, impressions: null }), post('4')]));
    expect(res).toMatchObject({ added: 1, updated: 1, unchanged: 0, rows: 3 });
    const rows = sheetOf(ss, 'Data · Posts').getDataRange().getValues().slice(1);
    const byId = Object.fromEntries(rows.map((r) => [r[col('post_id')], r]));
    expect(byId['1'][col('clicks')]).toBe(12);
    expect(byId['1'][col('impressions')]).toBe(1000);
    expect(Object.keys(byId).sort()).toEqual(['1', '2', '4']);
  });

  it('leaves the previous data intact when a write fails before anything is written', () => {
    const ss = freshSpreadsheet();
    writeTable(ss.asGas(), posts([post('1'), post('2')]));
    const before = sheetOf(ss, 'Data · Posts').getDataRange().getValues();
    ss.failOn('Range.setValues', 0, 'Service Spreadsheets timed out');
    expect(() => writeTable(ss.asGas(), posts([post('3'), post('1', { clicks: 99 })]))).toThrow(
      /Could not write 2 rows to "Data · Posts": Service Spreadsheets timed out\. "Data · Posts" was not changed\. Nothing was written/,
    );
    expect(sheetOf(ss, 'Data · Posts').getDataRange().getValues()).toEqual(before);
    expect(ss.listSheets().map((s) => s.name)).toEqual(['Sheet1', 'Data · Posts']);
    expect(LockService.getDocumentLock().hasLock()).toBe(false);
  });

  it('puts back rows it already overwrote when a later write of the same table fails', () => {
    const ss = freshSpreadsheet();
    writeTable(ss.asGas(), posts([post('1'), post('2', { title: 'Sep-2024' })]));
    const tab = sheetOf(ss, 'Data · Posts');
    const before = { values: tab.getDataRange().getValues(), formats: tab.getDataRange().getNumberFormats() };
    // The update of post 1 goes through; appending post 3 (the next setValues) fails.
    ss.failOn('Range.setValues', 1, 'Service Spreadsheets timed out');
    expect(() => writeTable(ss.asGas(), posts([post('1', { clicks: 99 }), post('3')]))).toThrow(
      /Could not write 2 rows to "Data · Posts": Service Spreadsheets timed out\. "Data · Posts" was not changed/,
    );
    expect(tab.getDataRange().getValues()).toEqual(before.values);
    expect(tab.getDataRange().getNumberFormats()).toEqual(before.formats);
  });

  it('writes only the rows an import adds or changes, whatever the size of the tab', () => {
    const ss = freshSpreadsheet();
    const rows = Array.from({ length: 3000 }, (_, i) => post(`id${i}`, { clicks: i }));
    writeTable(ss.asGas(), posts(rows));
    const width = POSTS.length;
    expect(ss.cellsWritten()).toEqual({ 'Data · Posts': 3001 * width });

    ss.resetCalls();
    writeTable(ss.asGas(), posts(rows));
    expect(ss.cellsWritten()).toEqual({});

    ss.resetCalls();
    writeTable(ss.asGas(), posts([post('new-1'), post('new-2')]));
    expect(ss.cellsWritten()).toEqual({ 'Data · Posts': 2 * width });

    // Two updates far apart are two small blocks, not the rows between them.
    ss.resetCalls();
    const res = writeTable(ss.asGas(), posts([post('id5', { clicks: -1 }), post('id2900', { clicks: -2 })]));
    expect(res).toMatchObject({ added: 0, updated: 2, rows: 3002 });
    expect(ss.cellsWritten()).toEqual({ 'Data · Posts': 2 * width });
    const values = sheetOf(ss, 'Data · Posts').getDataRange().getValues();
    expect(values[1 + 5][col('clicks')]).toBe(-1);
    expect(values[1 + 2900][col('clicks')]).toBe(-2);
    expect(values[1 + 6][col('clicks')]).toBe(6);
    expect(values[3002][col('post_id')]).toBe('new-2');
  });

  it('adds a column the tab lacks by writing its header cell and the changed rows only', () => {
    const ss = freshSpreadsheet();
    writeTable(ss.asGas(), posts([post('1'), post('2')]));
    ss.resetCalls();
    const res = writeTable(ss.asGas(), {
      table: 'posts',
      columns: ['platform', 'post_id', 'distribution', 'campaign', 'hashtags_seen'],
      rows: [['linkedin', '2', 'organic', null, '#kpi']],
    });
    expect(res).toMatchObject({ added: 0, updated: 1 });
    const values = sheetOf(ss, 'Data · Posts').getDataRange().getValues();
    expect(values[0][POSTS.length]).toBe('hashtags_seen');
    expect(values[2][POSTS.length]).toBe('#kpi');
    expect(ss.cellsWritten()).toEqual({ 'Data · Posts': 1 + (POSTS.length + 1) });
  });

  it('uses a constant number of calls whatever the row count', () => {
    const callsFor = (n: number) => {
      const ss = freshSpreadsheet();
      const rows = Array.from({ length: n }, (_, i) => post(`id${i}`, { clicks: i }));
      ss.resetCalls();
      writeTable(ss.asGas(), posts(rows));
      return ss.totalCalls();
    };
    // Past the first 1,000 rows (a new sheet's size) the count no longer moves with the data.
    const thousands = callsFor(2000);
    expect(callsFor(20000)).toBe(thousands);
    expect(callsFor(10)).toBeLessThanOrEqual(thousands);
    expect(thousands).toBeLessThan(40);
  });
});
