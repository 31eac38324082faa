/**
 * The calculation sheet of the .xlsx report: a tab's helper ranges (SheetPlan `helpers`: workings,
 * helper columns) move to their own sheet at the SAME addresses, so a formula only changes by a sheet
 * prefix: references into the moved cells from the tab gain `'Calc'!`, references from the moved
 * cells back to the tab gain `'Tab'!`. The tab then holds only what a reader needs.
 */
import { quoteSheet, lettersToColumn, type GridRect } from '../emulator/a1';
import { Layer } from '../emulator/layers';
import { STYLE_KEYS, type SheetData } from '../emulator/model';

export interface Relocation {
  /** The tab the cells come from, and the calculation sheet they move to. */
  tab: string;
  calc: string;
  rects: GridRect[];
}

const contains = (outer: GridRect, r: GridRect) =>
  r.row >= outer.row &&
  r.col >= outer.col &&
  r.row + r.numRows <= outer.row + outer.numRows &&
  r.col + r.numCols <= outer.col + outer.numCols;
const overlaps = (a: GridRect, b: GridRect) =>
  a.row < b.row + b.numRows &&
  b.row < a.row + a.numRows &&
  a.col < b.col + b.numCols &&
  b.col < a.col + a.numCols;

/** Where a rectangle of the tab lives after the move; throws when it straddles both sheets. */
export function sideOf(r: GridRect, rel: Relocation, ref: string): 'tab' | 'calc' {
  if (rel.rects.some((m) => contains(m, r))) return 'calc';
  if (!rel.rects.some((m) => overlaps(m, r))) return 'tab';
  throw new Error(
    `xlsx: ${ref} on "${rel.tab}" covers both helper cells and the tab's own cells, so it cannot move to "${rel.calc}".`,
  );
}

// A cell or range reference, optionally sheet-qualified; not part of a name or function call.
const REF =
  /(?<![A-Za-z0-9_.$'])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?)(?![A-Za-z0-9_(!.])/g;

const unquote = (s: string) => (s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s);

/** A formula (as stored in the .xlsx, no "=") that will live on `on`, with its references re-pointed. */
export function relocateFormula(formula: string, on: 'tab' | 'calc', rel: Relocation): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(
      REF,
      (whole, sheet: string | undefined, ref: string, c1: string, r1: string, c2?: string, r2?: string) => {
        if (sheet !== undefined && unquote(sheet.slice(0, -1)) !== rel.tab) return whole;
        const col = lettersToColumn(c1);
        const row = Number(r1);
        const rect = {
          row: Math.min(row, Number(r2 ?? row)),
          col: Math.min(col, c2 ? lettersToColumn(c2) : col),
          numRows: Math.abs(Number(r2 ?? row) - row) + 1,
          numCols: Math.abs((c2 ? lettersToColumn(c2) : col) - col) + 1,
        };
        const side = sideOf(rect, rel, ref);
        if (side === on && sheet === undefined) return whole;
        return `${quoteSheet(side === 'tab' ? rel.tab : rel.calc)}!${ref}`;
      },
    );
  }
  return parts.join('');
}

function splitLayer<T>(layer: Layer<T>, keep: (row: number, col: number) => boolean): Layer<T> {
  const out = new Layer<T>();
  layer.rows.forEach((cells, i) =>
    cells?.forEach((v, j) => {
      if (v !== undefined && keep(i + 1, j + 1)) out.set(i + 1, j + 1, v);
    }),
  );
  return out;
}

/** The tab without its helper cells, and the calculation sheet holding them (same sheet id: same computed values). */
export function splitSheet(s: SheetData, rel: Relocation): { tab: SheetData; calc: SheetData } {
  const moved = (row: number, col: number) =>
    rel.rects.some((m) => row >= m.row && row < m.row + m.numRows && col >= m.col && col < m.col + m.numCols);
  const part = (calc: boolean): SheetData => {
    const keep = (row: number, col: number) => moved(row, col) === calc;
    const styles = Object.fromEntries(STYLE_KEYS.map((k) => [k, splitLayer(s.styles[k], keep)]));
    return {
      ...s,
      name: calc ? rel.calc : s.name,
      hidden: calc ? true : s.hidden,
      values: splitLayer(s.values, keep),
      formulas: splitLayer(s.formulas, keep),
      formats: splitLayer(s.formats, keep),
      notes: splitLayer(s.notes, keep),
      styles: styles as SheetData['styles'],
      frozenRows: calc ? 0 : s.frozenRows,
      frozenCols: calc ? 0 : s.frozenCols,
      merges: s.merges.filter((m) => sideOf(m, rel, 'a merge') === (calc ? 'calc' : 'tab')),
      rules: s.rules.filter((r) =>
        r.ranges.every((g) => sideOf(g, rel, 'a conditional format') === (calc ? 'calc' : 'tab')),
      ),
      charts: calc ? [] : s.charts,
      protections: [],
    };
  };
  return { tab: part(false), calc: part(true) };
}
