/**
 * What the server reports about the data tabs so the sidebar can build a KPI tab's plan
 * (DESIGN.md "Template"): each data tab's header, row count and platforms, and the range of dates
 * in the data. O(1) Spreadsheet calls per data tab on the server; a few KB over google.script.run.
 */
import * as v from 'valibot';
import type { Same } from './type-equal';
import type { DataTabSchema } from '../templates/plan';

type TabEntry = DataTabSchema['tabs'][string];

const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-07-31'));

const TabEntrySchema = v.object({
  columns: v.array(v.string()),
  rows: v.pipe(v.number(), v.integer(), v.minValue(0)),
  platforms: v.optional(v.array(v.string())),
});

/** The readKpiData answer; the sidebar checks it before building a plan from it. */
export const KpiDataSchema = v.object({
  schema: v.object({ tabs: v.record(v.string(), TabEntrySchema) }),
  /** Earliest and latest date in the data tabs' date columns (spreadsheet time zone); null: no dates. */
  dates: v.nullable(v.object({ first: IsoDate, last: IsoDate })),
});

export type KpiData = v.InferOutput<typeof KpiDataSchema>;

// The answer must carry exactly what templates are given (fails to compile when DataTabSchema changes).
export const KPI_DATA_MATCHES_TEMPLATES: Same<KpiData['schema'], DataTabSchema> = true;

const HeaderRow = v.array(v.union([v.string(), v.number(), v.boolean(), v.null(), v.undefined(), v.date()]));

/**
 * One tab's schema entry from the header row read off the sheet (values as Sheets returns them)
 * and the number of data rows below it. Blank header cells are kept as "" so column positions hold.
 */
export function tabEntryFromHeader(
  tab: string,
  header: unknown,
  rows: number,
  platforms?: string[],
): TabEntry {
  const parsed = v.safeParse(HeaderRow, header);
  if (!parsed.success) {
    throw new Error(
      `Tab "${tab}": row 1 should hold column names — found something else. Re-import the data.`,
    );
  }
  if (!Number.isInteger(rows) || rows < 0)
    throw new Error(`Tab "${tab}": row count ${rows} is not a whole number`);
  const columns = parsed.output.map((h) => (h === null || h === undefined ? '' : String(h).trim()));
  return { columns, rows, ...(platforms && platforms.length ? { platforms: [...platforms].sort() } : {}) };
}
