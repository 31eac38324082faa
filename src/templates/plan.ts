/**
 * SheetPlan: a pure, JSON-serializable description of one generated tab. Templates build it;
 * the Apps Script applier (src/gas), the emulator (src/local) and the xlsx report writer apply it.
 * All A1 references are on the plan's own tab unless sheet-qualified ('Data · Posts'!A2:A).
 * Formulas carry the leading "=" and use the portable dialect (DESIGN.md "Formula dialect");
 * Google-only decorations (SPARKLINE, SORTN …) are marked `googleOnly` so portable writers
 * can substitute `portable` (a formula or value) for them.
 */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** #rrggbb */
  fontColor?: string;
  background?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
}

export interface PlanCell {
  a1: string;
  /** A literal value (text stays text: writers store it as text, never parse it). */
  value?: string | number | boolean | null;
  /** A formula with leading "=". */
  formula?: string;
  /** Sheets number format, e.g. "0.0%", "#,##0", "yyyy-mm-dd", "@". */
  format?: string;
  style?: CellStyle;
  note?: string;
  /** Formula uses Google-only functions; `portable` replaces it outside Google Sheets. */
  googleOnly?: boolean;
  portable?: { formula?: string; value?: string | number | null };
}

/**
 * A fill-down: ONE R1C1 formula set in every cell of `range` (Range.setFormulaR1C1), so a per-row
 * helper column costs one plan entry however many rows the data has. `R5C2` is absolute ($B$5),
 * `RC[-1]` relative to each cell; other sheets as in A1 ('Data · Posts'!RC3).
 */
export interface PlanFill {
  /** Range on this tab, e.g. "BZ2:BZ100001". */
  range: string;
  /** R1C1 formula with leading "=". */
  formulaR1C1: string;
}

export interface ConditionalRule {
  /** Range on this tab, e.g. "C5:C5". */
  range: string;
  /** Custom-formula rule (portable to xlsx); relative to the range's top-left cell. */
  formula: string;
  style: Pick<CellStyle, 'background' | 'fontColor' | 'bold'>;
}

export interface ChartSeries {
  /** Range, possibly sheet-qualified. */
  range: string;
  name?: string;
  type?: 'line' | 'column';
  axis?: 'left' | 'right';
}

export interface ChartSpec {
  id: string;
  type: 'line' | 'column' | 'combo';
  title: string;
  /** Top-left cell the chart is anchored at. */
  anchor: string;
  width: number;
  height: number;
  /** Category (x axis) range. */
  domain: string;
  series: ChartSeries[];
}

export interface NamedRangeSpec {
  /** Tab-scoped (names.ts): e.g. LINKEDIN_PAGE_KPI_CTR, LINKEDIN_PAGE_PERIOD_START */
  name: string;
  a1: string;
}

export interface ProtectionSpec {
  a1: string;
  description: string;
  warningOnly: true;
}

/**
 * A rejecting data-validation rule on this tab (Sheets refuses a typed value that fails it and shows
 * `help`). 'list': one of `values`, with a dropdown; 'date': a date; 'date-on-or-after': a date on or
 * after the date in cell `start` (applied as a custom formula: requireDateOnOrAfter takes a fixed Date).
 */
export type ValidationSpec =
  | { range: string; kind: 'list'; values: string[]; help: string }
  | { range: string; kind: 'date'; help: string }
  | { range: string; kind: 'date-on-or-after'; start: string; help: string };

/** One KPI tile: where its numbers live, for tests, the sidebar and the report. */
export interface TileSpec {
  /** Named-range suffix: KPI_<key>, e.g. CTR, IMPRESSIONS. */
  key: string;
  label: string;
  /** Registry function it equals (e.g. "CTR"), or undefined for plain totals. */
  kpi?: string;
  unit: 'percent' | 'ratio' | 'currency' | 'count' | 'per_week' | 'minutes' | 'score' | 'text';
  valueA1: string;
  compareA1: string;
  deltaA1: string;
  targetA1: string;
  /** true when higher is better (CPC, CPA: false). */
  higherIsBetter: boolean;
}

export interface SheetPlan {
  version: 1;
  template: string;
  /** Tab title. */
  title: string;
  frozenRows: number;
  frozenColumns: number;
  /** Column letter → width in pixels. */
  columnWidths: Record<string, number>;
  /** Size the tab needs (the applier resizes once). */
  rowCount: number;
  columnCount: number;
  merges: string[];
  cells: PlanCell[];
  /** Per-row formulas written as fill-downs (applied after `cells`; consumers expand them with expandFills). */
  fills?: PlanFill[];
  conditionalRules: ConditionalRule[];
  charts: ChartSpec[];
  namedRanges: NamedRangeSpec[];
  protections: ProtectionSpec[];
  tiles: TileSpec[];
  /** Cells the user owns (targets, inputs, period): regenerating keeps their current values. */
  inputs: string[];
  /**
   * Ranges of intermediate computations (workings, helper columns) that a reader of the tab does
   * not need: the .xlsx report moves them to a calculation sheet that is not printed.
   */
  helpers?: string[];
  /** Input checks (period cells, compare mode). */
  validations?: ValidationSpec[];
}

/** What a template is given: which data tabs exist and their headers/size, plus user options. */
export interface DataTabSchema {
  /** Tab title → header row (canonical column names) and number of data rows. */
  /** `platforms`: distinct values of the tab's `platform` column (social-overview shows one column each). */
  tabs: Record<string, { columns: string[]; rows: number; platforms?: string[] }>;
}

export interface TemplateOptions {
  /** ISO dates; default = last full 28 days in the data (resolved by the caller). */
  periodStart: string;
  periodEnd: string;
  compare: 'previous' | 'year';
  targets?: Record<string, number>;
  /** Use the add-on's custom functions instead of native twins (off by default: shared sheets need native). */
  useAddonFunctions?: boolean;
  /** "Data as of" text/date, ISO. */
  dataAsOf?: string;
}

export interface TemplateDef {
  id: string;
  name: string;
  /** One line for the sidebar's template picker. */
  description: string;
  build(schema: DataTabSchema, options: TemplateOptions): SheetPlan;
}
