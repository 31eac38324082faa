/**
 * The spreadsheet time zone's UTC offset at a moment, for custom functions (which may read the
 * Spreadsheet service but not write it). The zone is asked for only when a Date argument turns up;
 * offsets are cached per 15 minutes of UTC time (every current zone changes offset on a quarter hour).
 */
const QUARTER_HOUR = 900000;

export function spreadsheetZoneOffset(): (d: Date) => number {
  let zone: string | undefined;
  const cache = new Map<number, number>();
  return (d) => {
    const bucket = Math.floor(d.getTime() / QUARTER_HOUR);
    let off = cache.get(bucket);
    if (off === undefined) {
      zone ??= SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
      // Java's "Z" pattern: "+1400", "-1100", "+0530".
      const z = Utilities.formatDate(d, zone, 'Z');
      off = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
      cache.set(bucket, off);
    }
    return off;
  };
}
