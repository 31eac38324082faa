/**
 * The spreadsheet's time zone, as Sheets applies it: a date cell holds a wall-clock serial in the
 * spreadsheet's zone, and Apps Script hands it out as the Date of that wall-clock moment in that
 * zone (so a script in another zone sees other local fields). Node's Intl carries the IANA data.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws like Spreadsheet.setSpreadsheetTimeZone does for a name that is not an IANA zone. */
export function checkTimeZone(timeZone: string): void {
  try {
    formatter(timeZone);
  } catch {
    throw new Error(
      `Invalid argument: timeZone "${timeZone}" (expected an IANA name such as America/Los_Angeles).`,
    );
  }
}

/** Milliseconds to add to an instant to get its wall clock (as UTC milliseconds) in `timeZone`. */
export function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(whole))) p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - whole;
}

/** The wall clock (UTC milliseconds) an instant shows in `timeZone`. */
export function instantToWall(timeZone: string, instantMs: number): number {
  return instantMs + zoneOffsetMs(timeZone, instantMs);
}

/**
 * The instant a wall clock in `timeZone` denotes. In a DST gap (a wall time that never happens)
 * the offset before the gap applies, in an overlap the earlier instant — docs silent on what
 * Sheets does there; no test relies on either.
 */
export function wallToInstant(timeZone: string, wallMs: number): number {
  const first = wallMs - zoneOffsetMs(timeZone, wallMs);
  const second = wallMs - zoneOffsetMs(timeZone, first);
  const valid = [first, second].filter((t) => instantToWall(timeZone, t) === wallMs);
  return valid.length ? Math.min(...valid) : first;
}
