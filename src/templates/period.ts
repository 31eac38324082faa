/**
 * Reporting periods as ISO dates (pure). The KPI tab recomputes the comparison period with
 * formulas (see layout.ts); these functions give the caller the same answer up front.
 */
export type CompareMode = 'previous' | 'year';

export interface Period {
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;
/** Days between the spreadsheet epoch (1899-12-30) and 1970-01-01. */
const EPOCH_OFFSET = 25_569;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;

function toUtc(iso: string): number {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) throw new Error(`Period: "${iso}" is not an ISO date — expected YYYY-MM-DD`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new Error(`Period: "${iso}" is not a real calendar date`);
  }
  return t;
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** ISO date (or datetime; the date part counts) → spreadsheet date serial (1899-12-30 = 0). */
export function isoToSerial(iso: string): number {
  return toUtc(iso) / DAY_MS + EPOCH_OFFSET;
}

/** Spreadsheet date serial → ISO date (time of day dropped). */
export function serialToIso(serial: number): string {
  return fromUtc(Math.floor(serial - EPOCH_OFFSET) * DAY_MS);
}

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** Same semantics as the spreadsheet's EDATE: the day is clamped to the target month's length. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(toUtc(iso));
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)));
}

/** Inclusive number of days in a period. */
export function periodDays(start: string, end: string): number {
  return Math.round((toUtc(end) - toUtc(start)) / DAY_MS) + 1;
}

/**
 * Default reporting period: the last full 28 days in the data. The latest date counts as full
 * unless it is `today` or later (today's numbers are still coming in).
 */
export function defaultPeriod(isoDates: string[], today?: string): Period {
  let latest: number | undefined;
  for (const iso of isoDates) {
    if (!iso) continue;
    const t = toUtc(iso);
    if (latest === undefined || t > latest) latest = t;
  }
  const yesterday = today === undefined ? undefined : toUtc(today) - DAY_MS;
  if (latest === undefined && yesterday === undefined) {
    throw new Error('Period: the data has no dates and no "today" was given — pick the period dates by hand');
  }
  const end =
    latest === undefined ? yesterday! : yesterday === undefined ? latest : Math.min(latest, yesterday);
  return { start: fromUtc(end - 27 * DAY_MS), end: fromUtc(end) };
}

/**
 * Comparison period: `previous` = the same number of days right before the period;
 * `year` = the same dates one year earlier (29 Feb → 28 Feb, like EDATE).
 */
export function comparePeriod(start: string, end: string, mode: CompareMode): Period {
  if (toUtc(end) < toUtc(start)) throw new Error(`Period: end ${end} is before start ${start}`);
  if (mode === 'year') return { start: addMonths(start, -12), end: addMonths(end, -12) };
  const days = periodDays(start, end);
  return { start: addDays(start, -days), end: addDays(start, -1) };
}
