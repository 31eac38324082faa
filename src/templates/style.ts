/** Number formats, colours and the header style every block of a KPI tab shares. */
import { cell } from './a1';
import type { TileSpec } from './plan';
import type { PlanWriter } from './writer';

export const FORMATS: Record<TileSpec['unit'], string | undefined> = {
  percent: '0.00%',
  ratio: '0.00',
  currency: '#,##0.00',
  count: '#,##0',
  per_week: '0.0',
  minutes: '0.0',
  score: '0.00',
  text: undefined,
};
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DELTA_FORMAT = '"▲ "0.0%;"▼ "0.0%;"– "0.0%';
export const GOOD = '#137333';
export const BAD = '#c5221f';
export const MET_BG = '#e6f4ea';
export const MISSED_BG = '#fce8e6';
export const HEADER: { bold: true; background: string } = { bold: true, background: '#f1f3f4' };
export function writeHeader(out: PlanWriter, row: number, labels: string[], startCol = 1): void {
  labels.forEach((label, i) => out.set(cell(startCol + i, row), { value: label, style: HEADER }));
}
