/** KPI_LIST(): the catalogue as a spill, for discovery inside the sheet. */
import { checkArity } from '../cells';
import type { KpiDef } from './types';

export const KPI_LIST_HEADER = ['function', 'summary', 'formula', 'unit'];

/** Built from a thunk so the list can include itself without an import cycle. */
export function kpiList(all: () => readonly KpiDef[]): KpiDef {
  return {
    name: 'KPI_LIST',
    family: 'meta',
    summary: 'Lists every KPI function: name, summary, formula and unit (spills a table).',
    formula: 'the catalogue',
    unit: 'text',
    params: [],
    source: 'kpi-sheets registry (generated).',
    example: { call: '=KPI_LIST()', result: 'a table with a header row and one row per function' },
    notes:
      'Takes no arguments. Spills 4 columns with a header row; needs empty cells below and to the right.',
    compute(args) {
      checkArity('KPI_LIST', [], args);
      return [KPI_LIST_HEADER, ...all().map((k) => [k.name, k.summary, k.formula, k.unit])];
    },
  };
}
