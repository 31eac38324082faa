/**
 * Arguments shaped the way Google Sheets passes them to a custom function, built from a
 * registry entry's parameter list alone (so every new KPI is exercised automatically):
 * numbers, "" for blanks, `Date` for date cells, 2-D arrays for ranges, undefined for an
 * omitted optional argument. Values are written as JS source and evaluated inside the
 * bundle's context, so Dates and arrays belong to that realm as they do in Apps Script.
 */
import type { KpiParam } from '../../src/kpi/types';

export type Scenario =
  | 'single cells' // every argument one cell → scalars
  | '1x1 ranges' // every argument a one-cell range → [[v]]
  | 'columns' // every required argument a 3-row range (row-sum params 3×2), optional ones single cells
  | 'range with scalars' // first argument a range, the others single cells (broadcasting)
  | 'blank rows' // as 'columns', with the middle row blank
  | 'optional omitted' // optional arguments left out
  | 'all blank'; // every argument a blank cell

export const VALID_SCENARIOS: Scenario[] = [
  'single cells',
  '1x1 ranges',
  'columns',
  'blank rows',
  'optional omitted',
];

const DAY = 86_400_000;
const BASE_TIME = Date.UTC(2025, 6, 1, 9, 0, 0);

/** Later parameters get larger values: keeps dau ≤ mau, responded ≤ received, received_at ≤ replied_at, SSI pillars ≤ 25. */
function cell(p: KpiParam, index: number, row: number): string {
  if (p.type === 'text')
    return JSON.stringify(['Great launch, love it! 🎉', 'This is terrible and slow', 'ok'][row % 3]);
  if (p.type === 'date') return `new Date(${BASE_TIME + row * DAY + index * 3_600_000})`;
  return String(2 + 3 * index + row);
}

function column(p: KpiParam, index: number, blankRow: number | null): string {
  const width = p.rowSum ? 2 : 1;
  const rows = [0, 1, 2].map((r) =>
    Array.from({ length: width }, (_, c) => (r === blankRow ? '""' : cell(p, index + c, r))).join(', '),
  );
  return `[${rows.map((r) => `[${r}]`).join(', ')}]`;
}

/** Source text of each argument for one call, or undefined for an omitted optional argument. */
export function sheetsArgs(params: KpiParam[], scenario: Scenario): (string | undefined)[] {
  return params.map((p, i) => {
    const optionalText = p.optional && p.type === 'text'; // e.g. method: the default applies
    if (optionalText || (p.optional && scenario === 'optional omitted')) return undefined;
    switch (scenario) {
      case 'single cells':
      case 'optional omitted':
        return cell(p, i, 0);
      case '1x1 ranges':
        return `[[${cell(p, i, 0)}]]`;
      case 'columns':
        return p.optional ? cell(p, i, 0) : column(p, i, null); // optional args are modifiers (start, follows)
      case 'range with scalars':
        return i === 0 ? column(p, i, null) : cell(p, i, 0);
      case 'blank rows':
        return p.optional ? cell(p, i, 0) : column(p, i, 1);
      case 'all blank':
        return '""';
    }
  });
}

/** `NAME(a, b)` as Sheets calls it: trailing omitted arguments are simply absent. */
export function callSource(name: string, args: (string | undefined)[]): string {
  const list = [...args];
  while (list.length && list[list.length - 1] === undefined) list.pop();
  return `${name}(${list.map((a) => a ?? 'undefined').join(', ')})`;
}
