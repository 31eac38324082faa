/**
 * No silent number surgery: whitespace inside a number is not removed, a stray line break does not
 * swallow the next row, and rows wider or narrower than the header are reported.
 */
import { importFile } from '../../../src/importers';
import { enc, rows } from './helpers';

const warnings = (r: ReturnType<typeof importFile>) =>
  r.issues.filter((i) => i.level === 'warning').map((i) => i.message);

describe('numbers are never glued together', () => {
  it('a stray CR inside a value of a LF file stays in its row: "1\\r2" is reported, not read as 12, and the next row is kept', () => {
    const r = importFile('daily.csv', enc('Date,Impressions,Clicks\n2026-06-01,1\r2,3\n2026-06-02,40,5\n'));
    expect(rows(r, 'daily').map((x) => [x.date, x.impressions])).toEqual([
      ['2026-06-01', null],
      ['2026-06-02', 40],
    ]);
    expect(warnings(r)).toContainEqual(
      'file "daily.csv", row 2, column "Impressions": "1\\r2" is not a valid number; the cell was left blank. Fix the value in the file, or map this column to another field.',
    );
  });

  it('a TAB inside a number of a comma file is reported, not removed', () => {
    const r = importFile('daily.csv', enc('Date,Impressions,Clicks\r\n2026-06-01,1\t2,3\r\n'));
    expect(rows(r, 'daily')[0].impressions).toBeNull();
    expect(warnings(r).join('\n')).toMatch(/row 2, column "Impressions": "1\\t2" is not a valid number/);
  });

  it('CRLF files still split rows on CRLF (the newline is decided per file, before parsing)', () => {
    const r = importFile(
      'daily.csv',
      enc('Date,Impressions,Clicks\r\n2026-06-01,1 204,3\r\n2026-06-02,40,5\r\n'),
    );
    expect(rows(r, 'daily').map((x) => x.impressions)).toEqual([1204, 40]);
  });
});

describe('rows of another width than the header are reported', () => {
  it('cells beyond the header are named with their count and first row', () => {
    const r = importFile(
      'daily.csv',
      enc('Date,Impressions,Clicks\n2026-06-01,12,3,oops\n2026-06-02,40,5\n2026-06-03,41,6,7,8\n'),
    );
    expect(rows(r, 'daily')).toHaveLength(3);
    expect(warnings(r)).toContainEqual(
      'file "daily.csv": 2 row(s) have more cells than the header\'s 3 columns (first: row 2, 4 cells); the cells beyond the header were not imported. Check the delimiter and quoting of those rows, or add a header for the extra column.',
    );
  });

  it('short rows before the last are reported as left blank (the last one is reported as cut short)', () => {
    const r = importFile('daily.csv', enc('Date,Impressions,Clicks\n2026-06-01,12\n2026-06-02,40,5\n'));
    expect(rows(r, 'daily').map((x) => x.clicks)).toEqual([null, 5]);
    expect(warnings(r).join('\n')).toMatch(
      /1 row\(s\) have fewer cells than the header's 3 columns \(first: row 2, 2 cells\); the missing cells were left blank/,
    );
  });
});
