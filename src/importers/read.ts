/**
 * readFile: any supported bytes → RawWorkbook. Sniffs the container by magic bytes (not by the
 * file name, which users rename), opens ZIP bundles member by member, and turns every failure
 * into one ImportError that says what to do.
 */
import { readCsvBytes } from './csv';
import { ImportError } from './errors';
import {
  fileTooLarge,
  inflatesTooMuch,
  limitsOf,
  nestedTooDeep,
  tooManyCells,
  tooManyColumns,
  tooManyMembers,
  type Limits,
} from './limits';
import type { RawSheet, RawWorkbook } from './types';
import { readXlsxBytes } from './xlsx';
import { xlsxSheetSizes } from './xlsx-size';
import { listZip, readMember, ZipFormatError, type ZipEntry } from './zip';

/** Google Sheets holds at most 10 million cells per spreadsheet: larger files are refused. */
export const MAX_CELLS = limitsOf().cells;

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

/** One read: its budgets and what has been unpacked so far (all ZIP levels together). */
interface Reading {
  limits: Limits;
  inflated: number;
}

/** Refuses a file by its size before it is read (the CLI and the sidebar know the size first). */
export function checkFileSize(name: string, size: number, overrides?: Partial<Limits>): void {
  const limits = limitsOf(overrides);
  if (size > limits.fileBytes) throw fileTooLarge({ file: name }, size, limits);
}

export function readFile(name: string, bytes: Uint8Array, overrides?: Partial<Limits>): RawWorkbook {
  checkFileSize(name, bytes.length, overrides);
  const reading: Reading = { limits: limitsOf(overrides), inflated: 0 };
  const wb = readAny(name, bytes, reading, 0);
  checkSize(wb, reading.limits);
  return wb;
}

function readAny(name: string, bytes: Uint8Array, reading: Reading, depth: number): RawWorkbook {
  if (bytes.length === 0 || (bytes.length <= 4 && isBomOnly(bytes))) {
    throw new ImportError('the file is empty', {
      file: name,
      expected: 'an analytics export with a header row and data rows',
      action:
        'download the export again; if the platform offered an empty report, pick a date range with activity',
    });
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return readZip(name, bytes, reading, depth);
  if (startsWith(bytes, CFB))
    return { file: name, kind: 'xls', sheets: spreadsheet(name, bytes, reading.limits) };
  if (startsWith(bytes, PDF)) throw unsupported(name, 'a PDF document');
  const text = readCsvBytes(name, bytes, reading.limits);
  if (!text) throw unsupported(name, 'binary data that is not a spreadsheet');
  if (text.sheets.length === 0) {
    throw new ImportError('the file has no table (only blank or comment lines)', {
      file: name,
      expected: 'a header row followed by data rows',
      action: 'download the export again with a date range that has data',
    });
  }
  return { file: name, kind: 'csv', encoding: text.encoding, sheets: text.sheets };
}

function isBomOnly(b: Uint8Array): boolean {
  return (
    (b.length === 3 && startsWith(b, [0xef, 0xbb, 0xbf])) ||
    (b.length === 2 && (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])))
  );
}

function unsupported(name: string, what: string): ImportError {
  return new ImportError(`the file is ${what}`, {
    file: name,
    expected:
      'a CSV, TSV, XLS, XLSX or ZIP export from LinkedIn, Meta, X, YouTube, TikTok or Google Analytics',
    action: 'export the report as CSV or Excel from the platform and import that file',
  });
}

function spreadsheet(name: string, bytes: Uint8Array, limits: Limits): RawSheet[] {
  try {
    return readXlsxBytes(bytes);
  } catch (e) {
    // Out of memory or past the longest string while parsing: the workbook is too large, not damaged.
    if (e instanceof RangeError) throw tooManyCells({ file: name }, limits.cells, limits);
    const msg = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(msg)) {
      throw new ImportError('the workbook is password-protected', {
        file: name,
        expected: 'an unencrypted workbook',
        action:
          'open it in Excel or Sheets, remove the password (File > Info > Protect Workbook), save, and import again',
      });
    }
    throw damaged(name, msg);
  }
}

function damaged(name: string, detail: string): ImportError {
  return new ImportError('the file is damaged or cut short and cannot be opened', {
    file: name,
    value: detail,
    expected: 'a complete XLSX/XLS/ZIP file',
    action: 'download the export again (the download may have been interrupted) and import the new file',
  });
}

function readZip(name: string, bytes: Uint8Array, reading: Reading, depth: number): RawWorkbook {
  const { limits } = reading;
  if (depth > limits.zipDepth) throw nestedTooDeep({ file: name }, limits);
  let entries: ZipEntry[];
  try {
    entries = listZip(bytes);
  } catch (e) {
    throw damaged(name, e instanceof Error ? e.message : String(e));
  }
  if (entries.length > limits.zipMembers) throw tooManyMembers({ file: name }, entries.length, limits);
  const names = entries.map((e) => e.name);
  if (names.includes('[Content_Types].xml') || names.some((n) => n.startsWith('xl/'))) {
    checkXlsx(name, bytes, entries, reading);
    return { file: name, kind: 'xlsx', sheets: spreadsheet(name, bytes, limits) };
  }
  const members = entries
    .filter((e) => !e.name.endsWith('/') && !e.name.startsWith('__MACOSX/') && !/(^|\/)\./.test(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Declared sizes first: most bombs are refused before a byte is inflated (the counting below catches liars).
  const declared = members.reduce((n, e) => n + e.size, 0);
  if (reading.inflated + declared > limits.inflatedBytes) throw inflatesTooMuch({ file: name }, limits);
  const sheets: RawSheet[] = [];
  let found = 0;
  for (const member of members) {
    if (member.encrypted) throw passwordProtected(`${name}/${member.name}`);
    const inner = readMemberBytes(name, bytes, member, reading);
    if (inner.length === 0) continue;
    found++;
    const wb = readAny(`${name}/${member.name}`, inner, reading, depth + 1);
    const base = member.name.split('/').pop() as string;
    for (const s of wb.sheets) {
      sheets.push({ ...s, name: wb.sheets.length === 1 ? base : `${base} › ${s.name}` });
    }
  }
  if (found === 0) {
    throw new ImportError('the ZIP archive contains no files', {
      file: name,
      expected: 'a ZIP export with CSV or XLSX files inside (YouTube Studio, TikTok Studio)',
      action: 'download the export again',
    });
  }
  return { file: name, kind: 'zip', sheets };
}

/** A member's bytes, every inflated byte counted against the budget as it is produced. */
function readMemberBytes(
  name: string,
  bytes: Uint8Array,
  e: ZipEntry,
  reading: Reading,
  keep = true,
  head = 0,
): Uint8Array {
  const take = (n: number) => {
    reading.inflated += n;
    if (reading.inflated > reading.limits.inflatedBytes) {
      throw inflatesTooMuch({ file: name, sheet: e.name }, reading.limits);
    }
  };
  try {
    return readMember(bytes, e, take, keep, head);
  } catch (err) {
    if (err instanceof ZipFormatError) throw damaged(name, err.message);
    throw err;
  }
}

/**
 * An XLSX is a ZIP too: its parts are inflated once under the budget (counted, not kept) and each
 * sheet's declared size (`<dimension ref>`) is checked before the workbook is parsed.
 */
function checkXlsx(name: string, bytes: Uint8Array, entries: ZipEntry[], reading: Reading): void {
  const { limits } = reading;
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (reading.inflated + declared > limits.inflatedBytes) throw inflatesTooMuch({ file: name }, limits);
  const parts = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.encrypted) throw passwordProtected(name);
    const small = e.name === 'xl/workbook.xml' || e.name === 'xl/_rels/workbook.xml.rels';
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(e.name);
    parts.set(e.name, readMemberBytes(name, bytes, e, reading, small, sheet ? 16 * 1024 : 0));
  }
  let cells = 0;
  for (const s of xlsxSheetSizes(parts)) {
    if (s.columns > limits.columns) throw tooManyColumns({ file: name, sheet: s.sheet }, s.columns, limits);
    cells += s.rows * s.columns;
    if (cells > limits.cells) throw tooManyCells({ file: name, sheet: s.sheet }, limits.cells, limits);
  }
}

function passwordProtected(name: string): ImportError {
  return new ImportError('the file is password-protected', {
    file: name,
    expected: 'an unencrypted workbook or ZIP',
    action: 'open it in Excel or Sheets (or unzip it), remove the password, save, and import again',
  });
}

function checkSize(wb: RawWorkbook, limits: Limits): void {
  let cells = 0;
  for (const s of wb.sheets) {
    let width = 0;
    for (const r of s.rows) if (r.length > width) width = r.length;
    if (width > limits.columns) throw tooManyColumns({ file: wb.file, sheet: s.name }, width, limits);
    cells += width * s.rows.length;
  }
  if (cells > limits.cells) throw tooManyCells({ file: wb.file }, cells, limits);
}
