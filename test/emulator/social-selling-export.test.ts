/**
 * The social-selling tab over the LinkedIn member export, end to end in the emulated spreadsheet:
 * import the ZIP, write the data tabs, generate the tab, type what "relevant" means — every
 * number of the LinkedIn block (period, comparison and each ISO week) equals the KPI registry
 * computed directly on the canonical rows. And no private value reaches any cell or the plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPlan } from '../../src/gas/applier';
import { writeTable } from '../../src/gas/writer';
import { importFile } from '../../src/importers';
import { getTemplate } from '../../src/templates';
import { ACTIVITY_WEEKS } from '../../src/templates/linkedin-activity';
import { comparePeriod, isoToSerial } from '../../src/templates/period';
import { objects, reference, serialToIso } from '../helpers/linkedin-reference';
import { schemaFromTables } from '../../src/templates/schema';
import { smallExport } from '../fixtures/linkedin-member';
import { freshSpreadsheet, sheetOf } from './support';

const ZIP = 'Basic_LinkedInDataExport_01-05-2026.zip';
const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'exports', ZIP)));
const PERIOD = { periodStart: '2025-12-01', periodEnd: '2025-12-28', compare: 'previous' as const };
const KEYWORDS = { companies: ['acme'], titles: ['VP', 'Head of'], industries: ['Marketing'] };

function expectClose(got: unknown, want: number | string, where: string): void {
  if (typeof want === 'string') expect({ where, got }).toEqual({ where, got: want });
  else
    expect({ where, diff: typeof got === 'number' && Math.abs(got - want) <= 1e-9 ? 0 : got }).toEqual({
      where,
      diff: 0,
    });
}

describe('social-selling tab from the LinkedIn member export', () => {
  const ss = freshSpreadsheet();
  const result = importFile(ZIP, bytes);
  for (const t of result.tables) writeTable(ss.asGas(), t);
  const plan = getTemplate('social-selling').build(schemaFromTables(result.tables), PERIOD);
  applyPlan(ss.asGas(), plan);
  const sheet = sheetOf(ss, plan.title);
  const head = Number(plan.cells.find((c) => c.value === 'LinkedIn activity')!.a1.slice(1));
  // The keyword rows sit under their own header, above the period block.
  const keysTop = head - 4;
  sheet.getRange(`B${keysTop}`).setValue(KEYWORDS.companies[0]);
  KEYWORDS.titles.forEach((k, i) => sheet.getRange(keysTop + 1, 2 + i).setValue(k));
  sheet.getRange(`B${keysTop + 2}`).setValue(KEYWORDS.industries[0]);
  const net = objects(result.tables.find((t) => t.table === 'network')!);
  const conv = objects(result.tables.find((t) => t.table === 'conversations')!);

  it('computes the period and its comparison as the registry does on the rows', () => {
    const cmp = comparePeriod(PERIOD.periodStart, PERIOD.periodEnd, 'previous');
    const values = sheet.getRange(head + 1, 1, 14, 3).getValues();
    const cur = reference(KEYWORDS, net, conv, PERIOD.periodStart, PERIOD.periodEnd);
    const prev = reference(KEYWORDS, net, conv, cmp.start, cmp.end);
    values.forEach((row, i) => {
      expectClose(row[1], cur[i], `${String(row[0])} this period`);
      expectClose(row[2], prev[i], `${String(row[0])} comparison`);
    });
    // The fixture has activity in both windows: the test is not comparing blanks.
    expect(cur.filter((v) => typeof v === 'number' && v > 0).length).toBeGreaterThanOrEqual(12);
  });

  it('computes each ISO week (Monday to Sunday) ending with the period’s last week', () => {
    const top = head + 16;
    const header = sheet.getRange(top, 1, 1, 14).getValues()[0].map(String);
    const weeks = sheet.getRange(top + 1, 1, ACTIVITY_WEEKS, 14).getValues();
    const labels = sheet
      .getRange(head + 1, 1, 14, 1)
      .getValues()
      .map((r) => String(r[0]));
    expect(weeks[ACTIVITY_WEEKS - 1][0] instanceof Date).toBe(true);
    let active = 0;
    weeks.forEach((row) => {
      const monday = serialToIso(isoToSerial((row[0] as Date).toISOString().slice(0, 10)));
      const sunday = serialToIso(isoToSerial(monday) + 6);
      const want = reference(KEYWORDS, net, conv, monday, sunday);
      header.slice(2).forEach((label, j) => {
        expectClose(row[2 + j], want[labels.indexOf(label)], `${label} week of ${monday}`);
      });
      if (Number(row[9]) > 0) active++;
    });
    expect(weeks[ACTIVITY_WEEKS - 1][0]).toEqual(new Date('2025-12-22T00:00:00Z'));
    expect(active).toBeGreaterThan(5);
  });

  it('recounts relevance when a keyword changes', () => {
    const before = sheet.getRange(head + 3, 2).getValue();
    sheet.getRange(`B${keysTop}`).setValue('');
    sheet.getRange(keysTop + 1, 2, 1, 2).setValues([['', '']]);
    sheet.getRange(`B${keysTop + 2}`).setValue('');
    expect(sheet.getRange(head + 3, 2).getValue()).toBe(0);
    expect(before).toBeGreaterThan(0);
  });

  it('writes no name, e-mail, note, subject or message text to any cell or into the plan', () => {
    const secrets = smallExport().secrets;
    const plain = JSON.stringify(plan);
    const cells = ss
      .asGas()
      .getSheets()
      .flatMap((s) => s.getDataRange().getValues().flat().map(String))
      .join('\u0000');
    expect(secrets.filter((s) => plain.includes(s) || cells.includes(s))).toEqual([]);
  });
});
