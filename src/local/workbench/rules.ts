/**
 * Conditional formatting for the workbench grid: evaluates a tab's custom-formula rules (the KPI
 * tiles' ▲▼ colours and target met/missed) against the computed values, with a scratch HyperFormula
 * holding just those values. Sheets applies the first matching rule per cell; so do we.
 */
import { HyperFormula } from 'hyperformula';
import type { GridView } from '../emulator';
import type { CellView } from './types';

const A1 = /^\$?([A-Z]+)\$?(\d+)$/;

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Applies matching rules' colours to `cells` (single-cell rule ranges; larger ranges are left plain). */
export function applyConditionalFormats(g: GridView, cells: (CellView | null)[][]): void {
  const rules = g.conditionalRules.filter(
    (r) => r.type === 'CUSTOM_FORMULA' && typeof r.values[0] === 'string',
  );
  if (rules.length === 0) return;
  // Rows above rowStart are not in the view; rules on this tab only read the tab's own top rows.
  // Text that looks like a formula stays text in the scratch engine (leading apostrophe).
  const data = g.values.map((row) =>
    row.map((v) => (typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v)),
  );
  const hf = HyperFormula.buildFromArray(data, { licenseKey: 'gpl-v3' });
  try {
    const styled = new Set<string>();
    for (const rule of rules) {
      for (const range of rule.ranges) {
        const m = A1.exec(range);
        if (!m || styled.has(range)) continue;
        const r = Number(m[2]) - g.rowStart;
        const c = lettersToColumn(m[1]) - 1;
        if (r < 0 || r >= cells.length) continue;
        let hit: unknown;
        try {
          hit = hf.calculateFormula(String(rule.values[0]), 0);
        } catch {
          continue;
        }
        if (hit !== true) continue;
        styled.add(range);
        const cell = cells[r][c] ?? { text: '', value: null };
        if (rule.background) cell.background = rule.background;
        if (rule.fontColor) cell.color = rule.fontColor;
        if (rule.bold) cell.bold = true;
        cells[r][c] = cell;
      }
    }
  } finally {
    hf.destroy();
  }
}
