/**
 * Server answers are checked before the sidebar trusts them (a stale add-on version or a broken
 * deployment should give a clear message, not a blank screen). Only the fields the sidebar reads.
 */
import * as v from 'valibot';
import { KpiDataSchema } from '../src/model/kpi-data';
import type { SidebarApi } from './endpoints';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const text = v.string();

export const RESPONSE_SCHEMAS: { [K in keyof SidebarApi]?: v.GenericSchema } = {
  getState: v.object({
    dataTabs: v.array(v.object({ table: text, tab: text, rows: count })),
    kpiTabs: v.optional(v.array(v.object({ tab: text, sheetId: v.number(), template: text }))),
    locale: v.optional(text),
  }),
  commitImport: v.object({
    tables: v.array(
      v.object({
        added: count,
        updated: count,
        unchanged: count,
        skipped: count,
        reasons: v.optional(v.array(text)),
        tab: text,
        sheetId: v.number(),
      }),
    ),
  }),
  // The sidebar builds a plan from it, so all of it is checked.
  readKpiData: KpiDataSchema,
  applyKpiTab: v.object({ tab: text, sheetId: v.number() }),
};

/** Throws a plain-words error when `value` is not what endpoint `name` promises. */
export function checkResponse(name: string, value: unknown): void {
  const schema = RESPONSE_SCHEMAS[name as keyof SidebarApi];
  if (!schema) return;
  const r = v.safeParse(schema, value);
  if (r.success) return;
  const issue = r.issues[0];
  const path = (issue.path ?? []).map((p) => String((p as { key?: unknown }).key)).join('.');
  throw new Error(
    `The spreadsheet answered ${name} with something unexpected${path ? ` at "${path}"` : ''} (${issue.message}). Reload the sidebar; if it persists, reinstall the add-on.`,
  );
}
