/**
 * The account (LinkedIn Page) a file belongs to is part of the daily key: two Pages' content
 * exports in one spreadsheet keep their own daily rows instead of overwriting each other.
 */
import { importFile, mergeRows } from '../../../src/importers';
import { fixtureBytes, rows, table } from './helpers';

const bytes = fixtureBytes('linkedin-page-content.xlsx');

describe('account from the LinkedIn Page content file name', () => {
  it('<page>_content_<ms>.xlsx puts the page name on every daily row, and says where it came from', () => {
    const r = importFile('Acme Corp_content_1767571200000.xlsx', bytes);
    const daily = rows(r, 'daily');
    expect(daily.length).toBeGreaterThan(0);
    expect(new Set(daily.map((d) => d.account))).toEqual(new Set(['Acme Corp']));
    expect(r.issues).toContainEqual({
      level: 'info',
      message:
        'file "Acme Corp_content_1767571200000.xlsx": account "Acme Corp" taken from the file name (keep the export\'s original name so two pages stay apart).',
    });
  });

  it('two pages with the same dates are two sets of daily rows under the key (platform, account, date)', () => {
    const a = table(importFile('Acme Corp_content_1767571200000.xlsx', bytes), 'daily');
    const b = table(importFile('Globex_content_1767571200000.xlsx', bytes), 'daily');
    const merged = mergeRows(a, b);
    expect(merged.added).toBe(b.rows.length);
    expect(merged.table.rows).toHaveLength(a.rows.length + b.rows.length);
  });

  it('a renamed file carries no account: rows stay as before', () => {
    const r = importFile('linkedin-page-content.xlsx', bytes);
    expect(new Set(rows(r, 'daily').map((d) => d.account))).toEqual(new Set([null]));
  });
});
