/**
 * importFile: bytes → detected format → canonical tables, merged by natural key within the file.
 * Either a complete ImportResult (with every skipped row and issue listed) or an ImportError.
 */
import { keyFunction, mergeRows } from '../model/merge';
import { TABLES, type CanonicalTable, type TableName } from '../model/schema';
import { detectFormat, matchSection } from './detect';
import { ImportError } from './errors';
import { FORMAT_DEFS, formatById } from './formats';
import { mapSheet, type MapContext, type MappedSheet } from './map';
import { placeOf } from './place';
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
  /** Sections recognised but not imported (for the error when nothing else is left). */
  refused: { place: string; reason: string; action: string }[];
}

export const newCollected = (): Collected => ({
  issues: [],
  skipped: [],
  mapping: [],
  merged: new Map(),
  refused: [],
});

export function mapContext(wb: RawWorkbook, format: FormatDef, options: ImportOptions): MapContext {
  return {
    file: wb.file,
    format,
    anchor: yearAnchor(wb, options),
    mapping: options.mapping,
    account: accountOf(wb.file, format),
    dateOrder: options.dateOrder,
    reportStart: reportStart(wb),
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
    if (m.section.titledSections) {
      const parts = splitTitled(sheet);
      if (parts.length > 1) {
        for (const part of parts) {
          const pm = matchSection(format, part, wb.file);
          if (pm)
            collect(acc, wb.file, part.name, pm.section.table, mapSheet(part, pm.section, pm.header, ctx));
          else noteUnmatched(acc, wb.file, format, part);
        }
        continue;
      }
    }
    if (m.section.refuse) {
      const place = placeOf(wb.file, sheet.name);
      acc.refused.push({ place, ...m.section.refuse });
      acc.issues.push({
        level: 'warning',
        message: `${place}: not imported, because ${m.section.refuse.reason}. To get these figures, ${m.section.refuse.action}.`,
      });
      continue;
    }
    collect(acc, wb.file, sheet.name, m.section.table, mapSheet(sheet, m.section, m.header, ctx));
  }
  return finalize(acc, wb.file, chosen);
}

/**
 * Tables stacked in one sheet, each under a one-cell title line (`"Instagram reach"`) followed by its
 * header: one part per title, named after it (the name the user sees in the file).
 */
function splitTitled(sheet: RawSheet): RawSheet[] {
  const cuts: number[] = [];
  for (let r = 0; r + 1 < sheet.rows.length; r++) {
    if (filled(sheet.rows[r]).length === 1 && isTextRow(sheet.rows[r + 1])) cuts.push(r);
  }
  if (cuts.length < 2) return [sheet];
  return cuts.map((start, i) => ({
    ...sheet,
    name: String(filled(sheet.rows[start])[0]).trim(),
    rows: sheet.rows.slice(start, cuts[i + 1] ?? sheet.rows.length),
    preamble: i === 0 ? sheet.preamble : [],
  }));
}

/** At least two cells, all text (a header, not data). */
const isTextRow = (row: RawCell[]) => {
  const cells = filled(row);
  return cells.length >= 2 && cells.every((c) => typeof c === 'string' && !/^[-+]?[\d.,:T\s-]+%?$/.test(c));
};

function noteUnmatched(acc: Collected, file: string, format: FormatDef, sheet: RawSheet): void {
  const skip = format.notImported?.find((n) => n.sheet.test(sheet.name));
  if (skip) {
    acc.issues.push({
      level: 'info',
      message: `${placeOf(file, sheet.name)}: not imported — ${skip.reason}.`,
    });
  } else if (isNotes(sheet)) {
    acc.issues.push({
      level: 'info',
      message: `${placeOf(file, sheet.name)}: report notes above the table (${noteText(sheet)}), not data.`,
    });
  } else if (sheet.rows.some((r) => r.some((c) => c !== null && String(c).trim() !== ''))) {
    acc.issues.push({
      level: 'warning',
      message: `${placeOf(file, sheet.name)}: no header row of the ${format.name} format found, so this part was not imported. If it holds data you need, import it on its own or pick another format.`,
    });
  }
}

/**
 * Add one mapped sheet. Rows that share a natural key are combined (a later value fills or
 * replaces an earlier one), and every such combination is said at warning level, naming the rows,
 * so the user sees it before pressing Import.
 */
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
  const earlier = acc.merged.get(table) ?? null;
  const res = mergeRows(earlier, mapped.table);
  const place = placeOf(file, sheetName);
  acc.skipped.push(
    ...res.skipped.map((s) => ({ row: `${place}, ${rowOf(s.row, mapped)}`, reason: s.reason })),
  );
  const combined = res.updated + res.unchanged;
  if (combined > 0) {
    const within = duplicateRows(mapped);
    if (within.length > 0) {
      const shown = within
        .slice(0, 3)
        .map(
          (g) =>
            `rows ${g.rows.slice(0, 5).join(', ')}${g.rows.length > 5 ? ` and ${g.rows.length - 5} more` : ''} (${g.key})`,
        )
        .join('; ');
      const more = within.length > 3 ? `; and ${within.length - 3} more groups` : '';
      acc.issues.push({
        level: 'warning',
        message: `${place}: some rows have the same ${KEY_TEXT[table]} and would be combined into one row, later values replacing earlier ones: ${shown}${more}. If they are different ${table === 'posts' ? 'posts' : 'entries'}, the export lost what tells them apart: download it again or fix those rows before importing.`,
      });
    }
    const across = combined - within.reduce((n, g) => n + g.rows.length - 1, 0);
    if (earlier && across > 0) {
      acc.issues.push({
        level: 'warning',
        message: `${place}: ${across} rows have the same ${KEY_TEXT[table]} as rows from another part of this file and are combined with them (their columns are added to the same row).`,
      });
    }
  }
  acc.merged.set(table, res.table);
}

/** Rows of one mapped sheet that share a natural key, as the file's row numbers. */
function duplicateRows(mapped: MappedSheet): { key: string; rows: number[] }[] {
  const t = mapped.table;
  const keyOf = keyFunction(t.columns, TABLES[t.table].key);
  // The platform is the same for every row of a file: name the parts that tell rows apart.
  const shownKey = TABLES[t.table].key
    .filter((alts) => !alts.includes('platform'))
    .map((alts) => alts.map((a) => t.columns.indexOf(a)).filter((i) => i >= 0));
  const groups = new Map<string, number[]>();
  t.rows.forEach((row, i) => {
    const k = keyOf(row);
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const out: { key: string; rows: number[] }[] = [];
  for (const idx of groups.values()) {
    if (idx.length < 2) continue;
    const row = t.rows[idx[0]];
    const key = shownKey
      .map((alts) => alts.map((a) => row[a]).find((v) => v !== null && v !== ''))
      .filter((v) => v !== undefined && v !== null && v !== '')
      .map((v) => JSON.stringify(v))
      .join(', ');
    out.push({ key, rows: idx.map((i) => (mapped.sourceRows[i] ?? i) + 1) });
  }
  return out;
}

/** mergeRows names rows as `posts row 3` (its own count): give the file's row instead. */
function rowOf(text: string, mapped: MappedSheet): string {
  const m = /row (\d+)$/.exec(text);
  const r = m ? mapped.sourceRows[Number(m[1]) - 1] : undefined;
  return r === undefined ? text : `row ${r + 1}`;
}

export function finalize(
  acc: Collected,
  file: string,
  chosen: Detection & { alternatives?: Detection[] },
): ImportResult {
  const { format, confidence, evidence } = chosen;
  const tables = [...acc.merged.values()];
  if (tables.every((t) => t.rows.length === 0) && acc.refused.length > 0) {
    const first = acc.refused[0];
    throw new ImportError(`this ${format.name} file cannot be imported, because ${first.reason}`, {
      file,
      expected: `a part of the ${format.name} export that the spreadsheet keeps`,
      action: first.action,
    });
  }
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

/** What identifies a row, in the user's words. */
const KEY_TEXT: Record<TableName, string> = {
  posts: 'post id (or link), distribution and campaign',
  daily: 'date (and account)',
  campaigns: 'date, campaign and creative',
  web: 'date, channel, source / medium and landing page',
  network: 'profile URL',
  conversations: 'time, conversation and direction',
};

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
        action: 'pick one of the listed formats, or leave the format out to detect it',
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
        'a header row naming columns such as Date, Impressions, Clicks, Post link, as the platforms export them',
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

/** GA4 writes `# Start date: 20260801` once, above the first of the report's tables. */
function reportStart(wb: RawWorkbook): string | undefined {
  for (const s of wb.sheets) {
    for (const line of s.preamble) {
      const m = /start date:\s*(\d{8})/i.exec(line);
      if (m) return m[1];
    }
  }
  return undefined;
}

/**
 * Export date for dates without a year: a date in the file or member names
 * (`Overview_2025-08-28_…`), else a Unix time in them (`…_1767571200`), else today (a guess, said so).
 */
function yearAnchor(wb: RawWorkbook, options: ImportOptions): MapContext['anchor'] {
  const names = [wb.file, ...wb.sheets.map((s) => s.name)];
  for (const text of names) {
    const m = /(20\d{2})-?(\d{2})-?(\d{2})/.exec(text);
    if (m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= 31) {
      return { y: +m[1], m: +m[2], d: +m[3], source: `the date ${m[1]}-${m[2]}-${m[3]} in the file name` };
    }
  }
  for (const text of names) {
    // Seconds since 1970 between 2012 and 2036, standing alone between separators.
    const m = /(?:^|[^\d])(1[3-9]\d{8}|20\d{8})(?![\d])/.exec(text);
    if (m) {
      const iso = new Date(+m[1] * 1000).toISOString().slice(0, 10);
      const [y, mo, d] = iso.split('-').map(Number);
      return { y, m: mo, d, source: `the export time ${m[1]} (${iso}) in the file name` };
    }
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const [y, mo, d] = today.split('-').map(Number);
  return { y, m: mo, d, source: `today (${today})`, guessed: true };
}
