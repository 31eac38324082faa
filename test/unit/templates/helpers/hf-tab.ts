/**
 * Minimal test harness: canonical tables as data tabs (dates as serials, like the data-tab
 * writer) plus a SheetPlan as its own sheet, evaluated by HyperFormula. Lets the template tests
 * check formula values without the Apps Script shell.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { TABLES, type CanonicalTable } from '../../../../src/model/schema';
import { isoToSerial } from '../../../../src/templates/period';
import type { SheetPlan } from '../../../../src/templates/plan';
import { cellsWithFills } from '../../../../src/templates/plan-fills';
import { registerText } from '../../../../src/local/hyperformula-text';

// TEXT as Sheets formats numbers (the emulator registers the same).
registerText();

export function a1ToRc(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad a1 ${a1}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

function dataCell(type: string | undefined, v: unknown): RawCellContent {
  if (v === null || v === undefined) return null;
  if ((type === 'date' || type === 'datetime') && typeof v === 'string') {
    const m = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(v);
    const frac = m ? (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86400 : 0;
    return isoToSerial(v) + frac;
  }
  if (typeof v === 'string' && /^[=+\-@]/.test(v)) return `'${v}`;
  return v as RawCellContent;
}

export function dataSheet(t: CanonicalTable): RawCellContent[][] {
  const types = new Map(TABLES[t.table].columns.map((c) => [c.name, c.type]));
  return [t.columns, ...t.rows.map((r) => r.map((v, i) => dataCell(types.get(t.columns[i]), v)))];
}

export interface HfTab {
  hf: HyperFormula;
  get(a1: string): unknown;
  set(a1: string, value: RawCellContent): void;
}

/** Builds the workbook; `edits` are user inputs typed over the plan (A1 → value). */
export function evaluatePlan(
  plan: SheetPlan,
  tables: CanonicalTable[],
  edits: Record<string, RawCellContent> = {},
): HfTab {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const t of tables) sheets[TABLES[t.table].tab] = dataSheet(t);
  const grid: RawCellContent[][] = Array.from({ length: plan.rowCount }, () =>
    Array(plan.columnCount).fill(null),
  );
  for (const c of cellsWithFills(plan)) {
    const { row, col } = a1ToRc(c.a1);
    const formula = c.googleOnly ? c.portable?.formula : c.formula;
    const value = c.googleOnly ? (c.portable?.value ?? null) : c.value;
    grid[row][col] =
      formula ?? (typeof value === 'string' && value.startsWith('=') ? `'${value}` : (value ?? null));
  }
  for (const [a1, v] of Object.entries(edits)) {
    const { row, col } = a1ToRc(a1);
    grid[row][col] = v;
  }
  sheets[plan.title] = grid;
  // smartRounding off: compare full doubles, not HyperFormula's 10-digit display rounding.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', smartRounding: false });
  const sheet = hf.getSheetId(plan.title)!;
  return {
    hf,
    get(a1) {
      const { row, col } = a1ToRc(a1);
      return hf.getCellValue({ sheet, row, col });
    },
    set(a1, value) {
      const { row, col } = a1ToRc(a1);
      hf.setCellContents({ sheet, row, col }, value);
    },
  };
}
