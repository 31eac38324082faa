/** Plain data behind the emulated spreadsheet (JSON-serializable via snapshot()). */
import type { GridRect } from './a1';
import { Layer } from './layers';
import type { Stored } from './values';

export const STYLE_KEYS = [
  'background',
  'fontWeight',
  'fontColor',
  'fontStyle',
  'fontSize',
  'hAlign',
  'vAlign',
  'wrap',
] as const;
export type StyleKey = (typeof STYLE_KEYS)[number];
export type StyleValue = string | number | boolean;

export interface RuleData {
  ranges: GridRect[];
  /** Criteria type, e.g. CUSTOM_FORMULA, NUMBER_GREATER_THAN. */
  type: string;
  values: (string | number)[];
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface ChartData {
  id: string;
  type: string;
  /** Sheet-qualified A1 ranges, in the order added. */
  ranges: string[];
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
  options: Record<string, unknown>;
}

export interface ProtectionData {
  id: number;
  /** Undefined = whole sheet. */
  rect?: GridRect;
  description: string;
  warningOnly: boolean;
  /** Sheet protections: ranges left editable. */
  unprotected?: GridRect[];
}

export interface SheetData {
  id: number;
  name: string;
  hidden: boolean;
  maxRows: number;
  maxCols: number;
  values: Layer<Stored>;
  formulas: Layer<string>;
  formats: Layer<string>;
  notes: Layer<string>;
  styles: Record<StyleKey, Layer<StyleValue>>;
  frozenRows: number;
  frozenCols: number;
  colWidths: Record<number, number>;
  merges: GridRect[];
  rules: RuleData[];
  charts: ChartData[];
  protections: ProtectionData[];
}

export interface NamedRangeData {
  name: string;
  sheetId: number;
  rect: GridRect;
}

export interface BookData {
  id: string;
  name: string;
  sheets: SheetData[];
  named: NamedRangeData[];
  properties: {
    document: Record<string, string>;
    script: Record<string, string>;
    user: Record<string, string>;
  };
  /** Spreadsheet locale (File → Settings), e.g. "en_US", "de_DE": how typed text is parsed. */
  locale?: string;
  activeSheetId: number;
  /** Spreadsheet time zone (IANA); absent = Etc/UTC (snapshots from before it existed). */
  timeZone?: string;
  nextSheetId: number;
  nextObjectId: number;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
export const DEFAULT_COL_WIDTH = 100;
export const CELL_LIMIT = 10_000_000;
/** Column ZZZ: Sheets stops there (docs/SHEETS-BEHAVIOUR.md). */
export const COLUMN_LIMIT = 18_278;

export function assertColumnLimit(cols: number): void {
  if (cols > COLUMN_LIMIT) {
    throw new Error(
      `This action would increase the number of columns in the sheet above the limit of ${COLUMN_LIMIT.toLocaleString('en-US')} (column ZZZ).`,
    );
  }
}
export const DEFAULT_TIME_ZONE = 'Etc/UTC';

export const timeZoneOf = (book: BookData): string => book.timeZone ?? DEFAULT_TIME_ZONE;

export function newSheetData(id: number, name: string, rows = DEFAULT_ROWS, cols = DEFAULT_COLS): SheetData {
  const styles = {} as Record<StyleKey, Layer<StyleValue>>;
  for (const k of STYLE_KEYS) styles[k] = new Layer<StyleValue>();
  return {
    id,
    name,
    hidden: false,
    maxRows: rows,
    maxCols: cols,
    values: new Layer(),
    formulas: new Layer(),
    formats: new Layer(),
    notes: new Layer(),
    styles,
    frozenRows: 0,
    frozenCols: 0,
    colWidths: {},
    merges: [],
    rules: [],
    charts: [],
    protections: [],
  };
}

export function cellCount(book: BookData, except?: SheetData): number {
  return book.sheets.reduce((n, s) => (s === except ? n : n + s.maxRows * s.maxCols), 0);
}

/** Throws like Sheets when a change would push the workbook over 10 M cells. */
export function assertCellLimit(book: BookData, extra: number): void {
  const total = cellCount(book) + extra;
  if (total > CELL_LIMIT) {
    throw new Error(
      `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT.toLocaleString('en-US')} cells (it would have ${total.toLocaleString('en-US')}).`,
    );
  }
}
