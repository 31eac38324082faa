import { civilToSerial, dateToSerial, parseIsoDateText } from '../../../src/cells';

describe('dates as spreadsheet serial numbers', () => {
  it('counts days from 1899-12-30, as Sheets and Excel do', () => {
    expect(civilToSerial(1899, 12, 31)).toBe(1);
    expect(civilToSerial(2024, 3, 4)).toBe(45355);
    expect(civilToSerial(2024, 3, 4, 12, 0)).toBe(45355.5);
  });

  it('reads a Date by its wall-clock fields, the way Apps Script hands date cells over', () => {
    expect(dateToSerial(new Date(2024, 2, 4, 18, 0, 0))).toBe(45355.75);
  });

  it('reads ISO date text with optional time and rejects impossible dates', () => {
    expect(parseIsoDateText('2024-03-04')).toBe(45355);
    expect(parseIsoDateText('2024-03-04 06:00')).toBe(45355.25);
    expect(parseIsoDateText('2024-03-04T06:00:00')).toBe(45355.25);
    expect(parseIsoDateText('2024-02-31')).toBeUndefined();
    expect(parseIsoDateText('04/03/2024')).toBeUndefined();
  });
});
