import { readFile, importFile, ImportError } from '../../../src/importers';
import { enc, fixtureBytes } from './helpers';

const utf16 = (s: string, be = false): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2 + (be ? 1 : 0)] = c & 0xff;
    out[2 + i * 2 + (be ? 0 : 1)] = c >> 8;
  }
  return out;
};
const TABLE = 'Date,Impressions,Title\n2026-06-01,10,Café ☕\n2026-06-02,20,"a, b"\n';
const cells = (bytes: Uint8Array) => readFile('t.csv', bytes).sheets[0].rows;

describe('readFile: text encodings', () => {
  const expected = [
    ['Date', 'Impressions', 'Title'],
    ['2026-06-01', '10', 'Café ☕'],
    ['2026-06-02', '20', 'a, b'],
  ];
  it('reads UTF-8 without and with a BOM', () => {
    expect(cells(enc(TABLE))).toEqual(expected);
    expect(cells(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(TABLE)]))).toEqual(expected);
    expect(readFile('t.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...enc(TABLE)])).encoding).toBe('utf-8-bom');
  });
  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    expect(cells(utf16(TABLE))).toEqual(expected);
    expect(cells(utf16(TABLE, true))).toEqual(expected);
    expect(readFile('t.csv', utf16(TABLE, true)).encoding).toBe('utf-16be');
  });
  it('reads UTF-16LE without a BOM by its zero bytes', () => {
    const wb = readFile('t.csv', utf16(TABLE).subarray(2));
    expect(wb.encoding).toBe('utf-16le');
    expect(wb.sheets[0].rows).toEqual(expected);
  });
  it('falls back to Windows-1252 for bytes that are not UTF-8 (€, curly quotes, accents)', () => {
    const bytes = new Uint8Array([...enc('Title\n'), 0x80, 0x20, 0x92, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    const wb = readFile('t.csv', bytes);
    expect(wb.encoding).toBe('windows-1252');
    expect(wb.sheets[0].rows[1]).toEqual(['€ ’café']);
  });
});

describe('readFile: delimiters, sep= lines, preambles, several tables', () => {
  it('sniffs semicolon and TAB delimiters', () => {
    expect(cells(enc('a;b;c\n1;2,5;3\n'))).toEqual([
      ['a', 'b', 'c'],
      ['1', '2,5', '3'],
    ]);
    expect(cells(enc('a\tb\n1\t"x, y"\n'))).toEqual([
      ['a', 'b'],
      ['1', 'x, y'],
    ]);
  });
  it('honours a sep= first line and keeps it in the preamble', () => {
    const wb = readFile('t.csv', enc('sep=;\na;b\n1,5;2\n'));
    expect(wb.sheets[0].rows).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
    expect(wb.sheets[0].preamble).toEqual(['sep=;']);
  });
  it('moves # comment lines into the preamble of the table that follows', () => {
    const wb = readFile(
      't.csv',
      enc('# Start date: 20260801\n# End date: 20260831\nDate,Sessions\n20260801,5\n'),
    );
    expect(wb.sheets[0].preamble).toEqual(['# Start date: 20260801', '# End date: 20260831']);
    expect(wb.sheets[0].rows[0]).toEqual(['Date', 'Sessions']);
  });
  it('keeps a # at the start of a data row (a hashtag) as data', () => {
    expect(cells(enc('Title,Impressions\n#hiring now,5\n'))[1]).toEqual(['#hiring now', '5']);
  });
  it('splits tables separated by blank lines, but not data interrupted by a stray blank line', () => {
    const wb = readFile(
      't.csv',
      enc('Channel,Sessions\nDirect,5\n\nDate,Sessions\n20260801,3\n\n20260802,4\n'),
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(['table 1', 'table 2']);
    expect(wb.sheets[1].rows).toEqual([
      ['Date', 'Sessions'],
      ['20260801', '3'],
      ['20260802', '4'],
    ]);
  });
  it('flags a file that ends inside a quoted field as truncated', () => {
    expect(readFile('t.csv', enc('a,b\n1,"unfinished')).sheets[0].truncated).toBe(true);
  });
});

describe('readFile and importFile: unusable files get one clear error', () => {
  const failure = (name: string, bytes: Uint8Array): ImportError => {
    try {
      importFile(name, bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      return e as ImportError;
    }
    throw new Error('expected an ImportError');
  };

  it('empty file', () => {
    const e = failure('empty.csv', fixtureBytes('empty.csv'));
    expect(e.message).toMatch(
      /^file "empty.csv": the file is empty\. Expected: .+ What to do: download the export again/,
    );
  });
  it('a BOM and nothing else counts as empty', () => {
    expect(failure('bom.csv', new Uint8Array([0xef, 0xbb, 0xbf])).message).toContain('the file is empty');
  });
  it('PDF saved instead of the export', () => {
    expect(failure('report.pdf', fixtureBytes('not-a-spreadsheet.pdf')).message).toContain(
      'the file is a PDF document',
    );
  });
  it('binary junk', () => {
    expect(
      failure('x.bin', new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 200, 201, 0, 0, 3])).message,
    ).toContain('binary data that is not a spreadsheet');
  });
  it('truncated XLSX download', () => {
    const e = failure('truncated.xlsx', fixtureBytes('truncated.xlsx'));
    expect(e.message).toContain('damaged or cut short');
    expect(e.details.action).toContain('download the export again');
  });
  it('password-protected workbook', () => {
    const e = failure('password-protected.xlsx', fixtureBytes('password-protected.xlsx'));
    expect(e.message).toContain('the workbook is password-protected');
    expect(e.details.action).toContain('remove the password');
  });
  it('a table nobody recognises names the file, sheet, row and the headers it found', () => {
    const e = failure('notes.csv', enc('Name,Favourite colour\nAna,blue\n'));
    expect(e.details).toMatchObject({
      file: 'notes.csv',
      sheet: 'table 1',
      row: 1,
      value: 'Name | Favourite colour',
    });
    expect(e.message).toContain('no known table was found');
  });
  it('header only, no data rows', () => {
    expect(failure('x.csv', enc('"Tweet id","Tweet permalink","impressions"\n')).message).toContain(
      'no data rows were found',
    );
  });
  it('an unknown --format id lists the valid ones', () => {
    expect(() => importFile('x.csv', enc('Date,Impressions\n2026-06-01,1\n'), { format: 'nope' })).toThrow(
      /unknown format "nope".*linkedin-page-content/,
    );
  });
  it('a forced format that does not fit the file says which columns it expected', () => {
    expect(() =>
      importFile('x.csv', enc('Date,Impressions\n2026-06-01,1\n'), { format: 'x-tweet-activity' }),
    ).toThrow(/does not have the columns of the X \(Twitter\) — tweet activity format/);
  });
  it('a file with more cells than a spreadsheet can hold is refused before anything is mapped', () => {
    const wide = 'a,'.repeat(2000) + 'b\n';
    const bytes = enc(wide.repeat(5001));
    expect(() => readFile('huge.csv', bytes)).toThrow(/larger than a spreadsheet can hold.*10,000,000 cells/);
  });
  it('bad cells become blanks with an issue naming file, sheet, row, column and value', () => {
    const r = importFile('x.csv', enc('Date,Impressions,Clicks\n2026-06-01,12,3\n2026-06-02,lots,4\n'));
    expect(r.tables[0].rows).toHaveLength(2);
    expect(r.issues).toContainEqual({
      level: 'warning',
      message:
        'file "x.csv", row 3, column "Impressions": "lots" is not a valid number; the cell was left blank. Fix the value in the file, or map this column to another field.',
    });
  });
});

describe('importFile options', () => {
  it('applies mapping overrides from the sidebar: rename a column or drop it', () => {
    const csv = enc('Date,Impressions,Stuff,Secret\n2026-06-01,12,7,x\n');
    const r = importFile('x.csv', csv, { mapping: { Stuff: 'clicks', Secret: null } });
    const t = r.tables[0];
    expect(t.rows[0][t.columns.indexOf('clicks')]).toBe(7);
    expect(t.columns).not.toContain('secret');
    expect(t.columns).not.toContain('stuff');
  });

  it('says which header fed which column, so the sidebar can show and override the mapping', () => {
    const r = importFile('x.csv', enc('Date,Impr.,Notes\n2026-06-01,12,hi\n'));
    expect(r.mapping).toEqual([
      { sheet: 'table 1', table: 'daily', header: 'Date', column: 'date' },
      { sheet: 'table 1', table: 'daily', header: 'Impr.', column: 'impressions' },
      { sheet: 'table 1', table: 'daily', header: 'Notes', column: 'notes' },
    ]);
  });

  it('lists the other formats that matched, best first, and none when the user chose the format', () => {
    const csv = enc(
      'Date,Impressions,Likes,Engagements,New follows,Unfollows\nTue, Aug 25, 2026,5,1,2,0,0\n'.replace(
        'Tue, Aug 25, 2026',
        '"Tue, Aug 25, 2026"',
      ),
    );
    const detected = importFile('overview.csv', csv);
    expect(detected.format).toBe('x-account-overview');
    expect(detected.alternatives.map((a) => a.format)).toContain('generic');
    expect(detected.alternatives.every((a) => a.confidence <= detected.confidence)).toBe(true);
    expect(importFile('overview.csv', csv, { format: 'generic' }).alternatives).toEqual([]);
  });

  it('reads decimal commas in a semicolon file re-saved by a European Excel, and says so', () => {
    const r = importFile(
      'x.csv',
      enc('Date;Spend;Campaign;Clicks\n2026-06-01;12,5;Spring;3\n2026-06-02;1.234,56;Spring;4\n'),
    );
    const t = r.tables[0];
    expect(t.table).toBe('campaigns');
    expect(t.rows.map((row) => row[t.columns.indexOf('spend')])).toEqual([12.5, 1234.56]);
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('column "Spend": numbers use a decimal comma'),
      }),
    );
  });

  it('keeps thousands separators in English files as thousands', () => {
    const r = importFile(
      'x.csv',
      enc('Date,Impressions,Clicks\n2026-06-01,"1,234",3\n2026-06-02,"15,000",4\n'),
    );
    expect(r.tables[0].rows.map((row) => row[r.tables[0].columns.indexOf('impressions')])).toEqual([
      1234, 15000,
    ]);
  });

  it('does not take a spreadsheet row with empty trailing cells for a cut-off row', () => {
    const XLSX = jest.requireActual('@e965/xlsx') as typeof import('@e965/xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['Date', 'Impressions', 'Clicks'],
        ['2026-06-01', 5, 1],
        ['2026-06-02', 7],
      ]),
      'Data',
    );
    const xlsx = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const { zipSync } = jest.requireActual('fflate') as typeof import('fflate');
    const r = importFile('bundle.zip', zipSync({ 'stats.xlsx': xlsx }));
    expect(r.tables[0].rows).toHaveLength(2);
    expect(r.skipped).toEqual([]);
  });
});
