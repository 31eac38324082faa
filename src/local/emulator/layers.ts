/** Sparse 2-D storage for one cell attribute (values, formulas, formats, backgrounds …), 1-based. */
import type { GridRect } from './a1';

export class Layer<T> {
  rows: (Array<T | undefined> | undefined)[] = [];

  get(row: number, col: number): T | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  set(row: number, col: number, v: T | undefined): void {
    let r = this.rows[row - 1];
    if (!r) {
      if (v === undefined) return;
      r = this.rows[row - 1] = [];
    }
    r[col - 1] = v;
  }

  /** Writes a matrix at rect's top-left; `map` turns each input into the stored value (undefined clears). */
  write<I>(rect: GridRect, data: I[][], map: (v: I) => T | undefined): void {
    for (let i = 0; i < rect.numRows; i++) {
      const src = data[i];
      for (let j = 0; j < rect.numCols; j++) this.set(rect.row + i, rect.col + j, map(src[j]));
    }
  }

  read<O>(rect: GridRect, map: (v: T | undefined, row: number, col: number) => O): O[][] {
    const out: O[][] = new Array(rect.numRows);
    for (let i = 0; i < rect.numRows; i++) {
      const r = this.rows[rect.row - 1 + i];
      const line: O[] = new Array(rect.numCols);
      for (let j = 0; j < rect.numCols; j++) line[j] = map(r?.[rect.col - 1 + j], rect.row + i, rect.col + j);
      out[i] = line;
    }
    return out;
  }

  clear(rect: GridRect): void {
    for (let i = 0; i < rect.numRows; i++) {
      const r = this.rows[rect.row - 1 + i];
      if (!r) continue;
      for (let j = 0; j < rect.numCols; j++) if (rect.col - 1 + j < r.length) r[rect.col - 1 + j] = undefined;
    }
  }

  insertRows(before: number, n: number): void {
    if (before - 1 < this.rows.length) this.rows.splice(before - 1, 0, ...new Array(n).fill(undefined));
  }

  deleteRows(start: number, n: number): void {
    this.rows.splice(start - 1, n);
  }

  insertCols(before: number, n: number): void {
    for (const r of this.rows)
      if (r && before - 1 < r.length) r.splice(before - 1, 0, ...new Array(n).fill(undefined));
  }

  deleteCols(start: number, n: number): void {
    for (const r of this.rows) if (r) r.splice(start - 1, n);
  }

  /** Last 1-based row / column holding a value (0 when empty). */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    this.rows.forEach((r, i) => {
      if (!r) return;
      for (let j = r.length - 1; j >= 0; j--) {
        if (r[j] !== undefined) {
          rows = i + 1;
          cols = Math.max(cols, j + 1);
          break;
        }
      }
    });
    return { rows, cols };
  }

  /** Compact JSON: [row, col, value] triples. */
  toJSON(): [number, number, T][] {
    const out: [number, number, T][] = [];
    this.rows.forEach((r, i) => r?.forEach((v, j) => v !== undefined && out.push([i + 1, j + 1, v])));
    return out;
  }

  static fromJSON<T>(triples: [number, number, T][]): Layer<T> {
    const l = new Layer<T>();
    for (const [r, c, v] of triples) l.set(r, c, v);
    return l;
  }
}
