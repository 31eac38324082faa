/**
 * What the sidebar needs from the spreadsheet to build a KPI tab's plan: the data tabs' headers,
 * sizes, platforms and date range (a fixed number of reads per data tab), and the KPI tabs
 * generated so far. Nothing here knows the templates (they run in the sidebar).
 */
import { tabEntryFromHeader, type KpiData } from '../model/kpi-data';
import { TABLES, type TableName } from '../model/schema';
import { RECORD_PREFIX } from './applier';
import { isDate } from '../cells/date-serial';
import { dateToIso } from './data-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Date column per table (the one a period filters on). */
const DATE_COLUMN: Record<TableName, string> = {
  posts: 'published_at',
  daily: 'date',
  campaigns: 'date',
  web: 'date',
  network: 'connected_on',
  conversations: 'sent_at',
};

export function readKpiData(ss: Spreadsheet): KpiData {
  const tz = ss.getSpreadsheetTimeZone();
  const schema: KpiData['schema'] = { tabs: {} };
  let first: string | undefined;
  let last: string | undefined;
  for (const table of Object.keys(TABLES) as TableName[]) {
    const tab = TABLES[table].tab;
    const sheet = ss.getSheetByName(tab);
    if (!sheet) continue;
    const lastRow = sheet.getLastRow();
    const lastCol = sheet.getLastColumn();
    if (lastRow < 1 || lastCol < 1) continue;
    const header = sheet.getRange(1, 1, 1, lastCol).getValues()[0];
    const columns = header.map((h) => String(h).trim());
    const rows = lastRow - 1;
    const column = (name: string): unknown[] => {
      const i = columns.indexOf(name);
      return i < 0 || rows === 0
        ? []
        : sheet
            .getRange(2, i + 1, rows, 1)
            .getValues()
            .map((r) => r[0]);
    };
    const platforms = [
      ...new Set(
        column('platform')
          .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
          .map((p) => p.trim()),
      ),
    ];
    schema.tabs[tab] = tabEntryFromHeader(tab, header, rows, platforms);
    for (const d of column(DATE_COLUMN[table])) {
      if (!isDate(d)) continue;
      const iso = dateToIso(d, tz, 'date');
      if (first === undefined || iso < first) first = iso;
      if (last === undefined || iso > last) last = iso;
    }
  }
  return { schema, dates: first && last ? { first, last } : null };
}

/** KPI tabs this add-on generated (from the applier's per-tab records). */
export function kpiTabs(ss: Spreadsheet): { tab: string; sheetId: number; template: string }[] {
  const props = PropertiesService.getDocumentProperties().getProperties();
  const records = Object.entries(props).filter(([k]) => k.startsWith(RECORD_PREFIX));
  if (!records.length) return [];
  const sheets = new Map(ss.getSheets().map((s) => [s.getSheetId(), s]));
  return records.flatMap(([k, json]) => {
    const sheetId = Number(k.slice(RECORD_PREFIX.length));
    const sheet = sheets.get(sheetId);
    if (!sheet) return [];
    const template = String((JSON.parse(json) as { template?: unknown }).template ?? '');
    return [{ tab: sheet.getName(), sheetId, template }];
  });
}
