/**
 * The declarative vocabulary templates are written in: a KPI tab is inputs + metrics, and a
 * metric is an expression over aggregates of data-tab columns within a date window. layout.ts
 * turns it into a SheetPlan; tests interpret the same recipes over canonical rows.
 */
import type { TableName } from '../model/schema';
import type { DataTabSchema, TemplateDef, TileSpec } from './plan';

/** Where a column lives: a canonical data tab, or the log table the user fills on the KPI tab. */
export type SourceName = TableName | 'log';

/** Row filter; text criteria match case-insensitively (SUMIFS semantics). */
export interface Filter {
  column: string;
  equals?: string;
  notEquals?: string;
}

export type Agg =
  /** Σ column over rows dated inside the window. */
  | { kind: 'sum'; source: SourceName; column: string; where?: Filter[] }
  /** Number of rows dated inside the window. */
  | { kind: 'count'; source: SourceName; where?: Filter[] }
  /** Days of the window inside the source's data (first to last date of its rows): the coverage of a comparison. */
  | { kind: 'days'; source: SourceName; where?: Filter[] }
  /** A running total (followers, connections): its value on the latest date ≤ the window's start or end. */
  | { kind: 'at'; source: SourceName; column: string; bound: 'start' | 'end'; where?: Filter[] }
  /** An input cell the user types; `period` pins it to one column regardless of the window. */
  | { kind: 'input'; id: string; period?: 'current' | 'compare' }
  /** A registry KPI applied to argument expressions (native twin, or the add-on function). */
  | { kind: 'kpi'; name: string; args: (Agg | undefined)[] }
  /** Σ column ÷ weeks in the window (frequency per week of a counted activity). */
  | { kind: 'perWeek'; sum: Extract<Agg, { kind: 'sum' }> }
  /** Sum of parts (e.g. reactions + comments + shares); blank parts count as 0. */
  | { kind: 'add'; parts: Agg[] }
  /** The first alternative whose data exists (daily metrics, else posts). */
  | { kind: 'first'; options: Agg[] }
  /** The first option that is not blank (imported running total, else one derived from an input). */
  | { kind: 'coalesce'; options: Agg[] }
  /** Blank until the input is typed, then input + the aggregate (typed opening balance + Σ new). */
  | { kind: 'typedPlus'; id: string; plus: Agg }
  /** The input when the user typed one, else the aggregate (a typed number overrides imported data). */
  | { kind: 'typedOr'; id: string; otherwise: Agg }
  /** Mean of a log column of SENTIMENT scores (add-on function only: no native twin). */
  | { kind: 'sentiment'; column: string };

export interface Metric {
  /** Named range suffix: KPI_<key>. */
  key: string;
  label: string;
  unit: TileSpec['unit'];
  higherIsBetter: boolean;
  /** No good/bad colour on the delta (spend). */
  neutral?: boolean;
  expr: Agg;
  /** Gets a weekly trend chart. */
  headline?: boolean;
  /** Comparison column left blank (the value already compares two periods). */
  noCompare?: boolean;
  /** One line under the definition. */
  note?: string;
}

export interface InputDef {
  id: string;
  label: string;
  unit: TileSpec['unit'];
  note?: string;
}

/** A user-filled log table on the tab (social selling): one row per week. */
export interface LogSpec {
  title: string;
  rows: number;
  /** Typed columns first; a `sentimentOf` column holds =SENTIMENT(<that column>) per row (add-on only). */
  columns: { name: string; label: string; unit: TileSpec['unit']; sentimentOf?: string }[];
  /** The column metrics filter by period (absent: the log is not dated). */
  dateColumn?: string;
  note?: string;
}

/** What a section needs to know to write its cells. */
export interface TabSpec {
  id: string;
  title: string;
  description: string;
  inputs: InputDef[];
  metrics: Metric[];
  log?: LogSpec;
}

/** A template plus the recipes it is built from (tests and the report read them). */
export interface KpiTemplate extends TemplateDef {
  /** The declarative spec the plan is built from, for a given schema. */
  spec(schema: DataTabSchema): TabSpec;
}
