/** JSON the workbench server sends its page: what the grid, tab strip and charts draw. */
export interface CellView {
  /** Display string, formatted by the cell's number format. */
  text: string;
  /** Computed value (numbers, text, booleans; null = blank; errors as "#DIV/0!" text). */
  value: string | number | boolean | null;
  formula?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  background?: string;
  align?: 'left' | 'center' | 'right';
  /** A Google-only =SPARKLINE(range) cell: the range's numbers, drawn as a mini line (HyperFormula lacks it). */
  spark?: (number | null)[];
}

export interface ChartView {
  id: string;
  title: string;
  type: string;
  /** 1-based anchor cell. */
  row: number;
  col: number;
  width: number;
  height: number;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

export interface SheetView {
  name: string;
  sheetId: number;
  hidden: boolean;
  /** Rows/columns the sheet has and how many the view holds (large data tabs are cut). */
  rowCount: number;
  colCount: number;
  shownRows: number;
  frozenRows: number;
  colWidths: number[];
  /** cells[r][c], 0-based over the shown area; null = empty. */
  cells: (CellView | null)[][];
  charts: ChartView[];
}

export interface BookView {
  name: string;
  activeSheetId: number;
  /** The tab whose cells this view carries (the others come with their names only). */
  shownSheetId: number;
  sheets: SheetView[];
}

export interface ExampleFile {
  name: string;
  size: number;
  description: string;
}
