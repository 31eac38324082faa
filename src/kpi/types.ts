import type { ArgInput, KpiResult } from '../cells/types';

/** How a result is shown: `percent` is a decimal the cell formats as %. */
export type KpiUnit = 'percent' | 'ratio' | 'currency' | 'count' | 'per_week' | 'minutes' | 'score' | 'text';

export interface KpiParam {
  /** Real parameter name, used in the generated stub and JSDoc (snake_case, e.g. `ad_spend`). */
  name: string;
  /** One line for Sheets' formula help. */
  description: string;
  /** JSDoc type shown in Sheets help. */
  type: 'number' | 'range' | 'text' | 'date';
  optional?: boolean;
  /** Multi-column range whose columns are added per row (likes, comments, shares … side by side). */
  rowSum?: boolean;
}

/** One KPI custom function: metadata + vectorized compute + native-formula twin. */
export interface KpiDef {
  /** Sheets function name, UPPER_SNAKE. */
  name: string;
  /** File the entry lives in (engagement, advertising, growth, audience, social-selling, sentiment, service, business, meta). */
  family: string;
  summary: string;
  /** Human formula, e.g. "clicks / impressions". */
  formula: string;
  unit: KpiUnit;
  params: KpiParam[];
  /** Where the definition comes from (platform docs, guide). */
  source: string;
  /** Example call and its hand-computed result, e.g. { call: '=CTR(34, 1000)', result: '0.034' }. */
  example: { call: string; result: string };
  /** Zero/blank behaviour and any analyst choice, written into the function's help. */
  notes: string;
  /** Vectorized compute over the raw arguments exactly as Sheets passes them; throws Error with a clear message. */
  compute(args: ArgInput[]): KpiResult;
  /**
   * Native Sheets formula (no leading "=") for ONE result cell, given one A1 reference or
   * expression per parameter (row-sum params get a range like "B2:D2"; omitted optional params
   * are undefined). Must agree with `compute` exactly (blank = "").
   * Absent when no native formula exists (SENTIMENT, KPI_LIST).
   */
  twin?(refs: (string | undefined)[]): string;
}
