/**
 * readFile: any supported bytes → RawWorkbook. Sniffs the container by magic bytes (not by the
 * file name, which users rename), opens ZIP bundles member by member, and turns every failure
 * into one ImportError that says what to do.
 */
import { unzipSync } from 'fflate';
import { readCsvText } from './csv';
import { binaryShare, decodeText } from './decode';
import { ImportError } from './errors';
import type { RawSheet, RawWorkbook } from './types';
import { readXlsxBytes } from './xlsx';

/** Google Sheets holds at most 10 million cells per spreadsheet: larger files are refused up front. */
export const MAX_CELLS = 10_000_000;

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

export function readFile(name: string, bytes: Uint8Array): RawWorkbook {
  const wb = readAny(name, bytes);
  checkSize(wb);
  return wb;
}

function readAny(name: string, bytes: Uint8Array): RawWorkbook {
  if (bytes.length === 0 || (bytes.length <= 4 && isBomOnly(bytes))) {
    throw new ImportError('the file is empty', {
      file: name,
      expected: 'an analytics export with a header row and data rows',
      action:
        'download the export again; if the platform offered an empty report, pick a date range with activity',
    });
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return readZip(name, bytes);
  if (startsWith(bytes, CFB)) return { file: name, kind: 'xls', sheets: spreadsheet(name, bytes) };
  if (startsWith(bytes, PDF)) throw unsupported(name, 'a PDF document');
  const decoded = decodeText(bytes);
  if (binaryShare(decoded.text) > 0.02) throw unsupported(name, 'binary data that is not a spreadsheet');
  const sheets = readCsvText(decoded.text);
  if (sheets.length === 0) {
    throw new ImportError('the file has no table (only blank or comment lines)', {
      file: name,
      expected: 'a header row followed by data rows',
      action: 'download the export again with a date range that has data',
    });
  }
  return { file: name, kind: 'csv', encoding: decoded.encoding, sheets };
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

function spreadsheet(name: string, bytes: Uint8Array): RawSheet[] {
  try {
    return readXlsxBytes(bytes);
  } catch (e) {
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

function readZip(name: string, bytes: Uint8Array): RawWorkbook {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    throw damaged(name, e instanceof Error ? e.message : String(e));
  }
  const names = Object.keys(entries);
  if (names.includes('[Content_Types].xml') || names.some((n) => n.startsWith('xl/'))) {
    return { file: name, kind: 'xlsx', sheets: spreadsheet(name, bytes) };
  }
  const members = names
    .filter((n) => !n.endsWith('/') && !n.startsWith('__MACOSX/') && !/(^|\/)\./.test(n))
    .filter((n) => entries[n].length > 0)
    .sort();
  if (members.length === 0) {
    throw new ImportError('the ZIP archive contains no files', {
      file: name,
      expected: 'a ZIP export with CSV or XLSX files inside (YouTube Studio, TikTok Studio)',
      action: 'download the export again',
    });
  }
  const sheets: RawSheet[] = [];
  for (const member of members) {
    const inner = readAny(`${name}/${member}`, entries[member]);
    const base = member.split('/').pop() as string;
    for (const s of inner.sheets) {
      sheets.push({ ...s, name: inner.sheets.length === 1 ? base : `${base} › ${s.name}` });
    }
  }
  return { file: name, kind: 'zip', sheets };
}

function checkSize(wb: RawWorkbook): void {
  let cells = 0;
  for (const s of wb.sheets) {
    let width = 0;
    for (const r of s.rows) if (r.length > width) width = r.length;
    cells += width * s.rows.length;
  }
  if (cells > MAX_CELLS) {
    throw new ImportError('the file is larger than a spreadsheet can hold', {
      file: wb.file,
      value: `${cells} cells`,
      expected: `at most ${MAX_CELLS.toLocaleString('en-US')} cells (the Google Sheets limit)`,
      action: 'export a shorter date range, or split the file, and import the parts one after another',
    });
  }
}
