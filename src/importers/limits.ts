/**
 * Reading budgets: what one dropped file may cost, checked while its data is produced (bytes
 * inflated, ZIP nesting, columns, cells, line length), so a hostile file is refused in memory
 * bounded by the budget, not by what it would unpack to. Every refusal names the limit and what to do.
 */
import { ImportError } from './errors';

export interface Limits {
  /** Bytes of the file as given (a CSV, an XLSX, a ZIP). */
  fileBytes: number;
  /** Bytes unpacked from ZIP containers (ZIP exports and XLSX), all members and levels together. */
  inflatedBytes: number;
  /** ZIPs inside the dropped ZIP: 1 allows one level (a ZIP export zipped again), no deeper. */
  zipDepth: number;
  /** Members of one ZIP. */
  zipMembers: number;
  /** Columns of any row: Google Sheets stops at column ZZZ (18,278). */
  columns: number;
  /** Cells of the file: Google Sheets holds at most 10 million cells per spreadsheet. */
  cells: number;
  /** Characters of one line of text (a row); a file of one endless line is not a table. */
  lineChars: number;
}

const MB = 1024 * 1024;

export const LIMITS: Limits = {
  fileBytes: 256 * MB,
  inflatedBytes: 256 * MB,
  zipDepth: 1,
  zipMembers: 1000,
  columns: 18_278,
  cells: 10_000_000,
  lineChars: 16 * MB,
};

export const limitsOf = (overrides?: Partial<Limits>): Limits =>
  overrides ? { ...LIMITS, ...overrides } : LIMITS;

const mb = (n: number) => `${Math.round((n / MB) * 10) / 10} MB`;
const count = (n: number) => n.toLocaleString('en-US');

const SPLIT =
  'export a shorter date range (or fewer columns), or split the file, and import the parts one after another';

export interface Where {
  file: string;
  sheet?: string;
  row?: number;
}

export function fileTooLarge(where: Where, bytes: number, limits: Limits): ImportError {
  return new ImportError(`the file is too large to import at once (${mb(bytes)})`, {
    ...where,
    value: `${count(bytes)} bytes`,
    expected: `at most ${mb(limits.fileBytes)} per file`,
    action: SPLIT,
  });
}

export function inflatesTooMuch(where: Where, limits: Limits): ImportError {
  return new ImportError(
    `the archive unpacks to more than ${mb(limits.inflatedBytes)}, so it was not unpacked further`,
    {
      ...where,
      expected: `at most ${mb(limits.inflatedBytes)} of unpacked data per file (ZIP and XLSX files are archives)`,
      action: `unzip it yourself and import the exports inside one by one; if one is that large, ${SPLIT}`,
    },
  );
}

export function nestedTooDeep(where: Where, limits: Limits): ImportError {
  return new ImportError('the archive holds ZIP files inside ZIP files', {
    ...where,
    expected: `at most ${limits.zipDepth} ZIP file inside the ZIP you import`,
    action: 'unzip it and import the export files themselves (CSV, XLSX or the platform’s ZIP)',
  });
}

export function tooManyMembers(where: Where, members: number, limits: Limits): ImportError {
  return new ImportError(`the archive holds ${count(members)} files`, {
    ...where,
    expected: `at most ${count(limits.zipMembers)} files in one ZIP`,
    action: 'unzip it and import the export files you need one by one',
  });
}

export function tooManyColumns(where: Where, columns: number, limits: Limits): ImportError {
  return new ImportError(`a row has ${count(columns)} columns, more than a spreadsheet can hold`, {
    ...where,
    value: `${count(columns)} columns`,
    expected: `at most ${count(limits.columns)} columns (the Google Sheets limit)`,
    action: `check that this is an analytics export with one value per column; if it is, ${SPLIT}`,
  });
}

export function tooManyCells(where: Where, cells: number, limits: Limits): ImportError {
  return new ImportError('the file is larger than a spreadsheet can hold', {
    ...where,
    value: `at least ${count(cells)} cells`,
    expected: `at most ${count(limits.cells)} cells (the Google Sheets limit)`,
    action: SPLIT,
  });
}

export function lineTooLong(where: Where, limits: Limits): ImportError {
  return new ImportError('a line of the file is longer than any table row could be', {
    ...where,
    expected: `rows of at most ${mb(limits.lineChars)} of text, separated by line breaks`,
    action:
      'check that this is a CSV/TSV export (not a log, a JSON file or a file without line breaks); download it again if it was cut or joined',
  });
}
