/**
 * Custom functions read dates in the SPREADSHEET's time zone. The built bundle runs with the
 * script's zone Etc/UTC (appsscript.json; TZ below) against emulated spreadsheets in +14, −11 and
 * a zone that switches to daylight time inside the data: Sheets hands each date cell over as the
 * Date of its wall clock in the spreadsheet's zone, and every custom function must equal its
 * native twin (which works on the cells' serial numbers and knows no zones).
 */
process.env.TZ = 'Etc/UTC';

import vm from 'node:vm';
import { getKpi } from '../../src/kpi/registry';
import type { EmulatedSpreadsheet } from '../../src/local/emulator';
import { loadWithSpreadsheet, type Sandbox } from '../bundle/sandbox';

const ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles'];

/** A log typed into the sheet as a user would (text parsed as dates by the spreadsheet). */
const LOG = [
  ['event', 'received', 'replied'],
  // America/Los_Angeles moves its clocks forward at 2024-03-10 02:00.
  ['2024-03-04 00:00', '2024-03-09 23:00', '2024-03-10 09:00'],
  ['2024-03-06 18:30', '2024-03-11 08:00', '2024-03-11 08:30'],
  ['2024-03-17 23:00', '2024-03-12 22:00', '2024-03-13 07:30'],
  ['2024-03-20 01:00', '', ''],
];
const WINDOW = [['2024-03-04', '2024-03-17']];

function setUp(zone: string): { context: Sandbox; ss: EmulatedSpreadsheet } {
  const { context, ss } = loadWithSpreadsheet(zone);
  const sheet = ss.asGas().getActiveSheet();
  sheet.getRange(1, 1, LOG.length, 3).setValues(LOG);
  sheet.getRange('E1:F1').setValues(WINDOW);
  return { context, ss };
}

/** The stub called as Sheets calls it: arguments are what getValues hands out (this realm's Dates, "" blanks). */
function callStub(context: Sandbox, ss: EmulatedSpreadsheet, name: string, ranges: string[]): unknown {
  const sheet = ss.asGas().getActiveSheet();
  context.__args = ranges.map((a1) => {
    const v = sheet.getRange(a1).getValues();
    return v.length === 1 && v[0].length === 1 ? v[0][0] : v;
  });
  return vm.runInContext(`${name}.apply(null, __args)`, context);
}

/** The native twin typed into a cell and computed by the spreadsheet. */
function twin(ss: EmulatedSpreadsheet, name: string, ranges: string[]): unknown {
  const cell = ss.asGas().getActiveSheet().getRange('H1');
  cell.setFormula(`=${getKpi(name).twin!(ranges)}`);
  return cell.getValue();
}

describe.each(ZONES)('custom functions in a spreadsheet in %s (script in Etc/UTC)', (zone) => {
  const { context, ss } = setUp(zone);

  it('hands date cells over as Sheets does: the wall clock in the spreadsheet zone', () => {
    const d = ss.asGas().getActiveSheet().getRange('A2').getValue() as Date;
    const wall = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' });
    expect(wall.format(d)).toBe('2024-03-04 00:00');
  });

  it('FREQUENCY_PER_WEEK counts the events in the window by their day in the sheet (1.5 a week)', () => {
    const args = ['A2:A5', 'E1', 'F1'];
    expect(callStub(context, ss, 'FREQUENCY_PER_WEEK', args)).toBeCloseTo(1.5, 12);
    expect(twin(ss, 'FREQUENCY_PER_WEEK', args)).toBeCloseTo(1.5, 12);
  });

  it('AVG_RESPONSE_TIME measures wall-clock minutes, like the sheet, across a DST switch', () => {
    const args = ['B2:B5', 'C2:C5'];
    // 10 h, 30 min and 9.5 h of wall clock: (600 + 30 + 570) / 3.
    expect(callStub(context, ss, 'AVG_RESPONSE_TIME', args)).toBeCloseTo(400, 6);
    expect(twin(ss, 'AVG_RESPONSE_TIME', args)).toBeCloseTo(400, 6);
  });

  it("an error names the date as the sheet shows it, not the script's day", () => {
    expect(() => callStub(context, ss, 'CTR', ['A2', 'A2'])).toThrow(
      'CTR: clicks is the date 2024-03-04 — expected a number, not a date',
    );
  });
});
