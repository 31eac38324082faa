/**
 * Template/writer/report performance (`npx tsx scripts/bench.ts template`):
 *  - calls_per_import_1k / _100k: emulated Apps Script calls to write 1,000 and 100,000 rows into a
 *    data tab (writeTable), and the same through the sidebar's chunked API (begin + chunks + commit);
 *  - cells_written_import_1k / _reimport_unchanged / _append_1k_into_100k: data-tab cells an API
 *    import writes (target: 0 for the unchanged re-import, append ≤ 2 × import_1k), with the staging
 *    sheet's cells counted too (cells_written_with_staging_*) and the calls of each;
 *  - calls_per_template: Spreadsheet-service calls (the target, ≤ 40) for the applier to write the
 *    largest template's plan, over 1k and 100k data rows; calls_per_template_all_services adds
 *    Lock/Properties calls; _endpoint is the same through applyKpiTab (validation, the active
 *    spreadsheet and activating the tab included); _with_read adds the readKpiData call the sidebar
 *    makes first;
 *  - plan_payload_kb: JSON the sidebar sends to applyKpiTab per template, over 1k and 100k rows
 *    (plans should not grow with the data), and the readKpiData answer it builds them from;
 *  - report_100k_s: seconds to build an .xlsx report from a 100,000-row export (import → data tab →
 *    KPI tab → xlsx), with the importer alone on the same bytes as the in-run baseline, and
 *    report_100k_vs_plain_ratio against the bare workbook (no charts, print layout or calculation
 *    sheet: the report before #14) built in the same run.
 */
import { api } from '../src/gas/api';
import { applyPlan } from '../src/gas/applier';
import { writeTable } from '../src/gas/writer';
import { importFile } from '../src/importers';
import { createSpreadsheet, installGlobals, type EmulatedSpreadsheet } from '../src/local/emulator';
import { buildReport } from '../src/local/report/build-report';
import { MAX_CHUNK_ROWS } from '../src/model/api';
import { TABLES, type CanonicalTable, type CanonicalValue } from '../src/model/schema';
import { TEMPLATES } from '../src/templates';
import type { DataTabSchema, SheetPlan } from '../src/templates/plan';

const CAMPAIGNS = TABLES.campaigns.columns.map((c) => c.name);

function campaignRows(n: number): CanonicalValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 300) * 86400000).toISOString().slice(0, 10);
    const rec: Record<string, CanonicalValue> = {
      platform: 'linkedin',
      date: day,
      account: 'Acme',
      campaign: `Campaign ${i % 300}`,
      campaign_id: String(600000000 + (i % 300)),
      currency: 'EUR',
      spend: 10 + (i % 97),
      impressions: 1000 + (i % 1000),
      clicks: i % 50,
      conversions: i % 7,
      leads: i % 3,
    };
    return CAMPAIGNS.map((c) => rec[c] ?? null);
  });
}

function fresh(): EmulatedSpreadsheet {
  const ss = createSpreadsheet();
  installGlobals(globalThis, ss);
  return ss;
}

let lastSheetCalls = 0;

function writerCalls(rows: number): number {
  const ss = fresh();
  const table: CanonicalTable = { table: 'campaigns', columns: CAMPAIGNS, rows: campaignRows(rows) };
  ss.resetCalls();
  writeTable(ss.asGas(), table);
  lastSheetCalls = ss.spreadsheetCalls();
  return ss.totalCalls();
}

/** One import through the sidebar's chunked API (begin + chunks + commit), as the sidebar sends it. */
function apiImport(data: CanonicalValue[][], importId = 'bench'): void {
  api.beginImport({
    importId,
    file: 'x.csv',
    format: 'generic',
    table: 'campaigns',
    columns: CAMPAIGNS,
    totalRows: data.length,
  });
  // Each chunk with its offset in the file.
  for (let seq = 0; seq * MAX_CHUNK_ROWS < data.length; seq++) {
    api.importChunk({
      importId,
      seq,
      offset: seq * MAX_CHUNK_ROWS,
      rows: data.slice(seq * MAX_CHUNK_ROWS, (seq + 1) * MAX_CHUNK_ROWS),
    });
  }
  api.commitImport({ importIds: [importId] });
}

function apiCalls(rows: number): number {
  const ss = fresh();
  const data = campaignRows(rows);
  ss.resetCalls();
  apiImport(data);
  lastSheetCalls = ss.spreadsheetCalls();
  return ss.totalCalls();
}

/** Cells an API import writes: to the data tab, and in all (the hidden staging sheet included), with its calls. */
function cellsWritten(ss: EmulatedSpreadsheet, data: CanonicalValue[][], importId: string) {
  ss.resetCalls();
  apiImport(data, importId);
  const cells = ss.cellsWritten();
  return {
    data: cells[TABLES.campaigns.tab] ?? 0,
    all: Object.values(cells).reduce((a, b) => a + b, 0),
    calls: ss.spreadsheetCalls(),
  };
}

/**
 * #11.9: 1,000 rows into an empty tab; the same 1,000 again (unchanged); 1,000 new rows appended to
 * a 100,000-row tab. Figures are emulator counts of cells whose contents a call wrote.
 */
export function cellsFigures(): Record<string, number> {
  const all = campaignRows(101_000);
  let ss = fresh();
  const first = cellsWritten(ss, all.slice(0, 1000), 'first');
  const again = cellsWritten(ss, all.slice(0, 1000), 'again');
  ss = fresh();
  apiImport(all.slice(0, 100_000), 'base');
  const append = cellsWritten(ss, all.slice(100_000), 'append');
  return {
    cells_written_import_1k: first.data,
    cells_written_reimport_unchanged: again.data,
    cells_written_append_1k_into_100k: append.data,
    cells_written_append_vs_import_1k: Number((append.data / first.data).toFixed(2)),
    cells_written_with_staging_import_1k: first.all,
    cells_written_with_staging_reimport_unchanged: again.all,
    cells_written_with_staging_append_1k_into_100k: append.all,
    calls_spreadsheet_service_import_1k: first.calls,
    calls_spreadsheet_service_reimport_unchanged: again.calls,
    calls_spreadsheet_service_append_1k_into_100k: append.calls,
  };
}

function schema(rows: number): DataTabSchema {
  const tabs: DataTabSchema['tabs'] = {};
  for (const t of Object.values(TABLES))
    tabs[t.tab] = { columns: t.columns.map((c) => c.name), rows, platforms: ['linkedin'] };
  return { tabs };
}

const planOf = (t: (typeof TEMPLATES)[number], rows: number): SheetPlan =>
  t.build(schema(rows), { periodStart: '2025-03-01', periodEnd: '2025-03-28', compare: 'previous' });

type Path = 'applier' | 'endpoint' | 'withRead';

/** Calls to apply each template's plan: the applier alone, through applyKpiTab, or readKpiData + applyKpiTab. */
function templateCalls(rows: number, onlySheets = false, path: Path = 'applier'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of TEMPLATES) {
    const ss = fresh();
    const plan = planOf(t, rows);
    ss.resetCalls();
    if (path === 'applier') applyPlan(ss.asGas(), plan);
    else {
      if (path === 'withRead') api.readKpiData();
      api.applyKpiTab({ plan });
    }
    out[t.id] = onlySheets ? ss.spreadsheetCalls() : ss.totalCalls();
  }
  return out;
}

const kb = (value: unknown) => Number((JSON.stringify(value).length / 1024).toFixed(1));

/** The readKpiData answer over a spreadsheet with the given data tabs (each with `rows` rows). */
function readKpiDataKb(rows: number): number {
  const ss = fresh();
  writeTable(ss.asGas(), { table: 'campaigns', columns: CAMPAIGNS, rows: campaignRows(rows) });
  return kb(api.readKpiData());
}

/** A 100,000-row LinkedIn Campaign Manager export (UTF-8 TSV, same header as the real one). */
function campaignExport(n: number): Uint8Array {
  const header = [
    'Start Date (in UTC)',
    'Account Name',
    'Campaign Group Name',
    'Campaign Name',
    'Campaign ID',
    'Impressions',
    'Clicks',
    'Total Spent',
    'Currency',
    'Conversions',
    'Leads',
  ];
  const lines = ['Campaign Performance Report', 'Account: Acme (503123456)', '', header.join('\t')];
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 300) * 86400000);
    lines.push(
      [
        `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
        'Acme',
        'Always on',
        `Campaign ${i % 300}`,
        600000000 + (i % 300),
        1000 + (i % 1000),
        i % 50,
        (10 + (i % 97)).toFixed(2),
        'EUR',
        i % 7,
        i % 3,
      ].join('\t'),
    );
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

export default async function bench(): Promise<Record<string, unknown>> {
  const w1k = writerCalls(1000);
  const w100k = writerCalls(100_000);
  const a1k = apiCalls(1000);
  const a1kSheets = lastSheetCalls;
  const a100k = apiCalls(100_000);
  const a100kSheets = lastSheetCalls;
  const cells = cellsFigures();
  const t1k = templateCalls(1000);
  const t100k = templateCalls(100_000);
  const t1kSheets = templateCalls(1000, true);
  const t100kSheets = templateCalls(100_000, true);
  const largest = (m: Record<string, number>) => Math.max(...Object.values(m));
  const endpoint = templateCalls(100_000, true, 'endpoint');
  const withRead = templateCalls(100_000, true, 'withRead');
  const payload = (rows: number) =>
    Object.fromEntries(TEMPLATES.map((t) => [t.id, kb({ plan: planOf(t, rows) })]));

  const bytes = campaignExport(100_000);
  let t0 = performance.now();
  const imported = importFile('campaigns-100k.tsv', bytes);
  const importS = (performance.now() - t0) / 1000;
  const rows = imported.tables.reduce((n, t) => n + t.rows.length, 0);
  t0 = performance.now();
  await buildReport([{ name: 'campaigns-100k.tsv', bytes }], { template: 'linkedin-ads', plain: true });
  const plainS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const report = await buildReport([{ name: 'campaigns-100k.tsv', bytes }], { template: 'linkedin-ads' });
  const reportS = (performance.now() - t0) / 1000;

  return {
    calls_per_import_1k: w1k,
    calls_per_import_100k: w100k,
    calls_per_import_ratio: Number((w100k / w1k).toFixed(2)),
    calls_per_import_api_1k: a1k,
    calls_per_import_api_100k: a100k,
    calls_per_import_api_ratio: Number((a100k / a1k).toFixed(2)),
    calls_per_import_api_spreadsheet_service_1k: a1kSheets,
    calls_per_import_api_spreadsheet_service_100k: a100kSheets,
    calls_per_import_api_spreadsheet_service_ratio: Number((a100kSheets / a1kSheets).toFixed(2)),
    ...cells,
    calls_per_template: largest(t100kSheets),
    calls_per_template_1k: largest(t1kSheets),
    calls_per_template_100k: largest(t100kSheets),
    calls_per_template_all_services: largest(t100k),
    calls_per_template_all_services_1k: largest(t1k),
    calls_per_template_all_services_100k: largest(t100k),
    calls_per_template_endpoint: largest(endpoint),
    calls_per_template_with_read: largest(withRead),
    calls_per_template_by_template_1k: t1kSheets,
    calls_per_template_by_template_100k: t100kSheets,
    calls_per_template_all_services_by_template_100k: t100k,
    calls_per_template_named_ranges: Math.max(
      ...TEMPLATES.map(
        (t) =>
          t.build(schema(1000), { periodStart: '2025-03-01', periodEnd: '2025-03-28', compare: 'previous' })
            .namedRanges.length,
      ),
    ),
    plan_payload_kb_by_template_1k: payload(1000),
    plan_payload_kb_by_template_100k: payload(100_000),
    read_kpi_data_kb_1k: readKpiDataKb(1000),
    read_kpi_data_kb_100k: readKpiDataKb(100_000),
    report_100k_s: Number(reportS.toFixed(2)),
    report_100k_rows: rows,
    report_100k_xlsx_mb: Number((report.bytes.length / 1e6).toFixed(2)),
    report_100k_baseline_import_only_s: Number(importS.toFixed(2)),
    report_100k_vs_import_ratio: Number((reportS / importS).toFixed(2)),
    report_100k_plain_s: Number(plainS.toFixed(2)),
    report_100k_vs_plain_ratio: Number((reportS / plainS).toFixed(2)),
  };
}
