/**
 * importFile: bytes → detected format → canonical tables, merged by natural key within the file.
 * Either a complete ImportResult (with every skipped row and issue listed) or an ImportError.
 */
import { mergeRows } from '../model/merge';
import type { CanonicalTable, TableName } from '../model/schema';
import { detectFormat, matchSection } from './detect';
import { ImportError } from './errors';
import { FORMAT_DEFS, formatById } from './formats';
import { mapSheet, type MapContext, type MappedSheet } from './map';
import { importLargeCsv } from './stream';
import { checkFileSize, MAX_CELLS, readFile } from './read';
import type {
  ColumnMapping,
  Detection,
  FormatDef,
  ImportIssue,
  ImportOptions,
  ImportResult,
  RawCell,
  RawSheet,
  RawWorkbook,
  SkippedRow,
} from './types';

/** Plain-text files at least this large are mapped while they are parsed (see stream.ts). */
export const STREAM_MIN_BYTES = 2 * 1024 * 1024;

export function importFile(name: string, bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  checkFileSize(name, bytes.length, options.limits);
  if (bytes.length >= (options.streamMinBytes ?? STREAM_MIN_BYTES)) {
    const streamed = importLargeCsv(name, bytes, options);
    if (streamed) return streamed;
  }
  return importWorkbook(readFile(name, bytes, options.limits), options);
}

/** What one file's sheets add up to while they are mapped. */
export interface Collected {
  issues: ImportIssue[];
  skipped: SkippedRow[];
  mapping: ColumnMapping[];
  merged: Map<TableName, CanonicalTable>;
}

export const newCollected = (): Collected => ({ issues: [], skipped: [], mapping: [], merged: new Map() });

export function mapContext(wb: RawWorkbook, format: FormatDef, options: ImportOptions): MapContext {
  return {
    file: wb.file,
    format,
    anchor: yearAnchor(wb, options),
    mapping: options.mapping,
    account: accountOf(wb.file, format),
  };
}

export function noteAccount(acc: Collected, ctx: MapContext): void {
  if (ctx.account === undefined) return;
  acc.issues.push({
    level: 'info',
    message: `file "${ctx.file}": account "${ctx.account}" taken from the file name (keep the export's original name so two pages stay apart).`,
  });
}

/** The account a format's file name carries (`Acme Corp_content_1767571200000.xlsx` → `Acme Corp`). */
function accountOf(file: string, format: FormatDef): string | undefined {
  const base = file.split('/').pop() ?? file;
  const name = format.accountFromFileName?.exec(base)?.[1]?.trim();
  return name ? name : undefined;
}

export function importWorkbook(wb: RawWorkbook, options: ImportOptions = {}): ImportResult {
  const chosen = chooseFormat(wb, options);
  const { format } = chosen;
  const ctx = mapContext(wb, format, options);
  const acc = newCollected();
  noteAccount(acc, ctx);
  for (const sheet of wb.sheets) {
    const m = matchSection(format, sheet, wb.file);
    if (!m) {
      noteUnmatched(acc, wb.file, format, sheet);
      continue;
    }
    collect(acc, wb.file, sheet.name, m.section.table, mapSheet(sheet, m.section, m.header, ctx));
  }
  return finalize(acc, wb.file, chosen);
}

function noteUnmatched(acc: Collected, file: string, format: FormatDef, sheet: RawSheet): void {
  const skip = format.notImported?.find((n) => n.sheet.test(sheet.name));
  if (skip) {
    acc.issues.push({
      level: 'info',
      message: `file "${file}", sheet "${sheet.name}": not imported — ${skip.reason}.`,
    });
  } else if (isNotes(sheet)) {
    acc.issues.push({
      level: 'info',
      message: `file "${file}", sheet "${sheet.name}": report notes above the table (${noteText(sheet)}), not data.`,
    });
  } else if (sheet.rows.some((r) => r.some((c) => c !== null && String(c).trim() !== ''))) {
    acc.issues.push({
      level: 'warning',
      message: `file "${file}", sheet "${sheet.name}": no header row of the ${format.name} format found, so this sheet was not imported. If it holds data you need, import it on its own or pick another format.`,
    });
  }
}

/** Add one mapped sheet: rows sharing a natural key (within the file too) are combined. */
export function collect(
  acc: Collected,
  file: string,
  sheetName: string,
  table: TableName,
  mapped: MappedSheet,
): void {
  acc.issues.push(...mapped.issues);
  acc.skipped.push(...mapped.skipped);
  acc.mapping.push(...mapped.mapping);
  const res = mergeRows(acc.merged.get(table) ?? null, mapped.table);
  acc.skipped.push(
    ...res.skipped.map((s) => ({ row: `file "${file}", sheet "${sheetName}", ${s.row}`, reason: s.reason })),
  );
  if (res.updated + res.unchanged > 0) {
    acc.issues.push({
      level: 'info',
      message: `file "${file}", sheet "${sheetName}": ${res.updated + res.unchanged} rows share a key (${keyText(table)}) with earlier rows and were combined into them.`,
    });
  }
  acc.merged.set(table, res.table);
}

export function finalize(
  acc: Collected,
  file: string,
  chosen: Detection & { alternatives?: Detection[] },
): ImportResult {
  const { format, confidence, evidence } = chosen;
  const tables = [...acc.merged.values()];
  if (tables.every((t) => t.rows.length === 0)) {
    throw new ImportError('no data rows were found under the header', {
      file,
      expected: `data rows in the ${format.name} layout`,
      action: 'check that the export covers a date range with activity, then download it again',
    });
  }
  const cells = tables.reduce((n, t) => n + t.rows.length * t.columns.length, 0);
  if (cells > MAX_CELLS) {
    throw new ImportError('the import would need more cells than a spreadsheet can hold', {
      file,
      value: `${cells} cells`,
      expected: `at most ${MAX_CELLS} cells`,
      action: 'export a shorter date range and import the parts one after another',
    });
  }
  const alternatives = (chosen.alternatives ?? []).map((a) => ({
    format: a.format.id,
    confidence: a.confidence,
  }));
  return {
    file,
    format: format.id,
    platform: format.platform,
    confidence,
    evidence,
    tables,
    skipped: acc.skipped,
    issues: acc.issues,
    mapping: acc.mapping,
    alternatives,
  };
}

const filled = (r: RawCell[]) => r.filter((c) => c !== null && String(c).trim() !== '');
/** A block of a few one- or two-cell lines (report name, date range, account): a preamble, not a table. */
const isNotes = (sheet: RawSheet) =>
  sheet.rows.length <= 12 && sheet.rows.every((r) => filled(r).length <= 2);
const noteText = (sheet: RawSheet) =>
  JSON.stringify(
    filled(sheet.rows[0] ?? [])
      .join(' ')
      .slice(0, 60),
  );

const KEY_TEXT: Record<TableName, string> = {
  posts: 'platform, post id or link, distribution, campaign',
  daily: 'platform, account, date',
  campaigns: 'date, campaign id or name, creative',
  web: 'date and dimensions',
};
const keyText = (t: TableName) => KEY_TEXT[t];

export function chooseFormat(
  wb: RawWorkbook,
  options: ImportOptions,
): Detection & { alternatives?: Detection[] } {
  if (options.format) {
    const format = formatById(options.format);
    if (!format) {
      throw new ImportError(`unknown format "${options.format}"`, {
        file: wb.file,
        value: options.format,
        expected: `one of: ${FORMAT_DEFS.map((f) => f.id).join(', ')}`,
        action: 'run `kpi-sheets formats` to list the format ids, or leave the format out to detect it',
      });
    }
    const scores = wb.sheets.map((s) => matchSection(format, s, wb.file)?.score ?? 0);
    const best = Math.max(0, ...scores);
    if (best === 0) {
      throw new ImportError(`the file does not have the columns of the ${format.name} format`, {
        file: wb.file,
        sheet: wb.sheets[0]?.name,
        value: headerPreview(wb),
        expected: `a header row with the ${format.name} columns (${format.sections[0].signature.join(', ')})`,
        action: 'leave the format out so it is detected, or pick the format that matches the file',
      });
    }
    return {
      format,
      confidence: Math.round(best * 100) / 100,
      evidence: [`format chosen by the user: ${format.id}`],
    };
  }
  const det = detectFormat(wb);
  if (!det) {
    throw new ImportError('no known table was found in the file', {
      file: wb.file,
      sheet: wb.sheets[0]?.name,
      row: 1,
      value: headerPreview(wb),
      expected:
        'a header row naming columns such as Date, Impressions, Clicks, Post link (see `kpi-sheets formats`)',
      action:
        'check that this is an analytics export (not a PDF or a chart image), or add a header row with column names',
    });
  }
  return det;
}

function headerPreview(wb: RawWorkbook): string {
  const first = wb.sheets[0]?.rows.find((r) => r.some((c) => c !== null && String(c).trim() !== '')) ?? [];
  return first
    .slice(0, 8)
    .map((c) => String(c ?? ''))
    .join(' | ');
}

/** Year for dates without one: a date in the file or member names (`Overview_2025-08-28_…`), else today. */
function yearAnchor(wb: RawWorkbook, options: ImportOptions): MapContext['anchor'] {
  for (const text of [wb.file, ...wb.sheets.map((s) => s.name)]) {
    const m = /(20\d{2})-?(\d{2})-?(\d{2})/.exec(text);
    if (m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= 31) {
      return { y: +m[1], m: +m[2], d: +m[3], source: `the date ${m[1]}-${m[2]}-${m[3]} in the file name` };
    }
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const [y, mo, d] = today.split('-').map(Number);
  return {
    y,
    m: mo,
    d,
    source: `today's date (${today}; the file name carries no date — keep the original export name to be sure)`,
  };
}
