/**
 * Shapes shared by the import pipeline: bytes → RawWorkbook → detected FormatDef → canonical tables.
 * Everything here is plain data so it can cross google.script.run and be printed as JSON.
 */
import type { CanonicalTable, ColumnType, TableName, CanonicalValue } from '../model/schema';
import type { Limits } from './limits';

/** A cell as a reader hands it over: CSV gives text; XLSX may give numbers/booleans; dates become ISO text. */
export type RawCell = string | number | boolean | null;

/** One rectangular-ish table as found in a file: a CSV block, an XLSX sheet, a ZIP member's table. */
export interface RawSheet {
  /** Sheet name, ZIP member name, or `table 2` for the second block of a CSV. */
  name: string;
  rows: RawCell[][];
  /** Text lines the reader removed before the table (`sep=`, `# …` comments), kept for formats that need them. */
  preamble: string[];
  /** Set when the reader saw the file end inside a row (unterminated quote). */
  truncated?: boolean;
  /** Read from delimited text (CSV/TSV, also inside a ZIP): every row should have the header's width. */
  fromText?: boolean;
}

export interface RawWorkbook {
  file: string;
  /** `csv`, `xlsx`, `xls`, `zip`: what the bytes turned out to be. */
  kind: 'csv' | 'xlsx' | 'xls' | 'zip';
  /** Encoding of text files (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1252`). */
  encoding?: string;
  sheets: RawSheet[];
}

export type DateConvention =
  /** MM/DD/YYYY [HH:MM] — US exports (LinkedIn, Meta). ISO text is always accepted too. */
  | 'mdy'
  /** DD/MM/YYYY. */
  | 'dmy'
  /** ISO `2025-07-20`, `2025-07-20T18:42:00`, `2015-09-30 18:42 +0000`. */
  | 'iso'
  /** `20260801` (GA4). */
  | 'yyyymmdd'
  /** Month names: `Oct 5, 2021`, `Tue, Aug 25, 2026`, `25 Aug 2026`. */
  | 'text'
  /** Month names without a year (`September 25`, `28 May`): the year is inferred (TikTok). */
  | 'no-year'
  /** Unknown: decide day/month order from all rows and say so in the issues (generic files). */
  | 'auto';

/** How a file writes rates: `fraction` 0.045, `percent-number` 4.5 (= 4.5 %), `auto`: "4.5%" text or a fraction. */
export type PercentConvention = 'fraction' | 'percent-number' | 'auto';

/**
 * How a cell is converted. Model column types plus `duration` (H:MM:SS → seconds) and `day-index`
 * (GA4's `Nth day` 0000, 0001 … counted from the report's `# Start date`).
 */
export type ValueKind = ColumnType | 'duration' | 'day-index';

/** One column of an export: the headers it goes by and where it lands. */
export interface ColumnRule {
  /** Canonical column (TABLES[table].columns) or an extra snake_case name kept after the model columns. */
  to: string;
  /** Header spellings, compared trimmed and case-folded; localized spellings included. */
  aliases: string[];
  /** Converter; defaults to the model column's type, else inferred from the data. */
  kind?: ValueKind;
}

/** One table inside an export (a sheet, a ZIP member, a CSV block) and how it maps to one canonical table. */
export interface SectionRule {
  id: string;
  table: TableName;
  /** The sheet / ZIP member name must match (when set). */
  sheet?: RegExp;
  columns: ColumnRule[];
  /** `to` names that must all be present for the section to apply; they are the detection evidence. */
  signature: string[];
  dates: DateConvention;
  percent: PercentConvention;
  /** `1.234,5` style numbers (only where the file's convention says so). */
  decimalComma?: boolean;
  /** Fixed values for every row (platform, account…). */
  constants?: Record<string, CanonicalValue>;
  /** Rows to drop: when column `to` matches `pattern` (e.g. YouTube's first `Total` row). */
  dropRows?: { to: string; pattern: RegExp; reason: string }[];
  /** One-cell note lines the platform writes under the table (tested on the visible text); skipped with a reason. */
  footers?: RegExp[];
  /** The row under the header describes the columns (Facebook legacy): skip it, use it to tell duplicate headers apart. */
  descriptionRow?: boolean;
  /**
   * An id a spreadsheet rounded (`6.49E+17`, or 15 significant digits then zeros) is taken from a link
   * column that carries it in full (the regex's first group); said at warning level.
   */
  repairId?: { to: string; from: string; pattern: RegExp };
  /** Values derived from another mapped column by a regex's first group (post id from a permalink). */
  derive?: { to: string; from: string; pattern: RegExp }[];
  /** Map a column's text values onto canonical ones (`Organic` → `organic`). Unlisted values are kept as they are. */
  valueMap?: Record<string, Record<string, string>>;
  /** Default for a column left blank or missing (e.g. distribution = organic). */
  defaults?: Record<string, CanonicalValue>;
  /** Headers that are known and deliberately not imported (Meta's `Date` = `Lifetime`). */
  ignore?: string[];
  /**
   * Single-metric files (Meta per-metric insights): the value column is named by the title line
   * above the header; `titles` maps that title (case-folded) to the target column.
   */
  metricFromTitle?: {
    column: string;
    /** Title (normalized) → target column, and the platform when the title names one (`Instagram reach`). */
    titles: Record<string, { to: string; platform?: string }>;
  };
  /**
   * One sheet may hold several such tables one under the other, each under its own title line
   * (Meta's 2023 per-metric export: a Facebook section, then an Instagram section).
   */
  titledSections?: boolean;
  /**
   * Recognised but not imported (the model has no table for it): the reason, in the user's words.
   * Recognising it keeps it from being mistaken for another section (YouTube Chart data vs Table data).
   */
  refuse?: { reason: string; action: string };
  /** Several tables side by side in one sheet, each with the same header group (LinkedIn creator TOP POSTS). */
  sideBySide?: boolean;
  /** Rows without a value in any of these columns are skipped (blank padding, notes). */
  requireAny?: string[];
  /**
   * A personal export (LinkedIn member data): only the listed columns are read. Any other header
   * (message text, subjects, e-mail addresses, names, invitation notes, or a column LinkedIn adds
   * later) is dropped before mapping and cannot be mapped back in the sidebar.
   */
  private?: boolean;
  /** A pass over the mapped table that needs whole-file context (the owner of a message export). */
  finish?: TablePass;
}

/** Rewrites a mapped table; `where(i)` names row i as the user sees it (file, sheet, row). */
export type TablePass = (
  table: CanonicalTable,
  where: (i: number) => string,
) => { table: CanonicalTable; issues: ImportIssue[]; skipped: SkippedRow[] };

/** One export format: data only. Adding a format = one file in formats/ + one line in formats/index.ts. */
export interface FormatDef {
  id: string;
  name: string;
  platform: string;
  description: string;
  /** How well the shape is known (EXPORTS.md): `seen` in real files, `partly seen`, or `inferred`. */
  evidence: 'seen' | 'partly seen' | 'inferred';
  /** File name hints (add a little confidence, never decide alone). */
  fileName?: RegExp;
  /**
   * The account (page) named by the file name: the first group becomes every row's `account`
   * (tables that have that column), so two pages' files keep apart under the natural key.
   */
  accountFromFileName?: RegExp;
  /** Said in the sidebar before import: what a personal export's import leaves out (privacy). */
  privacy?: string;
  /** Only detected inside this container (a ZIP bundle of several files that each have a format of their own). */
  container?: 'zip';
  sections: SectionRule[];
  /** Sections that are recognised but not imported (demographics…): sheet pattern + reason for the issues list. */
  notImported?: { sheet: RegExp; reason: string }[];
}

export interface Detection {
  format: FormatDef;
  /** 0..1 */
  confidence: number;
  evidence: string[];
}

export interface DetectResult extends Detection {
  /** Other candidates, best first. */
  alternatives: Detection[];
}

export interface SkippedRow {
  /** Where: `sheet "All posts" row 14` (1-based, as a spreadsheet shows it). */
  row: string;
  reason: string;
}

export interface ImportIssue {
  level: 'info' | 'warning' | 'error';
  message: string;
}

/** User corrections from the sidebar's mapping step: header (as in the file) → canonical column, or null to drop. */
export type MappingOverrides = Record<string, string | null>;

export interface ImportOptions {
  /** Force a format id instead of detecting it. */
  format?: string;
  mapping?: MappingOverrides;
  /** Reference date (ISO) for year inference when the file name has none; defaults to today. */
  today?: string;
  /**
   * Day/month order of the user's spreadsheet locale (the sidebar sends it; CLI `--date-order`),
   * used only for date columns whose values fit both orders.
   */
  dateOrder?: 'mdy' | 'dmy';
  /** Tuning (tests, benchmarks): CSV files of at least this many bytes are mapped while parsed. */
  streamMinBytes?: number;
  /** Tuning: bytes decoded and parsed per piece when streaming. */
  streamChunkChars?: number;
  /** Reading budgets (tests): defaults in limits.ts. */
  limits?: Partial<Limits>;
}

/** One file header and the canonical column it was mapped to. */
export interface ColumnMapping {
  sheet: string;
  table: TableName;
  header: string;
  column: string;
}

export interface ImportResult {
  file: string;
  format: string;
  platform: string;
  confidence: number;
  evidence: string[];
  tables: CanonicalTable[];
  skipped: SkippedRow[];
  issues: ImportIssue[];
  /** Header → column, per sheet: what the sidebar shows and lets the user override (ImportOptions.mapping). */
  mapping: ColumnMapping[];
  /** Other formats that also matched, best first (empty when the user chose the format). */
  alternatives: { format: string; confidence: number }[];
}
