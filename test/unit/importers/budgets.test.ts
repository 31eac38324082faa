/**
 * Reading budgets, checked while data is produced: each limit refuses with a message naming the
 * file (and sheet or row), the limit and what to do. Small budgets stand in for the real ones
 * (test/e2e/hostile-files.test.ts runs real-size files through the CLI).
 */
import { zipSync } from 'fflate';
import { importFile, LIMITS, readFile } from '../../../src/importers';
import { enc, fixtureBytes } from './helpers';

const DAILY = 'Date,Impressions,Clicks\n2026-06-01,1204,37\n2026-06-02,998,21\n';

describe('reading budgets', () => {
  it('are the Google Sheets limits (18,278 columns, 10 M cells) and a 256 MB file / unpack budget', () => {
    expect(LIMITS).toMatchObject({
      columns: 18_278,
      cells: 10_000_000,
      fileBytes: 256 * 1024 * 1024,
      inflatedBytes: 256 * 1024 * 1024,
    });
  });

  it('a file over the size budget is refused before it is read', () => {
    expect(() => importFile('big.csv', enc(DAILY), { limits: { fileBytes: 20 } })).toThrow(
      /file "big.csv": the file is too large to import at once.*at most 0 MB per file.*split the file/,
    );
  });

  it('a ZIP whose members unpack past the budget is refused from their declared sizes, before inflating', () => {
    const youtube = fixtureBytes('youtube-studio.zip');
    expect(importFile('youtube-studio.zip', youtube).tables.length).toBeGreaterThan(0);
    expect(() => importFile('youtube-studio.zip', youtube, { limits: { inflatedBytes: 500 } })).toThrow(
      /file "youtube-studio.zip".*unpacks to more than 0 MB.*unzip it yourself/,
    );
  });

  it('an XLSX is an archive too: its parts count against the same budget', () => {
    const xlsx = fixtureBytes('linkedin-page-content.xlsx');
    expect(() => readFile('content.xlsx', xlsx, { inflatedBytes: 1000 })).toThrow(/unpacks to more than/);
  });

  it('a ZIP member that inflates past the size it declares is refused as damaged', () => {
    const z = zipSync({ 'daily.csv': enc(DAILY.repeat(50)) });
    // Central directory record of the only member: uncompressed size at +24.
    let cd = z.length - 4;
    while (!(z[cd] === 0x50 && z[cd + 1] === 0x4b && z[cd + 2] === 1 && z[cd + 3] === 2)) cd--;
    new DataView(z.buffer, z.byteOffset).setUint32(cd + 24, 10, true);
    expect(() => readFile('forged.zip', z)).toThrow(
      /damaged.*"daily.csv\\" unpacks to more than it declares/,
    );
  });

  it('one ZIP inside the ZIP is read, a ZIP two levels down is refused', () => {
    const inner = zipSync({ 'daily.csv': enc(DAILY) });
    expect(readFile('outer.zip', zipSync({ 'inner.zip': inner })).sheets[0].rows).toHaveLength(3);
    const deeper = zipSync({ 'a.zip': zipSync({ 'b.zip': inner }) });
    expect(() => readFile('deeper.zip', deeper)).toThrow(
      /file "deeper.zip\/a.zip\/b.zip": the archive holds ZIP files inside ZIP files/,
    );
  });

  it('a ZIP with more members than the budget is refused', () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`d${i}.csv`, enc(DAILY)]));
    expect(() => readFile('many.zip', zipSync(files), { zipMembers: 4 })).toThrow(
      /holds 5 files.*at most 4 files in one ZIP/,
    );
  });

  it('a row wider than the column limit is refused with its row number, on the plain and the streaming path', () => {
    const text = `${DAILY}2026-06-03,1,2,3,4,5\n`;
    expect(() => readFile('wide.csv', enc(text), { columns: 5 })).toThrow(
      /file "wide.csv", row 4: a row has 6 columns.*at most 5 columns/,
    );
    const big = DAILY + '2026-06-03,5,6\n'.repeat(2000) + '2026-06-04,1,2,3,4,5\n';
    expect(() =>
      importFile('wide.csv', enc(big), { streamMinBytes: 1, streamChunkChars: 1024, limits: { columns: 5 } }),
    ).toThrow(/row 2004: a row has 6 columns/);
  });

  it('cells are counted while rows are parsed, on both paths', () => {
    const big = DAILY + '2026-06-03,5,6\n'.repeat(2000);
    const limits = { cells: 3000 };
    expect(() => readFile('long.csv', enc(big), limits)).toThrow(/larger than a spreadsheet can hold/);
    expect(() => importFile('long.csv', enc(big), { streamMinBytes: 1, limits })).toThrow(
      /file "long.csv": the file is larger than a spreadsheet can hold.*at most 3,000 cells/,
    );
  });

  it('a line longer than any row could be is refused instead of being carried to the end of the file', () => {
    const oneLine = 'Date,' + 'x'.repeat(5000);
    expect(() => readFile('log.csv', enc(oneLine), { lineChars: 1000 })).toThrow(
      /file "log.csv", row 1: a line of the file is longer than any table row could be/,
    );
  });

  it("an XLSX sheet's declared size is checked before the workbook is parsed, naming the sheet", () => {
    const xlsx = fixtureBytes('linkedin-page-content.xlsx');
    expect(() => readFile('content.xlsx', xlsx, { cells: 10 })).toThrow(
      /file "content.xlsx", sheet "[^"]+": the file is larger than a spreadsheet can hold/,
    );
  });
});
