/** The notes the sidebar shows under a file before Import. */
import { noteLines, parseFile } from '../../../sidebar/importer';
import { fixtureBytes } from '../importers/helpers';

describe('notes shown before Import', () => {
  it('puts what needs a look first, marked "Check:", then plain information', () => {
    expect(
      noteLines([
        { level: 'info', message: 'dates read as day/month/year' },
        { level: 'warning', message: 'rows 2 and 9 have the same post id' },
        { level: 'error', message: 'the file ends in the middle of a row' },
      ]),
    ).toEqual([
      'Problem: the file ends in the middle of a row',
      'Check: rows 2 and 9 have the same post id',
      'dates read as day/month/year',
    ]);
  });

  it('shows an Excel-damaged export’s recovered ids before anything is written, without CLI hints', () => {
    const name = 'x-tweet-activity.excel-resaved.csv';
    const parsed = parseFile(name, fixtureBytes(name));
    expect(parsed.issues[0]).toMatch(
      /^Check: file "x-tweet-activity\.excel-resaved\.csv", column "Tweet id": 30 ids were rounded/,
    );
    expect(parsed.issues.join('\n')).not.toMatch(/kpi-sheets|--format|npx/);
  });

  it('reads dates that fit both orders in the spreadsheet locale’s order', () => {
    const bytes = new TextEncoder().encode('Date,Impressions\n01/02/2026,5\n03/04/2026,6\n');
    const de = parseFile('d.csv', bytes, undefined, 'de_DE');
    expect(de.tables[0].rows.map((r) => r[de.tables[0].columns.indexOf('date')])).toEqual([
      '2026-02-01',
      '2026-04-03',
    ]);
    const us = parseFile('d.csv', bytes, undefined, 'en_US');
    expect(us.tables[0].rows.map((r) => r[us.tables[0].columns.indexOf('date')])).toEqual([
      '2026-01-02',
      '2026-03-04',
    ]);
  });
});
