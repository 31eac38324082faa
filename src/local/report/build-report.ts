/**
 * The headless report: analytics exports → data tabs + one KPI tab in an emulated spreadsheet
 * (the same writer and applier Apps Script runs) → .xlsx. Used by `kpi-sheets report`.
 */
import { applyPlan } from '../../gas/applier';
import { readKpiData } from '../../gas/kpi-context';
import { writeTable, type WriteResult } from '../../gas/writer';
import { importFile, type ImportResult } from '../../importers';
import { getTemplate } from '../../templates';
import { planKpiTab } from '../../templates/plan-kpi-tab';
import type { DataTabSchema, SheetPlan } from '../../templates/plan';
import { createSpreadsheet, installGlobals, type EmulatedSpreadsheet } from '../emulator';
import { applyCurrencyFormats } from './currency';
import { helperRects, printLayoutOf } from './print-layout';
import { spreadsheetToXlsx, type PortableSubstitutes } from './xlsx';

export interface ReportOptions {
  template: string;
  /** ISO dates; default = the last full 28 days in the data. */
  from?: string;
  to?: string;
  compare?: 'previous' | 'year';
  targets?: Record<string, number>;
  /** Write formulas' computed results into the file (default true). */
  cachedValues?: boolean;
  /** Row count from which data tabs take the xlsx fast path (tests lower it). */
  fastRows?: number;
  /** The bare workbook: no charts, print layout or calculation sheet (the bench's baseline). */
  plain?: boolean;
}

export interface ReportResult {
  bytes: Uint8Array;
  plan: SheetPlan;
  /** The data-tab schema the plan was built from. */
  schema: DataTabSchema;
  spreadsheet: EmulatedSpreadsheet;
  period: { start: string; end: string };
  imports: ImportResult[];
  writes: WriteResult[];
}

/** Runs `fn` with the emulator installed as the Apps Script globals, then puts the previous globals back. */
function withGlobals<T>(ss: EmulatedSpreadsheet, fn: () => T): T {
  const g = globalThis as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  const installed = installGlobals({}, ss);
  for (const k of Object.keys(installed)) saved.set(k, g[k]);
  Object.assign(g, installed);
  try {
    return fn();
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
  }
}

/** Portable substitutes of the plan's Google-only cells, for the xlsx writer. */
export function substitutesOf(plan: SheetPlan): PortableSubstitutes {
  const subs: PortableSubstitutes[string] = {};
  for (const c of plan.cells)
    if (c.googleOnly) subs[c.a1.replace(/\$/g, '').toUpperCase()] = c.portable ?? { value: '' };
  return { [plan.title]: subs };
}

/** "<tab> – workings", cut to Excel's 31 characters, numbered if another sheet has that name. */
export function calcSheetName(title: string, taken: Set<string>): string {
  const named = (suffix: string) => `${title.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
  let name = named(' – workings');
  for (let n = 2; taken.has(name); n++) name = named(` – workings ${n}`);
  return name;
}

export async function buildReport(
  files: { name: string; bytes: Uint8Array }[],
  opts: ReportOptions,
): Promise<ReportResult> {
  getTemplate(opts.template); // an unknown id fails before any file is read
  if (files.length === 0) throw new Error('No input files: give at least one analytics export.');
  if (opts.from && opts.to && opts.to < opts.from)
    throw new Error(`--to ${opts.to} is before --from ${opts.from}.`);
  const imports = files.map((f) => importFile(f.name, f.bytes));
  const ss = createSpreadsheet({ name: 'KPI report' });
  const { plan, period, writes, schema } = withGlobals(ss, () => {
    const app = ss.asGas();
    const writes = imports.flatMap((r) =>
      r.tables.filter((t) => t.rows.length > 0).map((t) => writeTable(app, t)),
    );
    if (writes.length === 0)
      throw new Error(`The files hold no data rows (${files.map((f) => f.name).join(', ')}).`);
    // What the sidebar does: the server's report on the data, the plan built from it, then applied.
    const data = readKpiData(app);
    const { plan, periodStart, periodEnd } = planKpiTab(
      data,
      {
        templateId: opts.template,
        periodStart: opts.from,
        periodEnd: opts.to,
        compare: opts.compare,
        targets: opts.targets,
      },
      new Date().toISOString().slice(0, 10),
    );
    applyPlan(app, plan);
    if (!opts.plain) applyCurrencyFormats(app, plan, data.schema);
    // The blank first sheet a new spreadsheet starts with has no place in a report.
    const blank = app.getSheetByName('Sheet1');
    if (blank && blank.getLastRow() === 0) app.deleteSheet(blank);
    return { plan, period: { start: periodStart, end: periodEnd }, writes, schema: data.schema };
  });
  const helpers = helperRects(plan);
  const names = new Set(ss.ctx.book.sheets.map((s) => s.name));
  const bytes = await spreadsheetToXlsx(ss, {
    substitutes: substitutesOf(plan),
    first: [plan.title],
    cachedValues: opts.cachedValues,
    fastRows: opts.fastRows,
    ...(opts.plain
      ? { charts: false }
      : {
          print: { [plan.title]: printLayoutOf(plan, helpers) },
          calc: { [plan.title]: { name: calcSheetName(plan.title, names), rects: helpers } },
        }),
  });
  return { bytes, plan, schema, spreadsheet: ss, period, imports, writes };
}
