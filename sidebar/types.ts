/**
 * What the sidebar knows about a file once the importer core has read it in the browser.
 * A view of the importer's ImportResult, trimmed to what the UI shows and uploads.
 */
import type { CanonicalTable } from '../src/model/schema';

export interface FormatChoice {
  id: string;
  name: string;
  platform: string;
  /** What a personal export's import leaves out, said before import. */
  privacy?: string;
}

export interface ParsedFile {
  name: string;
  size: number;
  format: FormatChoice;
  /** 0..1 */
  confidence: number;
  evidence: string[];
  tables: CanonicalTable[];
  /** Rows the importer left out: where ("sheet \"All posts\" row 14") and why. */
  skipped: { row: string; reason: string }[];
  issues: string[];
}

/** Column edits the user makes in the mapping step, keyed by canonical column name. */
export interface ColumnEdit {
  /** New column name; undefined keeps the name. */
  rename?: string;
  skip?: boolean;
}
export type ColumnEdits = Record<string, ColumnEdit>;

export interface ImportSummary {
  file: string;
  table: string;
  tab: string;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Why rows were skipped (importer's reasons first, then the server's). */
  reasons: string[];
  /** Values changed to fit Sheets (e.g. text cut to a cell's 50,000 characters), naming file, row and column. */
  warnings?: string[];
}

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
}

export interface GeneratedTab {
  tab: string;
  sheetId: number;
  /** Link to the tab when the server provides one (Sheets: spreadsheet URL + #gid=). */
  url?: string;
  /** The period the tab reports on (ISO), as the server resolved it. */
  periodStart?: string;
  periodEnd?: string;
}

export interface KpiTabInfo {
  tab: string;
  sheetId: number;
  template: string;
}
